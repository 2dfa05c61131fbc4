/**
 * The database swaps of one running app (a backup restore replaces the file under it): they run one
 * after another, and calls wait while one runs. It lives on the app (services/bootstrap.ts), so
 * nothing is kept at module level.
 */
export class SwapQueue {
  private running: Promise<unknown> | null = null;

  /** Resolves once no swap is running (a failed swap counts as finished). */
  async settled(): Promise<void> {
    const current = this.running;
    if (current) await current.then(noop, noop);
  }

  /** Runs `work` after any earlier swap; calls made meanwhile wait for it. */
  run<T>(work: () => Promise<T>): Promise<T> {
    const next = (this.running ?? Promise.resolve()).then(noop, noop).then(work);
    this.running = next;
    const clear = () => {
      if (this.running === next) this.running = null;
    };
    next.then(clear, clear);
    return next;
  }
}

function noop(): void {}
