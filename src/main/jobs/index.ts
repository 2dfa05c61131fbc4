/** Long work inside the backend (package import/export, generation): one worker thread per job, one progress, one cancel. */
export { JobRegistry, type JobRegistryOptions } from './registry';
export {
  PreparedWorker,
  runJobInWorker,
  startWorkerJob,
  jobWorkerScript,
  type JobStarter,
  type ProgressListener,
  type WorkerJob,
} from './runner';
export type { WorkerJobOptions } from './messages';
