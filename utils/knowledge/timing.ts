import { compareTiming, type Timing, timingOf } from '@/utils/deadlines/status';
import type { RequirementView } from './view';

export interface TimedRequirement {
  view: RequirementView;
  timing: Timing;
}

/** Each requirement's timing on `today` (its notice's year decides when an undated task is history), most urgent first. */
export function timeRequirements(views: readonly RequirementView[], today: string): TimedRequirement[] {
  return views
    .map((view) => {
      const year = view.notice.date ? Number(view.notice.date.slice(0, 4)) : null;
      return { view, timing: timingOf(view.deadlines, today, year) };
    })
    .sort((a, b) => compareTiming(a.timing, b.timing));
}

/** The most urgent requirement that is not yet history: the one a page most likely serves. */
export function firstActive(timed: readonly TimedRequirement[]): TimedRequirement | null {
  return timed.find((x) => x.timing.status !== 'history') ?? null;
}
