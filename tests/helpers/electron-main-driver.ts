/**
 * Runs the real Electron entry (src/main/index.ts) against tests/helpers/fake-electron.ts and, once
 * the window is shown, exercises what the entry wired up: the port relay to the backend, the app://
 * protocol, navigation, permissions, a backend crash and restart, a second instance, then quits. See tests/integration/electron-main.test.ts.
 */
import type { Channel } from '@shared/contract/channels';
import { PORT_REQUEST_CHANNEL } from '@shared/contract/port';
import { createPortTransport } from '../../src/preload/port-transport';
import type { FakePort, FakeState } from './fake-electron';

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

type Invoke = (channel: Channel, input: unknown) => Promise<unknown>;

/** Asks main for a port as the preload does, from `event`; resolves to the port main posted, or null when it refused. */
async function requestPort(state: FakeState, event: object): Promise<FakePort | null> {
  const contents = state.windows[0]?.webContents;
  if (!contents) throw new Error('no window');
  const before = contents.received.length;
  state.ipc.get(PORT_REQUEST_CHANNEL)?.({ ...event, sender: contents });
  return contents.received.length > before ? (contents.received.at(-1)?.ports[0] ?? null) : null;
}

async function exercise(state: FakeState): Promise<void> {
  const trusted = { senderFrame: { url: 'app://samplan/index.html', parent: null } };
  const foreign = { senderFrame: { url: 'https://evil.example/', parent: null } };
  state.checks.foreignPort = (await requestPort(state, foreign)) !== null;
  const port = await requestPort(state, trusted);
  if (!port) throw new Error('main gave our window no port');
  // the real preload transport on the window's end of the port
  const transport = createPortTransport();
  transport.adopt(port);
  const invoke: Invoke = (channel, input) => transport.invoke(channel, input);
  state.checks.trustedCall = await invoke('app:info', {});
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
  if (process.env.SAMPLAN_FAKE_JOB !== 'skip') state.checks.job = await generationJob(invoke);
  await restartCheck(state, transport);
}

/** The backend dies: the call in flight gets a typed error, main hands the window a new port unasked, and calls work again. */
async function restartCheck(state: FakeState, transport: ReturnType<typeof createPortTransport>): Promise<void> {
  const contents = state.windows[0]?.webContents;
  if (!contents) return;
  const ports = contents.received.length;
  const inFlight = transport.invoke('app:info', {});
  state.backends.at(-1)?.kill('SIGKILL');
  await waitFor(() => contents.received.length > ports, 60_000);
  const fresh = contents.received.at(-1)?.ports[0];
  if (fresh) transport.adopt(fresh);
  state.checks.inFlightAtCrash = await inFlight;
  state.checks.afterRestart = await transport.invoke('app:info', {});
}

/** A job through the port: it runs in a worker thread inside the backend process. */
async function generationJob(invoke: Invoke): Promise<unknown> {
  await invoke('setup:complete', { ownerCode: '23' });
  const started = (await invoke('jobs:start', { kind: 'generate', scale: 'small', seed: 3 })) as {
    ok: boolean;
    value?: { jobId: string };
  };
  if (!started.ok || !started.value) return started;
  const jobId = started.value.jobId;
  for (;;) {
    const status = (await invoke('jobs:status', { jobId })) as {
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
