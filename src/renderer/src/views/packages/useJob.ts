import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppError } from '@shared/contract/errors';
import type { JobStartInput, JobStatus } from '@shared/contract/jobs';
import { call } from '../../api';

/** How often a running job's status is asked for: often enough for a smooth progress bar. */
const POLL_MS = 150;

export type JobControl = {
  /** The latest status of the job started here, or null before the first start. */
  readonly status: JobStatus | null;
  /** A failure to start or to ask for the status (a failed job carries its own error in `status`). */
  readonly error: AppError | null;
  readonly running: boolean;
  start(input: JobStartInput): Promise<void>;
  cancel(): Promise<void>;
  reset: () => void;
};

/**
 * Starts a worker job in main and polls `jobs:status` until it ends, so a view can show a real
 * progress bar and a cancel button while the work runs off the main thread.
 */
export function useJob(): JobControl {
  const [status, setStatus] = useState<JobStatus | null>(null);
  const [error, setError] = useState<AppError | null>(null);
  const [starting, setStarting] = useState(false);
  const timer = useRef<number | null>(null);
  const alive = useRef(true);
  const stop = useCallback(() => {
    if (timer.current !== null) window.clearTimeout(timer.current);
    timer.current = null;
  }, []);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
      stop();
    };
  }, [stop]);
  const poll = useCallback(async (jobId: string): Promise<void> => {
    const result = await call('jobs:status', { jobId });
    if (!alive.current) return;
    if (!result.ok) return setError(result.error);
    setStatus(result.value);
    if (result.value.state === 'running') timer.current = window.setTimeout(() => void poll(jobId), POLL_MS);
  }, []);
  const start = useCallback(
    async (input: JobStartInput) => {
      stop();
      setError(null);
      setStatus(null);
      setStarting(true);
      const started = await call('jobs:start', input);
      if (!alive.current) return;
      setStarting(false);
      if (!started.ok) return setError(started.error);
      await poll(started.value.jobId);
    },
    [poll, stop],
  );
  const cancel = useCallback(async () => {
    if (!status || status.state !== 'running') return;
    const result = await call('jobs:cancel', { jobId: status.jobId });
    if (alive.current && result.ok) setStatus(result.value);
  }, [status]);
  const reset = useCallback(() => {
    stop();
    setStatus(null);
    setError(null);
  }, [stop]);
  return { status, error, running: starting || status?.state === 'running', start, cancel, reset };
}
