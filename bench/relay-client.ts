import { fork } from 'node:child_process';
import path from 'node:path';
import { isRelayReply, type RelayAnswer, type RelayTask } from './relay-protocol';
import { BENCH_BUNDLE_DIR } from './setup';

/**
 * The bench's side of its relaying process (bench/relay-child.ts, out/node/bench-relay.js): forks it once
 * (before anything is measured), hands it one task at a time and returns its figures. The relay is small,
 * as Electron's main process is, so its event loop is not the bench's (which holds the national dataset).
 */
export type Relay = {
  run<K extends RelayTask['kind']>(task: Extract<RelayTask, { kind: K }>): Promise<RelayAnswer[K]>;
  /** Lets the relay finish and waits until it has ended. */
  stop(): Promise<void>;
};

/** Forks the relay bundle in `bundleDir` (the bench's own folder, out/node, by default; tests pass NODE_OUT_DIR). */
export function startRelay(bundleDir: string = BENCH_BUNDLE_DIR): Relay {
  const child = fork(path.join(bundleDir, 'bench-relay.js'), [], {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    serialization: 'advanced',
  });
  const pending = new Map<number, { resolve(value: unknown): void; reject(error: Error): void }>();
  let nextId = 1;
  let exitCode: number | null | undefined;
  const exited = new Promise<void>((resolve) =>
    child.on('exit', (code) => {
      exitCode = code;
      for (const waiting of pending.values()) waiting.reject(new Error(`the relay process ended (exit code ${code})`));
      pending.clear();
      resolve();
    }),
  );
  child.on('message', (message: unknown) => {
    if (!isRelayReply(message)) return;
    const waiting = pending.get(message.id);
    pending.delete(message.id);
    if (message.ok) waiting?.resolve(message.value);
    else waiting?.reject(new Error(`relay: ${message.message}`));
  });
  return {
    run: <K extends RelayTask['kind']>(task: Extract<RelayTask, { kind: K }>) => {
      if (exitCode !== undefined) return Promise.reject(new Error(`the relay process ended (exit code ${exitCode})`));
      const id = nextId++;
      return new Promise<RelayAnswer[K]>((resolve, reject) => {
        pending.set(id, { resolve: (value) => resolve(value as RelayAnswer[K]), reject });
        child.send({ id, task });
      });
    },
    stop: async () => {
      if (child.connected) child.disconnect();
      await exited;
    },
  };
}
