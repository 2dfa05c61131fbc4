/** Long-running work off the main thread: worker jobs with progress and cancellation. */
export { JobRegistry, type JobRegistryOptions } from './registry';
export { runJobInWorker, startWorkerJob, type JobStarter, type ProgressListener, type WorkerJob, type WorkerJobOptions } from './run-job';
export { startProcessJob, type JobProcess } from './process-job';
