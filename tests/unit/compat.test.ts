import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSource, targetOf } from '../../scripts/compat.mjs';

const CHROME_122 = { browser: 'chrome', version: 122 } as const;
const FIREFOX_115 = { browser: 'firefox', version: 115 } as const;
const ROOT = path.resolve(import.meta.dirname, '../..');

describe('compat checker: APIs', () => {
  it('fails a bundle that calls an API newer than the target, and says where', () => {
    const code = 'const a = 1;\nexport const b = await Promise.try(() => a);\n';
    const { problems } = checkSource(code, { file: 'chunks/x.js', target: CHROME_122 });
    expect(problems).toEqual([
      expect.objectContaining({ file: 'chunks/x.js', line: 2, column: 24, kind: 'api', what: 'Promise.try' }),
    ]);
    expect(problems[0]?.needs).toBe('chrome 128');
    // The same call is fine once the target has it.
    expect(checkSource(code, { target: { browser: 'chrome', version: 128 } }).problems).toEqual([]);
  });

  it('finds globals, globalThis.X, and distinctive method names; not look-alike property names', () => {
    const code = [
      'const f = new Float16Array(2);',
      'const u = globalThis.URL.parse("x");',
      'const h = bytes.toBase64();',
      'const o = { Float16Array: 1, parse: 2 }; o.Float16Array; other.parse("x");',
    ].join('\n');
    const { problems } = checkSource(code, { target: CHROME_122 });
    expect(problems.map((p) => [p.what, p.line])).toEqual([
      ['Float16Array', 1],
      ['URL.parse', 2],
      ['Uint8Array#toBase64', 3],
    ]);
  });

  it('judges the Firefox build by Firefox versions', () => {
    const code = 'export const g = Object.groupBy([1, 2], (n) => n % 2);';
    expect(checkSource(code, { target: CHROME_122 }).problems).toEqual([]);
    expect(checkSource(code, { target: FIREFOX_115 }).problems).toEqual([
      expect.objectContaining({ what: 'Object.groupBy', needs: 'firefox 119' }),
    ]);
  });

  it('excuses a feature-checked use only where the allow-list names it and the check is still there', () => {
    const code = 'export const p = typeof Float16Array === "undefined" ? new Float32Array(1) : new Float16Array(1);';
    const allow = [{ api: 'Float16Array', file: /^lib\.js$/, guard: /typeof Float16Array/, why: 'checked first' }];
    const here = checkSource(code, { file: 'lib.js', target: CHROME_122, allow });
    expect(here.problems).toEqual([]);
    expect(here.allowed).toHaveLength(2);
    expect(here.allowed[0]?.why).toBe('checked first');
    expect(checkSource(code, { file: 'other.js', target: CHROME_122, allow }).problems).toHaveLength(2);
    const unguarded = 'export const p = new Float16Array(1);';
    expect(checkSource(unguarded, { file: 'lib.js', target: CHROME_122, allow }).problems).toHaveLength(1);
  });

  it('excuses pdf.js calls only for the APIs its bundled core-js installs', () => {
    // The shape of core-js's registration in a minified bundle, then a call.
    const withPolyfill = 'r({target:"Promise",stat:!0,forced:c},{try:function(e){return e()}});Promise.try(f);';
    expect(checkSource(withPolyfill, { file: 'chunks/pdf-abc.js', target: CHROME_122 }).problems).toEqual([]);
    const otherPolyfill = 'r({target:"Promise",stat:!0},{withResolvers:function(){}});Promise.try(f);';
    expect(checkSource(otherPolyfill, { file: 'chunks/pdf-abc.js', target: CHROME_122 }).problems).toEqual([
      expect.objectContaining({ what: 'Promise.try' }),
    ]);
    // Our own code gets no such excuse.
    expect(checkSource(withPolyfill, { file: 'chunks/options-abc.js', target: CHROME_122 }).problems).toHaveLength(1);
  });
});

describe('compat checker: syntax', () => {
  it('accepts the ES2023 syntax Chromium 122 and Firefox 115 run', () => {
    const code = [
      '#!/usr/bin/env node',
      'class A { static #n = 1; static { A.k = A.#n ?? 0; } static has(o) { return #n in o; } }',
      'let x; x ??= [1, 2, 3].findLast((n) => n > 1);',
      'export const y = await Promise.resolve(/(?<year>\\d{4})/d.exec("2024")?.groups.year);',
    ].join('\n');
    expect(checkSource(code, { file: 'a.mjs', target: CHROME_122 }).problems).toEqual([]);
  });

  it.each([
    ['a using declaration', '{ using res = open(); }'],
    ['duplicate named capture groups', 'const r = /(?<y>a)|(?<y>b)/;'],
    ['regexp modifiers', 'const r = /(?i:a)b/;'],
    ['import attributes', 'import data from "./x.json" with { type: "json" };'],
  ])('fails %s, which needs a newer parser than ES2023', (_name, code) => {
    const { problems } = checkSource(`const before = 1;\n${code}\n`, { file: 'b.js', target: CHROME_122 });
    expect(problems).toEqual([expect.objectContaining({ kind: 'syntax', file: 'b.js', line: 2 })]);
    expect(problems[0]?.what).toMatch(/^not ES2023: /);
  });

  it('parses a classic sloppy-mode script (a content script IIFE), which is not a valid module', () => {
    const code = '(function () { var o = { a: 1 }; with (o) { a = 2; } return 010; })();';
    expect(checkSource(code, { file: 'content-scripts/x.js', target: CHROME_122 }).problems).toEqual([]);
  });
});

describe('compat checker: builds', () => {
  it('reads the target from each manifest', () => {
    expect(targetOf({ manifest_version: 3, minimum_chrome_version: '122' })).toEqual(CHROME_122);
    expect(
      targetOf({ manifest_version: 2, browser_specific_settings: { gecko: { strict_min_version: '115.0' } } }),
    ).toEqual(FIREFOX_115);
    expect(() => targetOf({ manifest_version: 3 })).toThrow(/minimum_chrome_version/);
  });

  it('the command fails on a build with a too-new API and names the file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tianbao-compat-'));
    try {
      fs.writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ minimum_chrome_version: '122' }));
      fs.mkdirSync(path.join(dir, 'chunks'));
      fs.writeFileSync(path.join(dir, 'chunks/ok.js'), 'export const a = [3, 1].toSorted();');
      fs.writeFileSync(path.join(dir, 'chunks/new.js'), 'export const e = RegExp.escape("a.b");');
      let out = '';
      let status = 0;
      try {
        execFileSync(process.execPath, ['scripts/compat.mjs', dir], { cwd: ROOT, encoding: 'utf8' });
      } catch (e) {
        const err = e as { status: number; stdout: string };
        status = err.status;
        out = err.stdout;
      }
      expect(status).toBe(1);
      expect(out).toContain('chunks/new.js:1:18 RegExp.escape (needs chrome 136)');
      expect(out).not.toContain('chunks/ok.js:');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
