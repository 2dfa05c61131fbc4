import path from 'node:path';
import { defineConfig } from 'vitest/config';

const alias = { '@shared': path.resolve(import.meta.dirname, 'src/shared') };

/** Unit tests: pure code. Integration tests: real SQLite in temp files (removed after each file), the bundled CLI as a child process. */
export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', setupFiles: ['tests/setup/remove-temp.ts'] },
      },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 60_000,
          pool: 'forks',
          globalSetup: ['tests/setup/build-bundles.ts'],
          setupFiles: ['tests/setup/remove-temp.ts'],
        },
      },
    ],
  },
});
