import type { FieldOverride } from '@/utils/rules/validator';
import { MAPPING_LIMITS, MAPPINGS, mappingLimitProblem } from '@/utils/settings/mappings';
import { readSetting, writeSetting } from '@/utils/settings/store';

/**
 * The user's own word on this page's fields (指定字段: a label, a rule; 不存草稿), kept per platform and page path
 * in storage.local, and winning over what was inferred. Writes stop at MAPPING_LIMITS with a reason in words.
 */
export class FieldMappings {
  private overrides = new Map<string, FieldOverride>();

  constructor(
    private readonly doc: Document,
    private readonly platform: () => string | null,
  ) {}

  /** Where this page's mappings are kept: per platform and page path. */
  private key(): string {
    // A page can make its path as long as it likes (history.pushState): the key keeps a bounded part.
    const path = (this.doc.location?.pathname ?? '/').slice(0, MAPPING_LIMITS.pathChars);
    return `${this.platform() ?? 'unknown'}|${path}`;
  }

  get all(): ReadonlyMap<string, FieldOverride> {
    return this.overrides;
  }

  get(fieldId: string): FieldOverride | undefined {
    return this.overrides.get(fieldId);
  }

  async load(): Promise<void> {
    const all = await readSetting(MAPPINGS);
    this.overrides = new Map(Object.entries(all[this.key()] ?? {}));
  }

  /** Saves (or clears, with null) the user's mapping of one field. */
  async save(fieldId: string, mapping: FieldOverride | null): Promise<void> {
    const all = await readSetting(MAPPINGS);
    const key = this.key();
    const page = { ...(all[key] ?? {}) };
    if (mapping) {
      const problem = mappingLimitProblem(all, key, fieldId, mapping);
      if (problem) throw new Error(problem);
      page[fieldId] = mapping as NonNullable<(typeof page)[string]>;
    } else delete page[fieldId];
    await writeSetting(MAPPINGS, { ...all, [key]: page });
    this.overrides = new Map(Object.entries(page));
  }

  /** Excludes a field from drafts (or includes it again), keeping its label and rule. */
  setNoDraft(fieldId: string, noDraft: boolean): Promise<void> {
    const next = { ...(this.overrides.get(fieldId) ?? {}), noDraft: noDraft || undefined };
    return this.save(fieldId, next.label || next.rule || next.noDraft ? next : null);
  }

  /** A label or rule edit keeps the field's "not in drafts" choice. */
  saveKeepingNoDraft(fieldId: string, mapping: FieldOverride | null): Promise<void> {
    const noDraft = this.overrides.get(fieldId)?.noDraft;
    return this.save(fieldId, mapping ? { ...mapping, noDraft } : noDraft ? { noDraft } : null);
  }
}
