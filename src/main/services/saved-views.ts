import { channels, type ChannelInput, type ChannelOutput } from '@shared/contract/channels';
import type { ServiceContext } from '../lib/context';
import { isoDay } from '@shared/calendar';

/** The national views whose first answer after a start may come from the last shutdown (read-model/saved-answers.ts). */
export type SavedViewChannel = 'capacity:grid' | 'cost-report:year';

/**
 * The view's answer: the one saved at the last shutdown when nothing changed since (same change-log
 * sequence, app version and day), else `compute()`. A saved answer is checked against the channel's
 * output schema, so one of another shape is computed again instead.
 */
export function answerSaved<C extends SavedViewChannel>(
  ctx: ServiceContext,
  channel: C,
  input: ChannelInput<C>,
  compute: () => Promise<ChannelOutput<C>>,
): Promise<ChannelOutput<C>> {
  const schema = channels[channel].output;
  return ctx.readModel.savedAnswers.answer({
    key: JSON.stringify([channel, input]),
    day: isoDay(ctx.now()),
    parse: (json) => {
      const parsed = schema.safeParse(json);
      return parsed.success ? (parsed.data as ChannelOutput<C>) : null;
    },
    compute,
  });
}
