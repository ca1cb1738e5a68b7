import * as z from 'zod/mini';
import { defineSetting } from './store';

/** Deadlines a platform page prints that the user dismissed: per host, the page requirement ids. */
export const PAGE_DISMISSED = defineSetting<Record<string, string[]>>(
  'pageDeadlinesDismissed',
  z.record(z.string(), z.array(z.string())),
  {},
);

/**
 * Page requirements the user follows, kept whole (the background's knowledge base does not know them): id →
 * host, the sentence and its dated deadlines. The id also goes to FOLLOWED like any other.
 */
export const PAGE_FOLLOWED = defineSetting<
  Record<string, { host: string; sentence: string; deadlines: { kind: string; date: string | null }[] }>
>(
  'pageDeadlinesFollowed',
  z.record(
    z.string(),
    z.object({
      host: z.string(),
      sentence: z.string(),
      deadlines: z.array(z.object({ kind: z.string(), date: z.nullable(z.string()) })),
    }),
  ),
  {},
);
