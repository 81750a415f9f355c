import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The participant page: what people open on their phones from the session server's join
// address. Its own small entry, built to out/participant/ and served by `npm run session`. The
// session server sends the page's CSP as a header (script-src 'self', connect-src to itself).
export default defineConfig({
  root: resolve(import.meta.dirname, 'renderer/participant'),
  base: './',
  resolve: { alias: { '@shared': resolve(import.meta.dirname, 'shared') } },
  plugins: [react()],
  build: {
    outDir: resolve(import.meta.dirname, 'out/participant'),
    emptyOutDir: true,
    // Phones on a workshop's Wi-Fi: one small entry chunk, no preload polyfill script to inline.
    modulePreload: { polyfill: false },
  },
});
