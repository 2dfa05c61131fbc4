import path from 'node:path';
import { buildNode, ROOT } from '../../scripts/build-node.mjs';

/** Test-only bundles (children that tests spawn and kill), built like the app's into out/test. */
export const TEST_BUNDLE_DIR = path.join(ROOT, 'out', 'test');
export const TEST_ENTRIES = { 'crash-child': 'tests/helpers/crash-child.ts' };

/**
 * Vitest globalSetup of the integration project (and Playwright's): builds the stale Node bundles once
 * (out/node: the CLI, the browser-mode server, the job worker) and the test children (out/test), so tests
 * spawn plain `node`, never a TypeScript compiler.
 */
export default async function buildBundles(): Promise<void> {
  await buildNode();
  await buildNode({ entries: TEST_ENTRIES, outDir: TEST_BUNDLE_DIR, extraInputs: ['tests/helpers'] });
}
