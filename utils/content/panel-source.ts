import type { FieldRule } from '@/utils/rules/types';
import type { ManualRule } from '@/utils/settings/mappings';
import type { ExplainSource } from './explanations';
import type { SaveReminderState } from './save-reminder';

/**
 * What the field engine offers the overlay's panel: the shapes only. The panel (components/fields) renders them;
 * the engine (utils/content) fills them. Neither side imports the other's code.
 */
export interface DraftDiff {
  fieldId: string;
  label: string;
  page: string;
  draft: string;
}

export interface DraftState {
  /** Drafts are turned off for this platform or site. */
  off: boolean;
  savedAt: number | null;
  error: string | null;
  /** A value left out of the draft (over a limit), with why: shown until the next restore offer or reload. */
  notice: string | null;
  offer: { savedAt: number; diffs: DraftDiff[] } | null;
  canUndo: boolean;
}

export interface DraftActions {
  restore(fieldIds?: readonly string[]): void;
  undo(): void;
  dismiss(): void;
}

export interface RecognisedField {
  id: string;
  label: string;
  row: string | null;
  /** The annex field it was matched to, if any. */
  profileKey: string | null;
  /** Excluded from drafts by the user. */
  noDraft: boolean;
}

export interface MappingTarget {
  id: string;
  label: string;
  current: { label?: string; rule?: FieldRule } | null;
}

/** The page's validation problems, its drafts, and the fields as recognised, for the panel. */
export interface PanelSource {
  setNoDraft: (fieldId: string, noDraft: boolean) => Promise<void>;
  drafts: () => DraftState;
  draftActions: DraftActions;
  fields: () => readonly RecognisedField[];
  describe: (fieldId: string) => MappingTarget | null;
  save: (fieldId: string, mapping: { label?: string; rule?: ManualRule } | null) => Promise<void>;
  /** Warnings marked 已核实 with a 说明, and the actions on them. */
  explain?: ExplainSource;
  /** Whether to remind the user to save on the platform itself (its session may expire). */
  reminder?: () => SaveReminderState;
}
