import type { NoticeInput, RequirementInput } from '../schema';
import * as s000 from './seed-000';
import * as s001 from './seed-001';
import * as s002 from './seed-002';
import * as s003a from './seed-003a';
import * as s003b from './seed-003b';
import * as s004 from './seed-004';

const parts = [s000, s001, s002, s003a, s003b, s004];

export const NOTICES: readonly NoticeInput[] = parts.flatMap((p) => p.notices);
export const REQUIREMENTS: readonly RequirementInput[] = parts.flatMap((p) => p.requirements);
