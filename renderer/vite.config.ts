import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { META_CONTENT_SECURITY_POLICY } from '../shared/security/csp.ts';
// @ts-expect-error: a build script in plain JavaScript, without types
import { rendererInputsPlugin } from '../scripts/notices.mjs';

// The renderer is plain static files served by app:// (Electron) or the web bridge: relative
// paths, no inline scripts (the CSP forbids them), no remote anything.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [
    react(),
    {
      // The same policy as the HTTP header, also as a <meta>, so it holds wherever the page loads.
      name: 'gongwen-csp-meta',
      transformIndexHtml: () => [{ tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: META_CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' }],
    },
    // The files this bundle reads, for the licence notices.
    rendererInputsPlugin(`${import.meta.dirname}/..`),
  ],
  build: {
    outDir: '../dist/renderer', // relative to root
    emptyOutDir: true,
    target: 'chrome130',
    sourcemap: true,
    modulePreload: { polyfill: false },
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 2000,
  },
});
