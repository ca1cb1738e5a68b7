import type { RequirementView } from '@/utils/knowledge/view';
import { PAGE_FOLLOWED, type PageFollowed } from '@/utils/settings/page-deadlines';
import { readSetting } from '@/utils/settings/store';

/** A followed page requirement as the reminders see it: its sentence is its title and its source. */
export function pageFollowedView(id: string, f: PageFollowed): RequirementView {
  return {
    id,
    source: 'imported',
    notice: { docNumber: null, title: f.host, date: null, issuer: f.host },
    item: '',
    title: f.sentence,
    actor: '',
    action: f.sentence,
    platforms: [],
    channels: [],
    deadlines: f.deadlines.map((d) => ({
      kind: d.kind,
      date: d.date,
      monthDay: null,
      yearInferred: false,
      text: d.text,
      line: null,
      label: null,
      note: null,
    })),
    contacts: [],
    annexes: [],
    steps: [],
    quote: f.sentence,
    seed: null,
    lines: [],
    note: null,
  };
}

/** The page requirements the user follows (deadlines a platform page printed), for the reminders. */
export async function pageFollowedViews(): Promise<RequirementView[]> {
  const all = await readSetting(PAGE_FOLLOWED).catch(() => ({}) as Record<string, PageFollowed>);
  return Object.entries(all).map(([id, f]) => pageFollowedView(id, f));
}

/** The host a followed page requirement was read on, to open when its reminder is clicked. */
export async function pageFollowedHost(id: string): Promise<string | null> {
  const all = await readSetting(PAGE_FOLLOWED).catch(() => ({}) as Record<string, PageFollowed>);
  return all[id]?.host ?? null;
}
