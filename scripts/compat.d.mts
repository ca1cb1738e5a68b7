export type Browser = 'chrome' | 'firefox';
export interface Target {
  browser: Browser;
  version: number;
}
export interface Api {
  name: string;
  kind: 'static' | 'global' | 'method';
  object?: string;
  property?: string;
  chrome: number | null;
  firefox: number | null;
}
export interface Allowance {
  api?: string;
  file: RegExp;
  guard: RegExp | ((code: string, api: Api) => boolean);
  why: string;
}
export interface Finding {
  file: string;
  line: number;
  column: number;
  kind: 'syntax' | 'api';
  what: string;
  needs?: string;
  snippet: string;
}
export const APIS: readonly Api[];
export const ALLOWED: readonly Allowance[];
export function coreJsInstalls(code: string, api: Api): boolean;
export function checkSource(
  code: string,
  options: { file?: string; target: Target; allow?: readonly Allowance[] },
): { problems: Finding[]; allowed: (Finding & { why: string })[] };
export function targetOf(manifest: Record<string, unknown>): Target;
export function checkBuild(dir: string): {
  target: Target;
  files: string[];
  problems: Finding[];
  allowed: (Finding & { why: string })[];
};
