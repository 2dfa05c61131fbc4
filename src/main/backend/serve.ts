import type { Result } from '@shared/contract/errors';
import { startBackend, startFailureOf, type Backend } from './backend';
import { isCallRequest, isHostMessage, type BackendMessage, type BackendOptions, type CallRequest } from './protocol';

/** A window's port as the backend process sees it (Electron's MessagePortMain, wrapped by the entry). */
export type CallPort = { onMessage(listener: (data: unknown) => void): void; post(data: unknown): void };

/** The backend process's link to its host: Electron's `process.parentPort` or Node's IPC channel. */
export type ParentLink = {
  onMessage(listener: (message: unknown, ports: readonly CallPort[]) => void): void;
  post(message: BackendMessage): void;
  exit(code: number): void;
};

const logger = { error: (message: string) => void process.stderr.write(`[samplan backend] ${message}\n`) };

const NOT_STARTED: Result<never> = { ok: false, error: { code: 'INTERNAL', message: 'Samplans bakgrundsprocess har inte startat.' } };

/**
 * The backend process's loop, the same in both entries: waits for `start`, then answers calls from the
 * host and from every port the host hands over, and on `shutdown` closes the database and exits.
 */
export function serveBackend(link: ParentLink): void {
  let backend: Promise<Backend> | null = null;
  const answer = async (call: CallRequest): Promise<{ id: number; result: Result<unknown> }> => {
    if (!backend) return { id: call.id, result: NOT_STARTED };
    const started = await backend.catch(() => null);
    return started ? started.handle(call) : { id: call.id, result: NOT_STARTED };
  };
  const start = (options: BackendOptions): void => {
    if (backend) return;
    backend = startBackend(options, logger);
    backend.then(
      (started) => link.post({ type: 'ready', damaged: started.damaged }),
      (error: unknown) => link.post({ type: 'start-failed', failure: startFailureOf(error) }),
    );
  };
  let stopping: Promise<void> | null = null;
  const shutdown = (): Promise<void> => (stopping ??= stop());
  const stop = async (): Promise<void> => {
    const started = backend ? await backend.catch(() => null) : null;
    try {
      await started?.shutdown();
    } catch (error) {
      logger.error(`closing the database failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    link.post({ type: 'closed' });
    link.exit(0);
  };
  const servePort = (port: CallPort): void =>
    port.onMessage((data) => {
      if (isCallRequest(data)) void answer(data).then((reply) => port.post(reply));
    });
  link.onMessage((message, ports) => {
    if (!isHostMessage(message)) return;
    if (message.type === 'start') start(message.options);
    else if (message.type === 'call') void answer(message.call).then((reply) => link.post({ type: 'reply', reply }));
    else if (message.type === 'port') ports.forEach(servePort);
    else void shutdown();
  });
}
