import { buildNodeEntries } from './build-node';

/** Vitest global setup of the integration tests: the backend and job worker bundles exist before any test forks them. */
export default function setup(): void {
  buildNodeEntries();
}
