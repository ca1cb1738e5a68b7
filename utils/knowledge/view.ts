import * as z from 'zod/mini';
import { PLATFORM_IDS } from '@/utils/platforms/registry';

/**
 * The kinds of deadline, defined once: the knowledge schema, the notice parser and the import review derive
 * theirs from this list (here rather than in schema.ts, whose full zod must stay out of the content script).
 */
export const DEADLINE_KINDS = ['due', 'opens', 'window_start', 'window_end', 'recurring_annual', 'undated'] as const;

/**
 * A requirement as it crosses from the background to a page, popup or dashboard: one flat shape for built-in and
 * imported knowledge. zod/mini, because the content script parses it.
 */
export const DeadlineViewSchema = z.object({
  kind: z.enum(DEADLINE_KINDS),
  date: z.nullable(z.string()),
  monthDay: z.nullable(z.string()),
  yearInferred: z.boolean(),
  text: z.string(),
  line: z.nullable(z.number()),
  label: z.nullable(z.string()),
  note: z.nullable(z.string()),
});

/**
 * One flat object rather than a discriminated union: the content script parses this, and unions cost zod/mini
 * about 2 kB there. The knowledge schema (utils/knowledge/schema.ts) keeps the strict union for the data itself.
 */
export const ChannelViewSchema = z.object({
  type: z.enum(['platform', 'email', 'post', 'other']),
  text: z.string(),
  platform: z.optional(z.enum(PLATFORM_IDS)),
  address: z.optional(z.string()),
  recipient: z.optional(z.string()),
});

export const RequirementViewSchema = z.object({
  id: z.string(),
  source: z.enum(['builtin', 'imported']),
  notice: z.object({
    docNumber: z.nullable(z.string()),
    title: z.string(),
    date: z.nullable(z.string()),
    issuer: z.string(),
  }),
  item: z.string(),
  title: z.string(),
  actor: z.string(),
  action: z.string(),
  platforms: z.array(z.enum(PLATFORM_IDS)),
  channels: z.array(ChannelViewSchema),
  deadlines: z.array(DeadlineViewSchema),
  contacts: z.array(
    z.object({
      name: z.string(),
      phones: z.array(z.string()),
      emails: z.array(z.string()),
      org: z.nullable(z.string()),
    }),
  ),
  annexes: z.array(z.object({ label: z.string(), title: z.string() })),
  steps: z.array(z.object({ text: z.string(), line: z.nullable(z.number()) })),
  quote: z.string(),
  seed: z.nullable(z.string()),
  lines: z.array(z.number()),
  note: z.nullable(z.string()),
  /** False when the notice was read by the parser and not checked by a person (shown 未经审核); absent: reviewed. */
  reviewed: z.optional(z.boolean()),
});

/** The issuer shown for an imported notice that prints none. */
export const NO_ISSUER = '（导入的通知）';

export type RequirementView = z.infer<typeof RequirementViewSchema>;
export type DeadlineView = z.infer<typeof DeadlineViewSchema>;
export type DeadlineKindId = DeadlineView['kind'];
export type ChannelView = z.infer<typeof ChannelViewSchema>;
