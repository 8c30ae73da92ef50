import fs from 'node:fs';
import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { META_CONTENT_SECURITY_POLICY } from '../shared/security/csp.ts';

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
    {
      // The files this bundle read, for the licence notices (scripts/notices.mjs): written
      // beside the renderer, not into it (the renderer folder is served).
      name: 'gongwen-bundled-inputs',
      generateBundle(_options, bundle) {
        const root = path.resolve(import.meta.dirname, '..');
        const inputs = new Set<string>();
        for (const chunk of Object.values(bundle)) if (chunk.type === 'chunk') for (const id of Object.keys(chunk.modules)) inputs.add(path.relative(root, id.replace(/\?.*$/, '')));
        fs.mkdirSync(path.join(root, 'dist'), { recursive: true });
        fs.writeFileSync(path.join(root, 'dist', 'renderer-inputs.json'), JSON.stringify([...inputs].sort()));
      },
    },
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
