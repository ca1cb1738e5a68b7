import { tickKey } from '@/utils/checklist/checklist';
import { t } from '@/utils/i18n';
import { firstActive, timeRequirements } from '@/utils/knowledge/timing';
import { PAGE } from '@/utils/messages/page';
import type { Request } from '@/utils/messaging';
import { sendMessage } from '@/utils/messaging';
import type { FormValidator } from '@/utils/rules/validator';
import { TICKS } from '@/utils/settings/planning';
import { onSettingChanged, readSetting } from '@/utils/settings/store';
import type { GuardReport } from './submit-guard';

/**
 * What the page still lacks before it is submitted, for the submit guard: validation problems, empty required
 * fields, and the manual steps of the page's requirement that are not ticked yet (kept fresh as ticks change).
 */
export class ChecklistState {
  /** Manual steps of the page's requirement that are not ticked yet. */
  private openSteps: string[] = [];

  constructor(
    private readonly platform: () => string | null,
    private readonly period: () => string | null,
    signal: AbortSignal,
  ) {
    const refresh = () => this.loadOpenSteps().catch(() => undefined);
    void refresh();
    const stop = onSettingChanged(TICKS, () => void refresh());
    signal.addEventListener('abort', stop);
  }

  /** The manual steps of the platform's most urgent requirement, minus the ones ticked in the popup. */
  private async loadOpenSteps(): Promise<void> {
    const platform = this.platform() as Request<typeof PAGE, 'kb/requirements'>['platform'] | null;
    if (!platform) return;
    const [{ requirements, today }, ticks] = await Promise.all([
      sendMessage(PAGE, 'kb/requirements', { platform }),
      readSetting(TICKS),
    ]);
    const timed = timeRequirements(requirements, today);
    const current = (firstActive(timed) ?? timed[0])?.view;
    if (!current) return;
    const done = new Set(ticks[tickKey(current.id, this.period())] ?? []);
    this.openSteps = current.steps.filter((_, i) => !done.has(i)).map((s) => t('guardStep', s.text));
  }

  /** What the checklist still lacks, in words. */
  missing(validator: FormValidator | null): GuardReport {
    const out: string[] = [];
    if (validator) {
      const problems = validator.problems().length;
      const missing = validator.missingRequired();
      if (problems) out.push(t('checkProblemsLeft', String(problems)));
      if (missing) out.push(t('checkRequiredLeft', String(missing)));
    }
    return { items: [...out, ...this.openSteps].map((text) => ({ text })), note: null };
  }
}
