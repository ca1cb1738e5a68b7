import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: './tests/e2e',
  timeout: 45_000,
  expect: { timeout: 8_000 },
  workers: 1,
  fullyParallel: false,
  // One retry: a test that fails and then passes is reported by name as flaky in `npm test`'s summary (counted as
  // passed), so a slow moment of a shared 2-CPU CI machine does not block a landing, and is still seen. A test
  // that fails twice fails.
  retries: 1,
  outputDir: 'test-results/e2e-artifacts',
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
});
