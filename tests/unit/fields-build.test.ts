// The field engine's script (content-scripts/fields.js) is built without Preact and zod/mini of its own: its imports
// resolve to shims reading what the overlay publishes (utils/content/shared-libs.ts, wxt.config.ts; issue #16). A
// development build (`npm run dev`) compiles JSX to preact/jsx-dev-runtime rather than preact/jsx-runtime, and a name
// the shims lack fails the build: this builds the fields entry alone (a few seconds) in both modes.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const OUT = fs.mkdtempSync(path.join(os.tmpdir(), 'tianbao-fields-build-'));
afterAll(() => fs.rmSync(OUT, { recursive: true, force: true }));
// As from a shell: Vitest's NODE_ENV=test (and its own variables) would turn the production build's JSX into dev JSX.
const buildEnv = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => k !== 'NODE_ENV' && k !== 'TEST' && !k.startsWith('VITEST')),
);

describe('the field engine builds on the shared Preact and zod/mini', () => {
  it.each([
    ['development', 'chrome-mv3-dev', 'preact/jsx-dev-runtime'],
    ['production', 'chrome-mv3', 'preact/jsx-runtime'],
  ])('--mode %s', (mode, dir, runtime) => {
    const out = path.join(OUT, mode);
    const r = spawnSync(
      process.execPath,
      [path.join(ROOT, 'node_modules/wxt/bin/wxt.mjs'), 'build', '--mode', mode, '-e', 'fields'],
      { cwd: ROOT, env: { ...buildEnv, TB_OUT: out }, encoding: 'utf8' },
    );
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    const js = fs.readFileSync(path.join(out, dir, 'content-scripts/fields.js'), 'utf8');
    // Its JSX reads the runtime the overlay published, under that module's name.
    expect(js).toContain('Symbol.for(`tianbao.shared-libs`)');
    expect(js).toContain(`[\`${runtime}\`]`);
  });
});
