import type { jobChannels } from '@shared/contract/jobs';
import type { StartedApp } from '../../services/bootstrap';
import type { HandlersFor } from './types';

export function jobHandlers(app: StartedApp): HandlersFor<typeof jobChannels> {
  return {
    'jobs:start': async (input) => app.jobs.start(input),
    'jobs:status': async (input) => app.jobs.status(input.jobId),
    'jobs:cancel': async (input) => app.jobs.cancel(input.jobId),
  };
}
