import type { PlatformId } from '@/utils/platforms/registry';
import { NOTICES, REQUIREMENTS } from './data';
import type { NoticeInput, RequirementInput } from './schema';
import type { RequirementView } from './view';

/**
 * The built-in knowledge at run time. The data files are plain typed objects (checked against the zod schemas
 * by a unit test), so this module carries no schema code into the background bundle.
 */
export const notices: readonly NoticeInput[] = NOTICES;
export const requirements: readonly RequirementInput[] = REQUIREMENTS;

const noticeById = new Map(NOTICES.map((n) => [n.id, n]));

export function noticeOf(r: RequirementInput): NoticeInput {
  const n = noticeById.get(r.notice);
  if (!n) throw new Error(`requirement ${r.id} names unknown notice ${r.notice}`);
  return n;
}

/** What a page or the popup is sent about a requirement: everything shown, with its notice folded in. */
export function toView(r: RequirementInput, source: 'builtin' | 'imported' = 'builtin'): RequirementView {
  const n = noticeOf(r);
  return {
    id: r.id,
    source,
    notice: { docNumber: n.docNumber, title: n.title, date: n.date, issuer: n.issuer },
    item: r.item,
    title: r.title,
    actor: r.actor,
    action: r.action,
    platforms: [...r.platforms],
    channels: r.channels.map((c) => ({ ...c })),
    deadlines: r.deadlines.map((d) => ({
      kind: d.kind,
      date: d.date,
      monthDay: d.monthDay,
      yearInferred: d.yearInferred,
      text: d.text,
      line: d.source.line,
      label: d.label ?? null,
      note: d.note ?? null,
    })),
    contacts: r.contacts.map((c) => ({
      name: c.name,
      phones: [...c.phones],
      emails: [...(c.emails ?? [])],
      org: c.org ?? null,
    })),
    annexes: r.annexes.map((a) => ({ label: a.label, title: a.title })),
    steps: r.steps.map((s) => ({ text: s.text, line: s.source.line })),
    quote: r.quote,
    seed: r.source.seed,
    lines: [...r.source.lines],
    note: r.note ?? null,
  };
}

export function requirementsForPlatform(platform: PlatformId): RequirementView[] {
  return REQUIREMENTS.filter((r) => r.platforms.includes(platform)).map((r) => toView(r));
}

export function allRequirementViews(): RequirementView[] {
  return REQUIREMENTS.map((r) => toView(r));
}
