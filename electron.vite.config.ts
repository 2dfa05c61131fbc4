import path from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';

const root = import.meta.dirname;
const alias = { '@shared': path.resolve(root, 'src/shared') };

/**
 * Desktop build (`electron-vite build`): out/main (ESM, dependencies such as better-sqlite3 stay
 * external), out/preload/index.cjs (CommonJS, everything bundled: a sandboxed preload can neither be
 * ESM nor require anything but 'electron'), out/renderer (the React UI, served on app://samplan/).
 * Browser mode has its own build in vite.web.config.ts.
 */
export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      outDir: path.resolve(root, 'out/main'),
      externalizeDeps: true,
      // The backend's utility process and its job worker are more entries: out/main/backend.js and job-worker.js
      // beside index.js (lib mode keeps shared chunks in out/main too), where electron/backend-host.ts and
      // jobs/runner.ts look for them. index.js itself never reaches the database (tests/unit/main-bundle.test.ts).
      lib: {
        entry: {
          index: path.resolve(root, 'src/main/index.ts'),
          backend: path.resolve(root, 'src/main/backend/utility-entry.ts'),
          'job-worker': path.resolve(root, 'src/main/jobs/worker-entry.ts'),
        },
        formats: ['es'],
      },
    },
  },
  preload: {
    resolve: { alias },
    build: {
      outDir: path.resolve(root, 'out/preload'),
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: path.resolve(root, 'src/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: path.resolve(root, 'src/renderer'),
    resolve: { alias },
    plugins: [react()],
    build: {
      outDir: path.resolve(root, 'out/renderer'),
      emptyOutDir: true,
      sourcemap: false,
      rolldownOptions: { input: path.resolve(root, 'src/renderer/index.html') },
    },
  },
});
