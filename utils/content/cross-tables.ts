import { type DraftKey, draftId } from '@/utils/drafts/schema';
import type { ACROSS } from '@/utils/messages/across';
import { toBackground } from '@/utils/messaging';
import { acrossProblems, type OtherForm, othersOf } from '@/utils/rules/across';
import type { ProfileData } from '@/utils/rules/types';
import type { FormValidator, Problem } from '@/utils/rules/validator';

/**
 * The other side of the checks across tables (汇总表 ↔ 申报表): the drafts of the other annex forms of this origin,
 * platform and period, read through the background. They are read again when the user comes back to this tab
 * (the other form is usually filled in another one).
 */
export class CrossTables {
  private readonly forms = new Map<string, OtherForm[]>();
  private readFor: string | null = null;

  constructor(
    doc: Document,
    private readonly validator: () => FormValidator | null,
    private readonly key: () => DraftKey | null,
    /** The annex profiles (they come from the background after the engine starts). */
    private readonly profiles: () => readonly ProfileData[],
    private readonly onChange: () => void,
    signal: AbortSignal,
  ) {
    const again = () => void this.refresh(true);
    doc.defaultView?.addEventListener('focus', again, { signal });
    doc.addEventListener(
      'visibilitychange',
      () => {
        if (doc.visibilityState === 'visible') again();
      },
      { signal },
    );
  }

  /** After a scan (once per form), or when the user is back (`force`): read the other forms' drafts. */
  async refresh(force = false): Promise<void> {
    const v = this.validator();
    const key = this.key();
    if (!v || !key) return;
    const others = othersOf(v);
    const id = `${draftId(key)}|${others.join(',')}`;
    if (!others.length || (!force && id === this.readFor)) return;
    this.readFor = id;
    let changed = false;
    for (const profile of others) {
      try {
        const { forms } = await toBackground<typeof ACROSS>()('drafts/across', { key, profile });
        this.forms.set(profile, forms);
        changed = true;
      } catch (e) {
        console.error('[填报助手] 表间核对未能读取草稿', e);
      }
    }
    if (changed) this.onChange();
  }

  problems(): Problem[] {
    const v = this.validator();
    return v ? acrossProblems(v, this.profiles(), (p) => this.forms.get(p)) : [];
  }
}
