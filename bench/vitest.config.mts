import { defineConfig } from 'vitest/config';

// `npm run bench`: performance figures, each a ratio against a baseline measured in the same run.
export default defineConfig({
  test: {
    include: ['bench/**/*.bench.ts'],
    environment: 'node',
    testTimeout: 120_000,
  },
});
