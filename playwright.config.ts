import { defineConfig } from '@playwright/test';

/**
 * Specs that measure time or load the machine on purpose: a 20,000-field storm with long-task budgets, the save
 * reminder's real minute, a browser killed mid-typing, a policy file read at browser start, a popup that must not
 * ask again within 2 s. They run in their own project, one at a time; `npm test` runs it after the others, alone.
 */
const ALONE = [
  'security/engine-robustness.spec.ts',
  'save-reminder.spec.ts',
  'drafts.spec.ts',
  'policy.spec.ts',
  'popup-live.spec.ts',
].map((f) => `**/${f}`);

export default defineConfig({
  testDir: './tests/e2e',
  timeout: 45_000,
  expect: { timeout: 8_000 },
  // Each test launches its own Chromium with a fresh profile: two at a time on a 2-CPU machine.
  workers: 2,
  fullyParallel: false,
  // One retry: a test that fails and then passes is reported by name as flaky in `npm test`'s summary (counted as
  // passed), so a slow moment of a shared 2-CPU CI machine does not block a landing, and is still seen. A test
  // that fails twice fails.
  retries: 1,
  // npm test runs the two projects one after the other, each with its own report and artifacts.
  outputDir: process.env.TB_E2E_ARTIFACTS ?? 'test-results/e2e-artifacts',
  reporter: [['list'], ['json', { outputFile: process.env.TB_E2E_REPORT ?? 'test-results/e2e.json' }]],
  projects: [
    { name: 'shared', testIgnore: ALONE },
    { name: 'alone', testMatch: ALONE, workers: 1 },
  ],
});
