import { type Checklist, type ChecklistItem, checklistOf, type Ticks } from '@/utils/checklist/checklist';
import type { FieldRef, PageState } from '@/utils/checklist/page-state';
import { fieldNames, say } from '@/utils/checklist/text';
import { t } from '@/utils/i18n';
import type { RequirementView } from '@/utils/knowledge/view';
import type { PAGE } from '@/utils/messages/page';
import { type Request, toBackground } from '@/utils/messaging';
import { TICKS } from '@/utils/settings/in-page';
import { onSettingChanged, readSetting } from '@/utils/settings/store';
import type { GuardItem, GuardReport } from './submit-guard';

/** How many fields a guard item names before it says "…": the first one is where 去修改 goes. */
const NAMED_FIELDS = 3;

/** One open checklist item as the guard lists it: what is open, which fields, and the first field to go to. */
export function guardItem(item: ChecklistItem): GuardItem {
  const text = item.kind === 'manual' ? t('guardStep', say(item.label)) : say(item.detail ?? item.label);
  const first = item.fields[0];
  return first ? { text, fieldId: first.fieldId, where: fieldNames(item.fields, NAMED_FIELDS) } : { text };
}

/**
 * The guard's lines for one open item. The problems item says apart what must be fixed (errors) and what needs a
 * 说明 (warnings not yet explained), each with its own fields.
 */
export function guardItems(item: ChecklistItem): GuardItem[] {
  if (item.id !== 'problems' || (!item.errors?.length && !item.warnings?.length)) return [guardItem(item)];
  const group = (fields: readonly FieldRef[], severity: 'error' | 'warning'): GuardItem[] => {
    const first = fields[0];
    if (!first) return [];
    const n = String(fields.length);
    const text =
      severity === 'error'
        ? t(fields.length === 1 ? 'guardErrorsOne' : 'guardErrors', n)
        : t(fields.length === 1 ? 'guardWarningsOne' : 'guardWarnings', n);
    return [{ text, severity, fieldId: first.fieldId, where: fieldNames(fields, NAMED_FIELDS) }];
  };
  return [...group(item.errors ?? [], 'error'), ...group(item.warnings ?? [], 'warning')];
}

/**
 * The page's side of the checklist: the platform's requirements, the day they are judged on and the ticks, kept
 * fresh as ticks change, so that the submit guard asks exactly what the popup shows (both use checklistOf).
 */
export class ChecklistState {
  private requirements: { views: readonly RequirementView[]; today: string } | undefined;
  private ticks: Ticks = {};

  constructor(
    private readonly platform: () => string | null,
    signal: AbortSignal,
  ) {
    const refresh = () => this.load().catch(() => undefined);
    void refresh();
    const stop = onSettingChanged(TICKS, () => void refresh());
    signal.addEventListener('abort', stop);
  }

  private async load(): Promise<void> {
    const platform = this.platform() as Request<typeof PAGE, 'kb/requirements'>['platform'] | null;
    if (!platform) return;
    const [{ requirements, today }, ticks] = await Promise.all([
      toBackground<typeof PAGE>()('kb/requirements', { platform }),
      readSetting(TICKS),
    ]);
    this.requirements = { views: requirements, today };
    this.ticks = ticks;
  }

  /** The page's checklist now. */
  current(page: PageState | null): Checklist {
    return checklistOf({ page, requirements: this.requirements, ticks: this.ticks });
  }

  /** What the guard asks before a submission: the checklist's open items, and a word when no task is active. */
  missing(page: PageState | null): GuardReport {
    const c = this.current(page);
    return { items: c.open.flatMap(guardItems), note: c.noneActive ? t('checkNoneActive') : null };
  }
}
