import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** Browser-mode build of the renderer (out/web); the desktop build is in electron.vite.config.ts. */
export default defineConfig({
  root: path.resolve(import.meta.dirname, 'src/renderer'),
  base: './',
  plugins: [react()],
  resolve: { alias: { '@shared': path.resolve(import.meta.dirname, 'src/shared') } },
  build: { outDir: path.resolve(import.meta.dirname, process.env['SAMPLAN_WEB_DIR'] ?? 'out/web'), emptyOutDir: true, sourcemap: false },
});
