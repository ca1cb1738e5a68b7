/**
 * Runtime shapes of the rules (no zod here: the data is checked by utils/rules/profile-schema.ts in tests, and this
 * file is imported by the content-side field engine, which must stay small).
 */
export type FieldRule =
  | { kind: 'integer'; min?: number; max?: number }
  | { kind: 'decimal'; min?: number; scale?: number }
  | { kind: 'phone'; accept: 'landline' | 'mobile' | 'any' }
  | { kind: 'email' }
  | { kind: 'url' }
  | { kind: 'date'; precision: 'day' | 'month' }
  | { kind: 'enum'; values: string[] }
  | { kind: 'maxChars'; max: number }
  | { kind: 'minChars'; min: number }
  | { kind: 'required' }
  | { kind: 'noneIfEmpty'; word: string }
  | { kind: 'maxAge'; max: number }
  | { kind: 'yesNo' }
  | { kind: 'urlWhen'; field: string; equals: string[] };

export type CrossRule =
  | { kind: 'sum'; total: string; parts: string[] }
  | { kind: 'lte'; left: string; right: string }
  | { kind: 'dateOrder'; start: string; end: string }
  | { kind: 'spanWithin'; start: string; end: string; maxMonths: number }
  | { kind: 'maxPerValue'; field: string; max: number };

/** error: 必须修改; warning: 请核实或填写说明 (utils/rules/profile-schema.ts `Severity`). */
export type Severity = 'error' | 'warning';

/** A check against another form of the same platform and period (utils/rules/profile-schema.ts AcrossRuleSpec). */
export type AcrossRule = {
  kind: 'rowsMatch';
  other: string;
  key: { here: string; there: string };
  same: { here: string; there: string }[];
};

export interface RuleSource {
  seed: string;
  line: number;
  text: string;
  implied?: boolean;
  why?: string;
}

export interface ProfileFieldData {
  key: string;
  label: string;
  aliases?: string[];
  layout: 'cell' | 'column';
  rules: { rule: FieldRule; severity: Severity; source: RuleSource }[];
}

export interface ProfileData {
  id: string;
  title: string;
  annex: string;
  notice: string;
  seed: string;
  lines: [number, number];
  layout: 'form' | 'table' | 'mixed';
  referenceDate?: string;
  fields: ProfileFieldData[];
  cross: { rule: CrossRule; severity: Severity; source: RuleSource }[];
  across?: { rule: AcrossRule; severity: Severity; source: RuleSource }[];
  note?: string;
}
