import { refusal } from '@shared/contract/errors';
import { jobStatusSchema, type JobStartInput, type JobStatus } from '@shared/contract/jobs';
import type { JobOutcome, WorkerJobOptions } from './messages';
import { PreparedWorker, startWorkerJob, type WorkerJob } from './runner';

/** Finished jobs kept for their status (and result) before the oldest is forgotten. */
const KEEP_FINISHED = 20;

type Entry = { status: JobStatus; job: WorkerJob | null; settled: Promise<JobStatus> | null };

export type JobRegistryOptions = {
  /** The database and actor at the moment a job starts (a restore may swap the database). */
  readonly workerOptions: () => WorkerJobOptions;
  readonly newId: () => string;
  /** Starts the worker; tests may pass their own. */
  readonly start?: typeof startWorkerJob;
};

/**
 * The jobs of the backend: one job runs at a time (each holds a write transaction on its own
 * connection); the UI polls `status` and may `cancel`.
 */
export class JobRegistry {
  private readonly entries = new Map<string, Entry>();
  private stopping: Promise<void> = Promise.resolve();
  /** The worker started ahead of the next job (after a preview); stopped with cancelAll. */
  readonly prepared = new PreparedWorker();

  constructor(private readonly options: JobRegistryOptions) {}

  start(input: JobStartInput): { jobId: string } {
    const running = [...this.entries.values()].find((e) => e.status.state === 'running');
    if (running) throw refusal('CONFLICT', 'job.busy');
    const jobId = this.options.newId();
    const entry: Entry = {
      status: { jobId, kind: input.kind, state: 'running', done: 0, total: 0, phase: 'starting', result: null, error: null },
      job: null,
      settled: null,
    };
    this.entries.set(jobId, entry);
    const start = this.options.start ?? startWorkerJob;
    try {
      entry.job = start(
        this.options.workerOptions(),
        input,
        (done, total, phase) => {
          if (entry.status.state === 'running') entry.status = { ...entry.status, done, total, phase };
        },
        this.prepared,
      );
    } catch (error) {
      this.entries.delete(jobId);
      throw error;
    }
    entry.settled = entry.job.finished.then((outcome) => {
      this.finish(entry, outcome);
      return entry.status;
    });
    this.forgetOld();
    return { jobId };
  }

  /** The job that runs now, if any (one at a time). */
  running(): JobStatus | null {
    return [...this.entries.values()].find((e) => e.status.state === 'running')?.status ?? null;
  }

  status(jobId: string): JobStatus {
    const entry = this.entries.get(jobId);
    if (!entry) throw refusal('NOT_FOUND', 'job.notFound');
    return entry.status;
  }

  /** The job's last status, once it has ended (done, failed or cancelled): for callers that wait for a job, like `exchange:receive`. */
  async ended(jobId: string): Promise<JobStatus> {
    const entry = this.entries.get(jobId);
    if (!entry?.settled) throw refusal('NOT_FOUND', 'job.notFound');
    return entry.settled;
  }

  cancel(jobId: string): JobStatus {
    const entry = this.entries.get(jobId);
    if (!entry) throw refusal('NOT_FOUND', 'job.notFound');
    if (entry.status.state === 'running') {
      entry.job?.cancel();
      entry.status = { ...entry.status, phase: 'cancelling' };
    }
    return entry.status;
  }

  /** Starts a worker for the job that usually follows a preview (once the preview's reply is on its way). */
  prepareWorker(): void {
    setImmediate(() => this.prepared.startSpare()).unref();
  }

  /** Asks every running job to stop (shutdown): each rolls back, so the database stays as it was. */
  cancelAll(): void {
    for (const [jobId, entry] of this.entries) if (entry.status.state === 'running') this.cancel(jobId);
    this.stopping = this.prepared.stop();
  }

  /** Resolves when no job is running (for shutdown and tests), and a worker prepared for the next job has stopped after cancelAll. */
  async idle(): Promise<void> {
    await Promise.all([...this.entries.values()].flatMap((e) => (e.job ? [e.job.finished] : [])));
    await this.stopping;
  }

  private finish(entry: Entry, outcome: JobOutcome): void {
    const base = { ...entry.status, result: null, error: null };
    if (outcome.state !== 'done') {
      entry.status = { ...base, state: outcome.state, error: outcome.error };
      return;
    }
    const parsed = jobStatusSchema.safeParse({ ...base, state: 'done', done: Math.max(base.done, base.total), result: outcome.result });
    entry.status = parsed.success
      ? parsed.data
      : { ...base, state: 'failed', error: { code: 'INTERNAL', message: 'The job returned an unexpected result' } };
  }

  private forgetOld(): void {
    const finished = [...this.entries.entries()].filter(([, e]) => e.status.state !== 'running');
    for (const [id] of finished.slice(0, Math.max(0, finished.length - KEEP_FINISHED))) this.entries.delete(id);
  }
}
