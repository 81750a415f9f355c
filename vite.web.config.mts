import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { CSP_DIRECTIVES } from './electron/main/csp';

/**
 * The desktop app sends its CSP as a header; the web build carries the same policy in a <meta>
 * tag (minus frame-ancestors, which browsers ignore there). Build only: the dev server needs
 * inline scripts for hot reload.
 */
function cspMeta(): Plugin {
  const content = Object.entries(CSP_DIRECTIVES)
    .filter(([name]) => name !== 'frame-ancestors')
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
  return {
    name: 'csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content },
        injectTo: 'head-prepend',
      },
    ],
  };
}

// The same renderer as a plain web page: `npm run web` serves it, `npm run build:web` builds it
// for the end-to-end tests.
export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer'),
  base: './',
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'shared') } },
  plugins: [react(), cspMeta()],
  server: { port: 5173, strictPort: false },
  preview: { port: 4173, strictPort: true },
  // The PDF chunk (pdf-lib + fontkit, ~1.1 MB) is loaded only when a plan is exported.
  build: {
    outDir: resolve(import.meta.dirname, 'out/web'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1300,
  },
});
