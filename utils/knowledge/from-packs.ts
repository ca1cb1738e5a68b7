import type { PackInput, PackNoticeInput } from '@/utils/packs/schema';
import type { PlatformId } from '@/utils/platforms/registry';
import type { RequirementInput } from './schema';
import { NO_ISSUER, type RequirementView } from './view';

/**
 * The one path from packs to what the knowledge base exposes: the built-in packs (data/packs/), the notices the
 * user imported (stored as records, read as pack notices) and the packs a policy pushes all become requirements
 * and views here. Types only from the pack schema: no zod reaches the background through this module, and the
 * built-in packs are checked by the unit tests instead of at every start.
 */

/** Where knowledge came from, as a view tells the UI (`builtin` or `imported`). */
export type PackOrigin = RequirementView['source'];

/** A notice of the knowledge base: the pack notice without its requirements, and its origin. */
export type KnowledgeNotice = Omit<PackNoticeInput, 'requirements'> & { origin: PackOrigin };

export interface PackSource {
  pack: Pick<PackInput, 'notices'>;
  origin: PackOrigin;
}

export interface Knowledge {
  notices: readonly KnowledgeNotice[];
  requirements: readonly RequirementInput[];
  noticeOf(r: RequirementInput): KnowledgeNotice;
  toView(r: RequirementInput): RequirementView;
  requirementsForPlatform(platform: PlatformId): RequirementView[];
  allRequirementViews(): RequirementView[];
}

export function knowledgeFromPacks(sources: readonly PackSource[]): Knowledge {
  const notices: KnowledgeNotice[] = [];
  const requirements: RequirementInput[] = [];
  for (const { pack, origin } of sources) {
    for (const { requirements: reqs, ...n } of pack.notices) {
      notices.push({ ...n, origin });
      for (const r of reqs) requirements.push({ ...r, notice: n.id });
    }
  }
  const byId = new Map(notices.map((n) => [n.id, n]));
  const noticeOf = (r: RequirementInput): KnowledgeNotice => {
    const n = byId.get(r.notice);
    if (!n) throw new Error(`requirement ${r.id} names unknown notice ${r.notice}`);
    return n;
  };
  const toView = (r: RequirementInput) => requirementView(r, noticeOf(r));
  return {
    notices,
    requirements,
    noticeOf,
    toView,
    requirementsForPlatform: (platform) => requirements.filter((r) => r.platforms.includes(platform)).map(toView),
    allRequirementViews: () => requirements.map(toView),
  };
}

/** What a page or the popup is sent about a requirement: everything shown, with its notice folded in. */
export function requirementView(r: RequirementInput, n: KnowledgeNotice): RequirementView {
  return {
    id: r.id,
    source: n.origin,
    notice: { docNumber: n.docNumber, title: n.title, date: n.date, issuer: n.issuer ?? NO_ISSUER },
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
    // The source file's number for the built-in knowledge; an imported notice's lines count in its own text.
    seed: n.seed ? r.source.seed : null,
    lines: [...r.source.lines],
    note: r.note ?? null,
    ...(n.reviewed === false ? { reviewed: false } : {}),
  };
}
