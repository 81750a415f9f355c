import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// `npm run session`: the session server as one Node module (out/session/cli.mjs), so it runs
// with plain `node` on a fresh clone. Packages (ws, zod) stay imports from node_modules.
export default defineConfig({
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'shared') } },
  build: {
    ssr: resolve(import.meta.dirname, 'electron/session/cli.ts'),
    outDir: resolve(import.meta.dirname, 'out/session'),
    emptyOutDir: true,
    target: 'node20',
    sourcemap: true,
    rollupOptions: { output: { format: 'es', entryFileNames: 'cli.mjs' } },
  },
});
