import path from 'node:path';
import { defineConfig } from 'vitest/config';

const alias = { '@shared': path.resolve(import.meta.dirname, 'src/shared') };

/** Unit tests: pure code. Integration tests: real SQLite in temp files, CLI as a child process. */
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      { resolve: { alias }, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          pool: 'forks',
          // the backend and job-worker bundles (out/node) that the Node host and jobs fork
          globalSetup: ['tests/helpers/global-build.ts'],
        },
      },
    ],
  },
});
