import type { StartedApp } from './bootstrap';

/**
 * Right after start-up, reads the register mirror that the capacity grid and the cost report work from
 * (about 1.5 s of work with the national dataset, a few ms with a regional one), so the first of those
 * views answers as fast as the later ones. It runs in short steps with the event loop free in between:
 * requests are answered meanwhile (one that needs the mirror finishes the rest at once). A failure only
 * means the first view reads the mirror itself; it is logged, never fatal.
 */
export function warmViewsSoon(app: StartedApp, log: { error(message: string): void }): void {
  let steps: Generator<void, void, void> | null = null;
  const step = (): void => {
    try {
      steps ??= app.ctx.readModel.warmUpSteps();
      if (!steps.next().done) setImmediate(step).unref();
    } catch (error) {
      log.error(`Samplan: could not prepare the views in advance (${error instanceof Error ? error.message : String(error)})`);
    }
  };
  setTimeout(step, 0).unref();
}
