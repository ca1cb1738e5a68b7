import { type Field, readValue } from '@/utils/fields/discover';
import { normaliseValue, parseDay, parseMonth, ruleSchema } from './compile';
import { contextFree, genericRules } from './generic';
import { matchProfiles, type ProfileMatch } from './match';
import { PlaceIndex } from './place-index';
import type { CrossRule, FieldRule, ProfileData, Severity } from './types';

export interface ValidatorField {
  id: string;
  label: string;
  row: string | null;
  columnPath: string[];
  table: { index: number; row: number } | null;
  sensitive: boolean;
  /** The page marks it required (star, `required`, aria-required, a framework's required item). */
  marked: boolean;
  /** Radio buttons of one group share this key: a required group is one field, filled when any is picked. */
  choice: string | null;
  /** Whether the page shows it now (a page hides the fields that do not apply, e.g. the other 建设单位类型's). */
  shown(): boolean;
  read(): string;
}

/** A field that must be filled before submitting and is empty. */
export interface EmptyRequired {
  fieldId: string;
  label: string;
  row: string | null;
}

export interface Problem {
  fieldId: string;
  /** The field's recognised label (shown, and `data-field` in the overlay). */
  label: string;
  row: string | null;
  message: string;
  /** Where the rule comes from: the annex and its phrase, or the label meaning for generic rules. */
  basis: string;
  /** The rule's kind (maxChars, required, sum …), for the checklist's groups. */
  kind: string;
  /** error: 必须修改; warning: 请核实或填写说明 (the rule's source softens it: 原则上, 一般, 建议, 尽量). */
  severity: Severity;
}

/** What identifies a problem for its 说明: the field and the rule's kind (a new value keeps the 说明 of the same rule). */
export function problemKey(p: { fieldId: string; kind: string }): string {
  return `${p.fieldId}\u0000${p.kind}`;
}

/**
 * A discovered page field as the validator reads it: a view of the Field itself, not a copy. One small object per
 * field with its methods on the prototype: no copied strings, no closures and no scope per field (issue #16: a page
 * of 5,000 fields kept 5,000 copies, 10,000 closures and 5,000 scopes, about 0.6 MB of its heap).
 */
class PageField implements ValidatorField {
  private readonly f: Field;
  constructor(f: Field) {
    this.f = f;
  }
  /** Read when asked (a radio's only): one slot less in each of 5,000 views, 20 kB (#16). */
  get choice(): string | null {
    return this.f.kind === 'radio' ? radioName(this.f) : null;
  }
  get id(): string {
    return this.f.id;
  }
  get label(): string {
    return this.f.label.label;
  }
  get row(): string | null {
    return this.f.label.row;
  }
  get columnPath(): string[] {
    return this.f.label.columnPath;
  }
  get table(): { index: number; row: number } | null {
    return this.f.label.table;
  }
  get sensitive(): boolean {
    // A framework's upload is checked by the file names it lists (a required 附件 counts as filled), though its file
    // input stays out of drafts (a file can't be put back); the input is hidden, the widget is what is shown.
    return this.f.sensitive && this.f.control?.kind !== 'upload';
  }
  get marked(): boolean {
    return this.f.required;
  }
  shown(): boolean {
    const f = this.f;
    return shown(f.control?.kind === 'upload' ? f.control.view : f.el) && (!f.frame || shown(f.frame));
  }
  read(): string {
    return readValue(this.f);
  }
}

export function validatorField(f: Field): ValidatorField {
  return new PageField(f);
}

/**
 * The page's fields for a FormValidator, which then keeps the list itself and makes a field's view when it reads it:
 * no view held per field (#16: 5,000 views were 78 kB of the page's heap). Only the page's required fields keep one.
 */
export class PageFields {
  constructor(readonly list: readonly Field[]) {}
}

/** Read only for marked fields when counting: `checkVisibility` costs a style pass, `[hidden]` a walk up. */
function shown(el: Element): boolean {
  return !el.closest('[hidden]') && (typeof el.checkVisibility !== 'function' || el.checkVisibility());
}

/** A radio group's name, or (unnamed) the label its buttons share: the field id without its `=value`. */
function radioName(f: Field): string {
  const name = (f.el as HTMLInputElement).name;
  return name ? `name:${name}` : f.id.replace(/=[^=]*$/, '');
}

/** A manual mapping the user made: a label to read the field as, and/or a rule to apply. */
export interface FieldOverride {
  label?: string;
  rule?: FieldRule;
  /** Never stored in drafts (the user's choice). */
  noDraft?: boolean;
}

interface Check {
  parse: (v: string) => { success: boolean; error?: { issues: { message: string }[] } };
  basis: string;
  /** Completeness rules (必填, 没有请填“无”) wait until the user has started that form or row. */
  completeness: boolean;
  kind: string;
  severity: Severity;
}

interface CrossInstance {
  id: string;
  rule: CrossRule;
  basis: string;
  severity: Severity;
  /** Profile key → field ids (one per key, except maxPerValue: the whole column). */
  members: Map<string, string[]>;
}

const num = (v: string | undefined) => {
  const t = normaliseValue(v ?? '');
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : null;
};

/**
 * Validates a page's fields against the annex profiles they match, and the rest against generic rules from their
 * labels. `validate(id)` re-checks one field and the cross-field rules it takes part in, never the whole form.
 */
export class FormValidator {
  readonly matches: ProfileMatch[];
  /** The fields as given (in the page's order); the sensitive ones are never checked nor looked up. */
  private readonly fields: readonly ValidatorField[] | readonly Field[];
  /** The validator's view of the field at a place: the field given, or a view of the page's field made now. */
  private readonly at: (i: number) => ValidatorField | undefined;
  /**
   * Each field's place on the page, its index in `fields`: one index for lookup and order (5,000 entries), that the
   * caller also uses for its own list (placeOf) instead of keeping a map of its own. A PlaceIndex over the fields'
   * own ids, not a Map (#16: 16 kB instead of 115 kB on 5,000 fields).
   */
  private readonly index: PlaceIndex;
  private readonly checks = new Map<string, Check[]>();
  private readonly crossOf = new Map<string, CrossInstance[]>();
  private readonly crosses: CrossInstance[] = [];
  private readonly own = new Map<string, Problem[]>();
  private readonly crossProblems = new Map<string, Problem[]>();
  /** Profile id of each field, and its profile key, for other-field lookups (urlWhen). */
  private readonly keyOf = new Map<string, { profile: string; key: string; group: string }>();
  private readonly groupIndex = new Map<string, Map<string, string>>();
  /** Per form or row group: the fields with completeness rules, re-checked when the group starts or empties. */
  private readonly completenessIn = new Map<string, string[]>();
  /** Fields the page itself marks required (the annex's own required ones are in completenessIn). */
  private readonly marked: ValidatorField[];

  constructor(
    fields: readonly ValidatorField[] | PageFields,
    profiles: readonly ProfileData[],
    overrides: ReadonlyMap<string, FieldOverride> = new Map(),
  ) {
    if (fields instanceof PageFields) {
      const list = fields.list;
      this.fields = list;
      this.at = (i) => {
        const f = list[i];
        return f && new PageField(f);
      };
    } else {
      const list = fields;
      this.fields = list;
      this.at = (i) => list[i];
    }
    this.index = new PlaceIndex(this.fields);
    // Views for the construction, dropped after it (the marked ones stay).
    const views = Array.from({ length: this.fields.length }, (_, i) => this.at(i) as ValidatorField);
    const usable = views.filter((f) => !f.sensitive);
    this.marked = usable.filter((f) => f.marked);
    const matchable = usable.map((f) => ({
      id: f.id,
      label: overrides.get(f.id)?.label ?? f.label,
      columnPath: f.columnPath,
    }));
    this.matches = matchProfiles(matchable, profiles);
    const cache = new Map<string, Check['parse']>();
    const compile = (rule: FieldRule, ctxKey: string, make: () => Check['parse']) => {
      const k = `${ctxKey}|${JSON.stringify(rule)}`;
      let c = cache.get(k);
      if (!c) {
        c = make();
        cache.set(k, c);
      }
      return c;
    };

    const inProfile = new Set<string>();
    for (const m of this.matches) {
      const p = m.profile;
      for (const [fieldId, pf] of m.fields) {
        const f = this.field(fieldId);
        if (!f) continue;
        inProfile.add(fieldId);
        const group = this.groupOf(f, pf.layout);
        this.keyOf.set(fieldId, { profile: p.id, key: pf.key, group });
        const gk = `${p.id}|${group}`;
        if (!this.groupIndex.has(gk)) this.groupIndex.set(gk, new Map());
        this.groupIndex.get(gk)?.set(pf.key, fieldId);
        const list: Check[] = [];
        for (const { rule, source, severity } of pf.rules) {
          const ctx = {
            referenceDate: p.referenceDate,
            other: (key: string) => {
              const id = this.groupIndex.get(gk)?.get(key);
              return id ? this.field(id)?.read() : undefined;
            },
          };
          const parse =
            rule.kind === 'urlWhen'
              ? ruleSchema(rule, ctx).safeParse.bind(ruleSchema(rule, ctx))
              : compile(rule, p.id, () => {
                  const s = ruleSchema(rule, ctx);
                  return (v: string) => s.safeParse(v);
                });
          list.push({
            parse,
            basis: `${p.annex}《${p.title}》：${source.text}`,
            completeness: rule.kind === 'required' || rule.kind === 'noneIfEmpty',
            kind: rule.kind,
            severity,
          });
        }
        this.checks.set(fieldId, list);
        if (list.some((c) => c.completeness)) {
          this.completenessIn.set(gk, [...(this.completenessIn.get(gk) ?? []), fieldId]);
        }
      }
      this.buildCross(m);
    }
    const genericMemo = new Map<string, Check[]>();
    for (const f of usable) {
      if (inProfile.has(f.id)) continue;
      const o = overrides.get(f.id);
      const label = o?.label ?? f.label;
      // A table repeats the same labels on every row: the rules of a label whose context cannot change them are read
      // once (the key of an empty context), not once per row.
      const free = contextFree(label, f.row ? [f.row, ...f.columnPath] : f.columnPath);
      const context = free ? '' : [f.row ?? '', ...f.columnPath].join(' ');
      const memoKey = `${label}\u0000${context}`;
      const toChecks = (rules: { rule: FieldRule; because: string; severity: Severity }[]): Check[] =>
        rules.map((g) => ({
          parse: compile(g.rule, 'generic', () => {
            const s = ruleSchema(g.rule);
            return (v: string) => s.safeParse(v);
          }),
          basis: `按“${g.because}”的通用规则`,
          completeness: g.rule.kind === 'required' || g.rule.kind === 'noneIfEmpty',
          kind: g.rule.kind,
          severity: g.severity,
        }));
      let checks: Check[];
      if (o?.rule) checks = toChecks([{ rule: o.rule, because: '手动指定', severity: 'error' }]);
      else {
        // A table repeats the same labels on every row: the same checks serve them all.
        const memo = genericMemo.get(memoKey);
        checks = memo ?? toChecks(genericRules(label, context));
        if (!memo) genericMemo.set(memoKey, checks);
      }
      if (!checks.length) continue;
      this.checks.set(f.id, checks);
    }
  }

  /** Cross rules of a table apply per row; of a form (however many tables it is laid out in), to the whole form. */
  private groupOf(f: ValidatorField, layout: 'cell' | 'column'): string {
    if (layout === 'column') {
      if (f.table) return `t${f.table.index}r${f.table.row}`;
      if (f.row) return `row:${f.row}`;
    }
    return 'form';
  }

  private buildCross(m: ProfileMatch): void {
    const p = m.profile;
    // Group the matched fields: row groups for per-row rules, whole table for per-column rules.
    const groups = new Map<string, Map<string, string[]>>();
    const columns = new Map<string, string[]>();
    for (const [fieldId, pf] of m.fields) {
      const info = this.keyOf.get(fieldId);
      if (!info) continue;
      const g = groups.get(info.group) ?? new Map<string, string[]>();
      groups.set(info.group, g);
      g.set(pf.key, [...(g.get(pf.key) ?? []), fieldId]);
      columns.set(pf.key, [...(columns.get(pf.key) ?? []), fieldId]);
    }
    p.cross.forEach(({ rule, source, severity }, i) => {
      const basis = `${p.annex}《${p.title}》：${source.text}`;
      const add = (id: string, members: Map<string, string[]>) => {
        const inst: CrossInstance = { id, rule, basis, severity, members };
        this.crosses.push(inst);
        for (const ids of members.values()) {
          for (const fid of ids) this.crossOf.set(fid, [...(this.crossOf.get(fid) ?? []), inst]);
        }
      };
      if (rule.kind === 'maxPerValue') {
        const ids = columns.get(rule.field);
        if (ids?.length) add(`${p.id}:${i}`, new Map([[rule.field, ids]]));
        return;
      }
      const keys =
        rule.kind === 'sum'
          ? [rule.total, ...rule.parts]
          : rule.kind === 'lte'
            ? [rule.left, rule.right]
            : [rule.start, rule.end];
      for (const [group, byKey] of groups) {
        const members = new Map<string, string[]>();
        for (const k of keys) {
          // Only the right side of ≤ may come from the form level (counts ≤ 本地区中职学校数 printed once).
          const ids = byKey.get(k) ?? (rule.kind === 'lte' && k === rule.right ? this.formLevel(k, groups) : undefined);
          if (ids?.length) members.set(k, ids.slice(0, 1));
        }
        // A group that holds none of the rule's own fields gets no instance of it.
        const own = keys.some((k) => byKey.has(k) && (rule.kind !== 'lte' || k === rule.left));
        if (own && keys.every((k) => members.has(k))) add(`${p.id}:${i}:${group}`, members);
      }
    });
  }

  /** A per-row rule may compare with a form-level field (counts ≤ 本地区中职学校数 printed once). */
  private formLevel(key: string, groups: Map<string, Map<string, string[]>>): string[] | undefined {
    const holders = [...groups.values()].filter((g) => g.has(key));
    return holders.length === 1 ? holders[0]?.get(key) : undefined;
  }

  private problem(fieldId: string, message: string, basis: string, severity: Severity, kind = 'cross'): Problem {
    const f = this.field(fieldId);
    return { fieldId, label: f?.label ?? fieldId, row: f?.row ?? null, message, basis, kind, severity };
  }

  /**
   * Required fields that are still empty, started or not: the annex's (必填, 没有请填“无”) and the ones the page
   * marks itself (while it shows them). A radio group counts once, filled when one of its buttons is picked.
   */
  requiredEmpty(): EmptyRequired[] {
    // Runs after every keystroke: only the fields with completeness rules or marks, listed once at construction.
    const out = new Map<string, EmptyRequired>();
    const add = (f: ValidatorField) => {
      const key = f.choice ?? f.id;
      if (!out.has(key)) out.set(key, { fieldId: f.id, label: f.label, row: f.row });
    };
    const picked = new Set<string>();
    for (const f of this.marked) if (f.choice && normaliseValue(f.read()) !== '') picked.add(f.choice);
    for (const ids of this.completenessIn.values()) {
      for (const id of ids) {
        const f = this.field(id);
        if (f && normaliseValue(f.read()) === '') add(f);
      }
    }
    for (const f of this.marked) {
      if (f.choice ? picked.has(f.choice) : normaliseValue(f.read()) !== '') continue;
      if (f.shown()) add(f);
    }
    // In the page's order, as the user meets them.
    const placed = [...out.values()].map((e) => ({ e, at: this.index.get(e.fieldId) ?? 0 }));
    return placed.sort((a, b) => a.at - b.at).map((p) => p.e);
  }

  private checkOwn(fieldId: string): void {
    const f = this.field(fieldId);
    const list = this.checks.get(fieldId);
    if (!f || !list) return;
    const v = f.read();
    const out: Problem[] = [];
    let started: boolean | undefined;
    for (const c of list) {
      if (c.completeness) {
        started ??= this.groupStarted(fieldId);
        if (!started) continue;
      }
      const r = c.parse(v);
      if (!r.success) {
        out.push(this.problem(fieldId, r.error?.issues[0]?.message ?? '格式不正确', c.basis, c.severity, c.kind));
      }
    }
    if (out.length) this.own.set(fieldId, out);
    else this.own.delete(fieldId);
  }

  /** Whether any other field of the field's form (or table row) has a value. */
  private groupStarted(fieldId: string): boolean {
    const info = this.keyOf.get(fieldId);
    if (!info) return true;
    const members = this.groupIndex.get(`${info.profile}|${info.group}`);
    for (const id of members?.values() ?? []) {
      if (id !== fieldId && normaliseValue(this.read(id)) !== '') return true;
    }
    return false;
  }

  /** Where a field (a sensitive one too) is among the fields given: the caller's own list has the same order. */
  placeOf(id: string): number | undefined {
    return this.index.get(id);
  }

  private field(id: string): ValidatorField | undefined {
    const i = this.index.get(id);
    const f = i === undefined ? undefined : this.at(i);
    return f && !f.sensitive ? f : undefined;
  }

  private read(id: string | undefined): string {
    return id ? (this.field(id)?.read() ?? '') : '';
  }

  private checkCross(inst: CrossInstance): void {
    const out: Problem[] = [];
    const first = (k: string) => inst.members.get(k)?.[0];
    const label = (k: string) => this.field(first(k) ?? '')?.label ?? k;
    const r = inst.rule;
    if (r.kind === 'sum') {
      const total = num(this.read(first(r.total)));
      const parts = r.parts.map((k) => num(this.read(first(k))));
      if (total !== null && parts.every((x) => x !== null)) {
        const sum = (parts as number[]).reduce((a, b) => a + b, 0);
        if (sum !== total) {
          const expr = r.parts.map((k) => label(k)).join(' + ');
          out.push(
            this.problem(
              first(r.total) ?? '',
              `应等于 ${expr}（${(parts as number[]).join(' + ')} = ${sum}），现为 ${total}`,
              inst.basis,
              inst.severity,
              r.kind,
            ),
          );
        }
      }
    } else if (r.kind === 'lte') {
      const a = num(this.read(first(r.left)));
      const b = num(this.read(first(r.right)));
      if (a !== null && b !== null && a > b) {
        out.push(
          this.problem(
            first(r.left) ?? '',
            `不应大于“${label(r.right)}”（${b}），现为 ${a}`,
            inst.basis,
            inst.severity,
            r.kind,
          ),
        );
      }
    } else if (r.kind === 'dateOrder' || r.kind === 'spanWithin') {
      const s = parseMonth(this.read(first(r.start)));
      const e = parseMonth(this.read(first(r.end)));
      const sd = parseDay(this.read(first(r.start)));
      const ed = parseDay(this.read(first(r.end)));
      if (s && e) {
        const later =
          sd && ed ? Date.UTC(sd.y, sd.m - 1, sd.d) > Date.UTC(ed.y, ed.m - 1, ed.d) : s.y * 12 + s.m > e.y * 12 + e.m;
        if (later) {
          // An end before its start is wrong whatever rule finds it: never a principle to explain away.
          out.push(
            this.problem(
              first(r.end) ?? '',
              `“${label(r.end)}”不能早于“${label(r.start)}”`,
              inst.basis,
              'error',
              'dateOrder',
            ),
          );
        } else if (r.kind === 'spanWithin') {
          const months = (e.y - s.y) * 12 + (e.m - s.m) - (sd && ed && ed.d < sd.d ? 1 : 0);
          const over = months > r.maxMonths || (months === r.maxMonths && sd && ed && ed.d > sd.d);
          if (over) {
            out.push(
              this.problem(
                first(r.end) ?? '',
                `周期不超过 ${r.maxMonths} 个月（两年之内），现约 ${months} 个月`,
                inst.basis,
                inst.severity,
                r.kind,
              ),
            );
          }
        }
      }
    } else if (r.kind === 'maxPerValue') {
      const ids = inst.members.get(r.field) ?? [];
      const counts = new Map<string, string[]>();
      for (const id of ids) {
        const v = normaliseValue(this.read(id));
        if (v) counts.set(v, [...(counts.get(v) ?? []), id]);
      }
      for (const [v, list] of counts) {
        if (list.length <= r.max) continue;
        for (const id of list.slice(r.max)) {
          out.push(
            this.problem(
              id,
              `“${v}”已有 ${list.length} 人，每个方面不超过 ${r.max} 名`,
              inst.basis,
              inst.severity,
              r.kind,
            ),
          );
        }
      }
    }
    if (out.length) this.crossProblems.set(inst.id, out);
    else this.crossProblems.delete(inst.id);
  }

  validateAll(): void {
    for (const id of this.checks.keys()) this.checkOwn(id);
    for (const inst of this.crosses) this.checkCross(inst);
  }

  /** Re-checks one field and the cross-field rules it takes part in. */
  validate(fieldId: string): void {
    this.checkOwn(fieldId);
    const info = this.keyOf.get(fieldId);
    for (const id of info ? (this.completenessIn.get(`${info.profile}|${info.group}`) ?? []) : []) {
      if (id !== fieldId) this.checkOwn(id);
    }
    for (const inst of this.crossOf.get(fieldId) ?? []) this.checkCross(inst);
  }

  /**
   * Every problem once: two rules may find the same fault in the same field (an end before its start breaks both
   * 开始 ≤ 结束 and the two-year span), and a user must not be told, or counted, twice.
   */
  problems(): Problem[] {
    const seen = new Set<string>();
    return [...[...this.own.values()].flat(), ...[...this.crossProblems.values()].flat()].filter((p) => {
      const key = `${p.fieldId}\u0000${p.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  }

  /** Whether a field has any rule at all (profile, generic or manual). */
  hasRules(fieldId: string): boolean {
    return this.checks.has(fieldId) || this.crossOf.has(fieldId);
  }

  profileFieldOf(fieldId: string): { profile: string; key: string } | undefined {
    return this.keyOf.get(fieldId);
  }

  /** The rows of a matched profile's table (or its one form): profile key → field id, in the page's order. */
  rowsOf(profileId: string): ReadonlyMap<string, string>[] {
    const rows: Map<string, string>[] = [];
    for (const [gk, byKey] of this.groupIndex) {
      if (gk.startsWith(`${profileId}|`)) rows.push(byKey);
    }
    const first = (row: Map<string, string>) => Math.min(...[...row.values()].map((id) => this.index.get(id) ?? 0));
    return rows.sort((a, b) => first(a) - first(b));
  }

  /** A field's value as typed (for checks that look beyond this page, utils/rules/across.ts). */
  valueOf(fieldId: string): string {
    return this.read(fieldId);
  }

  /** A problem at a field, for checks made outside the validator (across tables). */
  problemAt(fieldId: string, message: string, basis: string, severity: Severity, kind: string): Problem {
    return this.problem(fieldId, message, basis, severity, kind);
  }
}
