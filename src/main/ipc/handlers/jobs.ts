import type { jobChannels } from '@shared/contract/jobs';
import { JobRegistry } from '../../jobs';
import type { StartedApp } from '../../services/bootstrap';
import type { HandlersFor } from './types';

/** One registry per running app; it outlives the handler rebuilds that follow a database swap. */
const registries = new WeakMap<StartedApp, JobRegistry>();

export function jobRegistryOf(app: StartedApp): JobRegistry {
  let registry = registries.get(app);
  if (!registry) {
    registry = new JobRegistry({
      workerOptions: () => ({
        dbPath: app.ctx.dbPath,
        resourcesDir: app.ctx.resourcesDir,
        appVersion: app.ctx.appVersion,
        actor: app.ctx.actor,
      }),
      newId: () => app.ctx.newId(),
    });
    registries.set(app, registry);
  }
  return registry;
}

export function jobHandlers(app: StartedApp): HandlersFor<typeof jobChannels> {
  const registry = jobRegistryOf(app);
  return {
    'jobs:start': async (input) => registry.start(input),
    'jobs:status': async (input) => registry.status(input.jobId),
    'jobs:cancel': async (input) => registry.cancel(input.jobId),
  };
}
