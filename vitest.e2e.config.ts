import { defineConfig } from 'vitest/config';

// Browser tests: real Chromium against the built site in dist/ (run `npm run build` first).
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
