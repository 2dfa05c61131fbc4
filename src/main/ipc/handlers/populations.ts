import type { populationChannels } from '@shared/contract/populations';
import type { StartedApp } from '../../services/bootstrap';
import { importPopulations } from '../../services/population-import';
import { listPopulations, setPopulation } from '../../services/populations';
import type { HandlersFor } from './types';

export function populationHandlers({ ctx }: StartedApp): HandlersFor<typeof populationChannels> {
  return {
    'populations:list': (input) => listPopulations(ctx, input),
    'populations:set': (input) => setPopulation(ctx, input),
    'populations:import': (input) => importPopulations(ctx, input),
  };
}
