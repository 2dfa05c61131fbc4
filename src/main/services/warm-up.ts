import { warmRegisterMirror } from '../repositories/register-mirror';
import type { StartedApp } from './bootstrap';

/**
 * Right after start-up, on the next turn of the event loop, reads the register mirror that the capacity
 * grid and the cost report work from (about 1.5 s with the national dataset, a few ms with a regional
 * one), so that the first of those views answers as fast as the later ones. A failure only means the
 * first view reads it itself; it is logged, never fatal.
 */
export function warmViewsSoon(app: StartedApp, log: { error(message: string): void }): void {
  const timer = setTimeout(() => {
    try {
      warmRegisterMirror(app.ctx.sqlite);
    } catch (error) {
      log.error(`Samplan: could not prepare the views in advance (${error instanceof Error ? error.message : String(error)})`);
    }
  }, 0);
  timer.unref();
}
