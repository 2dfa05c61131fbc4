import type { z } from 'zod';
import { appChannels } from './app';
import { durabilityChannels } from './backups';
import { budgetActualChannels } from './budget-actuals';
import { costChannels } from './costs';
import { exchangeChannels } from './exchange';
import { jobChannels } from './jobs';
import { nominationChannels } from './nominations';
import { packageChannels } from './packages';
import { planningChannels } from './planning';
import { populationChannels } from './populations';
import { privacyChannels } from './privacy';
import { referenceChannels } from './reference';
import { registerChannels } from './register';
import { registerImportChannels } from './register-import';
import { registerInsightChannels } from './register-insights';
import { undoChannels } from './undo';
import type { Result } from './errors';

/** The one IPC contract: every channel `domain:verb` with strict zod input and output schemas. */
export const channels = {
  ...appChannels,
  ...referenceChannels,
  ...registerChannels,
  ...registerImportChannels,
  ...registerInsightChannels,
  ...planningChannels,
  ...costChannels,
  ...budgetActualChannels,
  ...populationChannels,
  ...packageChannels,
  ...exchangeChannels,
  ...jobChannels,
  ...durabilityChannels,
  ...privacyChannels,
  ...undoChannels,
  ...nominationChannels,
} as const;

export type Channels = typeof channels;
export type Channel = keyof Channels;
export type ChannelInput<C extends Channel> = z.input<Channels[C]['input']>;
export type ChannelOutput<C extends Channel> = z.output<Channels[C]['output']>;

export const CHANNEL_NAMES = Object.keys(channels) as Channel[];

export function isChannel(name: unknown): name is Channel {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(channels, name);
}

/** What the preload exposes as `window.api`: exactly one function per channel. */
export type SamplanApi = { [C in Channel]: (input: ChannelInput<C>) => Promise<Result<ChannelOutput<C>>> };
