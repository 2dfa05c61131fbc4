import { fork } from 'node:child_process';
import path from 'node:path';
import type { UtilityProcessLike } from '../../src/main/electron/utility-jobs';

/**
 * What `utilityProcess.fork` gives, from a Node child process running the job process's source
 * (src/main/jobs/job-process.ts) through tsx: the built `out/main/job-process.js` does not exist in tests.
 */
export function forkJobProcess(): UtilityProcessLike {
  const entry = path.resolve(import.meta.dirname, '../../src/main/jobs/job-process.ts');
  const child = fork(entry, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  const on = (event: string, listener: (value: unknown) => void) =>
    event === 'exit' ? child.on('exit', (code) => listener(code ?? -1)) : child.on('message', listener);
  return { postMessage: (message) => void child.send(message as object), on: on as UtilityProcessLike['on'], kill: () => child.kill() };
}
