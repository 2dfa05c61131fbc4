/** Inputs of channels that several tests send alike; plain data, so the E2E specs share them too. */
import type { ChannelInput } from '../../src/shared/contract/channels';

/** A regional RPT group of region 23 with two seats and nothing else known, with `changes`: the input of `groups:create`. */
export function regionalGroup(name: string, changes: Partial<ChannelInput<'groups:create'>> = {}): ChannelInput<'groups:create'> {
  return {
    name,
    type: 'RPT',
    level: 'REGIONAL',
    parentGroupId: null,
    healthcareRegionCode: null,
    regionCode: '23',
    hostHealthcareRegionCode: null,
    hostingStatus: null,
    seatCount: 2,
    description: null,
    ...changes,
  };
}
