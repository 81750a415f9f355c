import { defineConfig } from 'vitest/config';

// `npm run bench`: performance figures, each against a budget or a baseline measured in the same
// run, and against the previous run (bench/results/latest.json).
export default defineConfig({
  test: {
    include: ['bench/**/*.bench.ts'],
    environment: 'node',
    globalSetup: ['bench/globalSetup.ts'],
    // One file at a time: on two cores a browser bench beside a Node bench would time both.
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 120_000,
  },
});
