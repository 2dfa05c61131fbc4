/**
 * Runs the real preload entry (src/preload/index.ts) against tests/helpers/fake-electron.ts and
 * prints what reached the page: the names exposed on `window`, the keys of `window.api`, whether it
 * is frozen, and what each function sent to ipcRenderer.invoke when called with extra arguments.
 * See tests/integration/security-checklist.test.ts.
 */
import { renderer } from './fake-electron';

type ApiFunction = (...args: unknown[]) => Promise<unknown>;

async function main(): Promise<void> {
  await import('../../src/preload/index');
  const api = renderer.exposed.get('api') as Record<string, ApiFunction> | undefined;
  const keys = api ? Object.keys(api) : [];
  const nonFunctions = keys.filter((key) => typeof api?.[key] !== 'function');
  for (const key of keys) await api?.[key]?.({ probe: key }, 'second argument', { sender: 'forged' });
  const result = { worlds: [...renderer.exposed.keys()], keys, nonFunctions, frozen: Object.isFrozen(api), invoked: renderer.invoked };
  process.stdout.write(`FAKE_PRELOAD_RESULT ${JSON.stringify(result)}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`preload driver failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(99);
});
