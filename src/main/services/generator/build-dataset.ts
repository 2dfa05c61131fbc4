import { deterministicId } from '../../lib/ids';
import { buildCosts, buildPathwayImplementations } from './build-costs';
import { buildGroups } from './build-groups';
import { buildMemberships } from './build-memberships';
import { buildPeople } from './build-people';
import { buildDefaultSalaries } from './build-salaries';
import { SCALES, type Dataset, type GeneratorReference, type Scale } from './model';
import { Prng } from './prng';

/**
 * The whole generated dataset, in memory, from the reference data, the scale and the seed alone:
 * the same inputs give the same rows (and ids: version-5 UUIDs of the seed and a record key).
 */
export function buildDataset(ref: GeneratorReference, scale: Scale, seed: number): Dataset {
  const ctx = {
    rng: new Prng(seed),
    id: (key: string) => deterministicId(`generated:${seed}:${key}`),
    ref,
    scale: SCALES[scale],
  };
  const people = buildPeople(ctx);
  const groups = buildGroups(ctx);
  const memberships = buildMemberships(ctx, groups.refs, people.byRegion);
  const costs = buildCosts(ctx);
  return {
    organisations: people.organisations,
    persons: people.persons,
    groups: groups.groups,
    team_activity_levels: groups.levels,
    memberships,
    allocation_keys: costs.allocationKeys,
    hostings: costs.hostings,
    cost_items: costs.costItems,
    pathway_implementations: buildPathwayImplementations(ctx, groups.refs),
    // drawn last, so the rows above are the same as before salaries were generated
    default_salaries: buildDefaultSalaries(ctx),
  };
}
