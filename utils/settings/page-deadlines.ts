import * as z from 'zod/mini';
import { DEADLINE_KINDS, type DeadlineKindId } from '@/utils/knowledge/view';
import { defineSetting } from './store';

/** A followed requirement a page printed, kept whole: the reminders build their view from it. */
export interface PageFollowed {
  host: string;
  sentence: string;
  deadlines: { kind: DeadlineKindId; date: string | null; text: string }[];
}

/** Deadlines a platform page prints that the user dismissed: per host, the page requirement ids. */
export const PAGE_DISMISSED = defineSetting<Record<string, string[]>>(
  'pageDeadlinesDismissed',
  z.record(z.string(), z.array(z.string())),
  {},
);

/**
 * Page requirements the user follows, kept whole (the background's knowledge base does not know them): id →
 * host, the sentence and its dated deadlines. The id also goes to FOLLOWED like any other; the reminders read
 * both (utils/reminders/page-followed.ts).
 */
export const PAGE_FOLLOWED = defineSetting<Record<string, PageFollowed>>(
  'pageDeadlinesFollowed',
  z.record(
    z.string(),
    z.object({
      host: z.string(),
      sentence: z.string(),
      deadlines: z.array(z.object({ kind: z.enum(DEADLINE_KINDS), date: z.nullable(z.string()), text: z.string() })),
    }),
  ),
  {},
);
