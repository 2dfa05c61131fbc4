import path from 'node:path';
import { startProcessJob, type JobProcess, type JobStarter } from '../jobs';

/** What Samplan uses of Electron's `UtilityProcess` (passed in, so this module stays Node-testable). */
export type UtilityProcessLike = {
  postMessage(message: unknown): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  kill(): boolean;
};

/** The utility process's entry beside the main bundle (electron.vite.config.ts builds it). */
export function jobProcessEntry(mainDir: string): string {
  return path.join(mainDir, 'job-process.js');
}

/**
 * Jobs (package import and export, generation) in an Electron utility process: `fork` is
 * `utilityProcess.fork` from the main entry. The process runs src/main/jobs/job-process.ts; the
 * protocol and cancel are those of `startProcessJob`.
 */
export function utilityJobStarter(fork: (entry: string) => UtilityProcessLike, mainDir: string): JobStarter {
  const spawn = (): JobProcess => {
    const child = fork(jobProcessEntry(mainDir));
    return {
      postMessage: (message) => child.postMessage(message),
      onMessage: (listener) => void child.on('message', listener),
      onExit: (listener) => void child.on('exit', listener),
      kill: () => void child.kill(),
    };
  };
  return (options, input, onProgress) => startProcessJob(spawn, options, input, onProgress);
}
