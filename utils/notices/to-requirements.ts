import { NO_ISSUER, type RequirementView } from '@/utils/knowledge/view';
import { PLATFORMS } from '@/utils/platforms/registry';
import { deadlineNote } from './deadline-patterns';
import type { ParsedDeadline, ParsedItem, ParsedNotice } from './parse';

/** The patterns used here, for the hostile-input test (see NOTICE_PATTERNS). */
export const REQUIREMENT_PATTERNS = { sentenceEnd: /(?<=[。；])/ } as const;

/** A short stable id for an imported notice, from its text. */
export function importId(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `imp-${(h >>> 0).toString(36)}`;
}

/** An item worth keeping as a requirement: it names a deadline, a platform or an address to send to. */
export function isActionable(item: ParsedItem): boolean {
  return item.deadlines.length > 0 || item.platforms.length > 0 || item.emails.length > 0;
}

export interface ItemChoice {
  keep: boolean;
  title: string;
  platforms: string[];
  /** The item's deadlines as the user corrected them (dates, kinds; removed ones are gone). */
  deadlines: ParsedDeadline[];
}

/** The label of an item the user added by hand: stored with the requirement, shown translated in the review. */
export const MANUAL_ITEM_LABEL = '（补充）';

/** An item the user adds by hand during review (a task the parser missed). */
export function manualItem(line: number): ParsedItem {
  return {
    label: MANUAL_ITEM_LABEL,
    title: '',
    line,
    text: '',
    platforms: [],
    new_platforms: [],
    urls: [],
    emails: [],
    phones: [],
    contacts: [],
    annexes: [],
    deadlines: [],
  };
}

/** The requirements of an imported notice, as the user reviewed them, in the same shape as the built-in ones. */
export function toRequirements(
  id: string,
  parsed: ParsedNotice,
  choices: readonly ItemChoice[],
  fallbackTitle: string,
): RequirementView[] {
  const out: RequirementView[] = [];
  parsed.items.forEach((item, i) => {
    const c = choices[i];
    if (!c?.keep) return;
    const platforms = PLATFORMS.filter((p) => c.platforms.includes(p.id)).map((p) => p.id);
    const sentence = (item.text.split(REQUIREMENT_PATTERNS.sentenceEnd)[0]?.trim() ?? item.text) || c.title;
    out.push({
      id: `${id}-${i}`,
      source: 'imported',
      notice: {
        docNumber: parsed.notice,
        title: parsed.title ?? fallbackTitle,
        date: parsed.date,
        issuer: parsed.issuer ?? NO_ISSUER,
      },
      item: item.label,
      title: c.title || item.title,
      actor: '（见通知原文）',
      action: sentence,
      platforms,
      channels: [
        ...platforms.map((p) => ({ type: 'platform' as const, platform: p, text: item.title })),
        ...item.emails.map((address) => ({ type: 'email' as const, address, text: address })),
      ],
      deadlines: c.deadlines.map((d) => ({
        kind: d.kind,
        date: d.date,
        monthDay: d.month_day,
        yearInferred: d.year_inferred,
        text: d.text,
        line: d.line,
        label: null,
        note: deadlineNote(d),
      })),
      contacts: item.contacts.map((c) => ({ name: c.name, phones: c.phones, emails: [], org: null })),
      annexes: item.annexes.map((a) => ({ label: a.label, title: a.title ?? '' })),
      steps: [],
      quote: sentence,
      seed: null,
      lines: [item.line],
      note: null,
    });
  });
  return out;
}
