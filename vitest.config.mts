import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'shared') } },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    // Plain Node by default; component tests opt into jsdom with a docblock.
    setupFiles: ['tests/unit/setup.ts'],
    testTimeout: 20_000,
    // The JSON file is what .ci/run sums up.
    reporters: ['default', ['json', { outputFile: 'reports/unit.json' }]],
  },
});
