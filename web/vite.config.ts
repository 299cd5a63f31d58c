import { defineConfig } from 'vite';

// A static app served by `corroborate serve` from web/dist; everything is bundled (no CDN, no
// external fonts) so the dashboard works offline. The dev server proxies /api to a running server.
export default defineConfig({
  root: import.meta.dirname,
  base: '/',
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // The server's CSP forbids inline scripts and data: URLs for nothing in particular; keep assets as files.
    assetsInlineLimit: 0,
    sourcemap: false,
  },
  server: {
    proxy: { '/api': process.env.CORROBORATE_API ?? 'http://127.0.0.1:8080', '/openapi.json': process.env.CORROBORATE_API ?? 'http://127.0.0.1:8080' },
  },
});
