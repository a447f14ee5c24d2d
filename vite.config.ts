import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

// The renderer is served from app:// in Electron and from 127.0.0.1 by `cuttings serve`: relative paths work for both.
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [svelte()],
  build: {
    outDir: '../dist/renderer',
    emptyOutDir: true,
    // no inline scripts or styles: the CSP allows 'self' only
    assetsInlineLimit: 0,
    cssCodeSplit: false,
  },
});
