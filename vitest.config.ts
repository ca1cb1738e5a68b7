import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    setupFiles: ['fake-indexeddb/auto'],
    environment: 'node',
    // No unit test asserts a duration; the timeout only catches a hang. Vitest's 5 s default failed a 1,000-row
    // happy-dom scan test on a loaded 2-CPU machine (load average 10–15), so a test fails on what it checks, not on
    // how busy the machine is.
    testTimeout: 30_000,
  },
});
