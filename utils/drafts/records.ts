import type { RequirementView } from '@/utils/knowledge/view';
import type { Explanation } from './explanations';
import type { DraftKey, Values } from './schema';

/**
 * The shapes the database stores, apart from the database itself: the dashboard's components show these records
 * but never open Dexie (lint forbids `dexie` and `@/utils/drafts/db` in components/), so they import them here.
 */

/** One form's newest draft. */
export interface DraftRecord {
  /** draftId(key) */
  id: string;
  key: DraftKey;
  title: string;
  url: string;
  values: Values;
  labels: Record<string, string>;
  createdAt: number;
  updatedAt: number;
}

/** A saved version of a draft: a snapshot of its values, with how many fields changed since the one before. */
export interface VersionRecord {
  id?: number;
  draftId: string;
  savedAt: number;
  values: Values;
  changed: number;
}

/** A notice the user imported: its text, what the parser found, and the requirements the user kept. */
export interface ImportedNoticeRecord {
  id: string;
  docNumber: string | null;
  title: string;
  date: string | null;
  issuer: string | null;
  importedAt: number;
  text: string;
  requirements: RequirementView[];
  /** The web page the notice was imported from (导入本页通知); absent for pasted text and files. Not indexed. */
  sourceUrl?: string;
}

/** The 说明 of the warnings the user explained on one form, kept with its draft (database v4). */
export interface ExplanationRecord {
  /** The draft's id (draftId(key)): the same origin, platform, path, form and period. */
  draftId: string;
  key: DraftKey;
  explanations: Explanation[];
  updatedAt: number;
}
