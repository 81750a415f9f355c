import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const repo = resolve(import.meta.dirname, '../..');

/**
 * The bench harness: the real board components with N synthetic cards (index.html), and the
 * real pooled view on a seeded workshop (pooled.html). Mode 'profiling' swaps in React's
 * profiling build, so `<Profiler onRender>` reports (it is silent in production); frame times
 * are measured on the plain production build. Names are kept so render counts can say which
 * component rendered.
 */
export default defineConfig(({ mode }) => ({
  root: import.meta.dirname,
  base: './',
  resolve: {
    alias: [
      { find: '@shared', replacement: resolve(repo, 'shared') },
      ...(mode === 'profiling'
        ? [{ find: /^react-dom\/client$/, replacement: 'react-dom/profiling' }]
        : []),
    ],
  },
  plugins: [react()],
  build: {
    emptyOutDir: true,
    minify: mode !== 'profiling',
    reportCompressedSize: false,
    rolldownOptions: {
      input: {
        index: resolve(import.meta.dirname, 'index.html'),
        pooled: resolve(import.meta.dirname, 'pooled.html'),
      },
    },
  },
  logLevel: 'warn',
}));
