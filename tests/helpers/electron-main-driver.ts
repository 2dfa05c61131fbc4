/**
 * Runs the real Electron entry (src/main/index.ts) against tests/helpers/fake-electron.ts and, once
 * the window is shown, exercises what the entry wired up: IPC, the app:// protocol, navigation,
 * permissions, a second instance, then quits. See tests/integration/electron-main.test.ts.
 */
import type { FakeState } from './fake-electron';

function fake(): FakeState {
  const state = (globalThis as { __fakeElectron?: FakeState }).__fakeElectron;
  if (!state) throw new Error('electron was not replaced by the fake');
  return state;
}

async function waitFor(condition: () => boolean, timeoutMs = 20_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > timeoutMs) throw new Error(`timed out; log: ${fake().log.join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

async function exercise(state: FakeState): Promise<void> {
  const appInfo = state.ipc.get('app:info');
  const trusted = { senderFrame: { url: 'app://samplan/index.html', parent: null } };
  const foreign = { senderFrame: { url: 'https://evil.example/', parent: null } };
  state.checks.trustedCall = await appInfo?.(trusted, {});
  state.checks.foreignCall = await appInfo?.(foreign, {});
  const page = await state.protocols.get('app')?.({ method: 'GET', url: 'app://samplan/index.html' });
  state.checks.page = {
    status: page?.status,
    csp: page?.headers.get('content-security-policy'),
    body: (await page?.text())?.slice(0, 200),
  };
  const file = await state.protocols.get('file')?.({ method: 'GET', url: 'file:///etc/passwd' });
  state.checks.fileStatus = file?.status;
  const contents = state.windows[0]?.webContents;
  let prevented = false;
  contents?.emit('will-navigate', { url: 'https://evil.example/', preventDefault: () => (prevented = true) });
  state.checks.navigationPrevented = prevented;
  state.checks.windowOpen = contents?.windowOpenHandler?.({ url: 'https://skr.se/' });
  state.checks.permissionCheck = state.permissions.check?.(null, 'notifications', 'app://samplan', {});
  state.checks.job = await generationJob(state, trusted);
}

/** A job through IPC: it runs in the utility process the entry forks (the fake forks a Node child). */
async function generationJob(state: FakeState, sender: object): Promise<unknown> {
  await state.ipc.get('setup:complete')?.(sender, { ownerCode: '23' });
  const started = (await state.ipc.get('jobs:start')?.(sender, { kind: 'generate', scale: 'small', seed: 3 })) as {
    ok: boolean;
    value?: { jobId: string };
  };
  if (!started.ok || !started.value) return started;
  const jobId = started.value.jobId;
  for (;;) {
    const status = (await state.ipc.get('jobs:status')?.(sender, { jobId })) as {
      ok: boolean;
      value?: { state: string; result: { totalRecords?: number } | null };
    };
    if (!status.ok || status.value?.state !== 'running')
      return { state: status.value?.state, totalRecords: status.value?.result?.totalRecords };
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function main(): Promise<void> {
  await import('../../src/main/index');
  const state = fake();
  if (process.env.SAMPLAN_FAKE_SCENARIO !== 'run') return; // failures end the process by themselves
  await waitFor(() => state.log.includes('window.show'));
  await exercise(state);
  const { app } = await import('./fake-electron');
  app.emit('second-instance');
  app.emit('window-all-closed');
}

main().catch((error: unknown) => {
  process.stderr.write(`driver failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(99);
});
