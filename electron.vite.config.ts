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
      // The job worker and the jobs' utility process (src/main/jobs) are more entries: out/main/job-worker.js and
      // job-process.js beside index.js (lib mode keeps shared chunks in out/main too), where run-job.ts and
      // electron/utility-jobs.ts look for them.
      lib: {
        entry: {
          index: path.resolve(root, 'src/main/index.ts'),
          'job-worker': path.resolve(root, 'src/main/jobs/job-worker.ts'),
          'job-process': path.resolve(root, 'src/main/jobs/job-process.ts'),
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
