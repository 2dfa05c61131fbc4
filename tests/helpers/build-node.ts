import path from 'node:path';

/** Where scripts/build-node.mjs writes the Node bundles (backend.js, job-worker.js, cli.js, web.js …); tests/setup/build-bundles.ts builds them. */
export const NODE_OUT_DIR = path.join(path.resolve(import.meta.dirname, '..', '..'), 'out', 'node');
