import type { populationChannels } from '@shared/contract/populations';
import type { StartedApp } from '../../services/bootstrap';
import { importPopulations } from '../../services/population-import';
import { listPopulations, setPopulation } from '../../services/populations';
import type { HandlersFor } from './types';

export function populationHandlers(app: StartedApp): HandlersFor<typeof populationChannels> {
  return {
    'populations:list': (input) => listPopulations(app.ctx, input),
    'populations:set': (input) => setPopulation(app.ctx, input),
    'populations:import': (input) => importPopulations(app.ctx, input),
  };
}
