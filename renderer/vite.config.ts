import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../electron/security/csp';

// The same policy as the HTTP header, also as a <meta> so it holds wherever the page is loaded
// from; frame-ancestors is header-only (Chromium warns about it in a meta tag).
const metaCsp = CONTENT_SECURITY_POLICY.split('; ').filter((d) => !d.startsWith('frame-ancestors')).join('; ');

// The renderer is plain static files served by app:// (Electron) or the web bridge: relative
// paths, no inline scripts (the CSP forbids them), no remote anything.
export default defineConfig({
  root: path.resolve(import.meta.dirname),
  base: './',
  plugins: [
    react(),
    {
      name: 'gongwen-csp-meta',
      transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: metaCsp }, injectTo: 'head-prepend' }],
    },
  ],
  build: {
    outDir: path.resolve(import.meta.dirname, '../dist/renderer'),
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
  },
});
