import { channels, type ChannelInput, type ChannelOutput } from '@shared/contract/channels';
import type { ServiceContext } from '../lib/context';
import { isoDay } from '@shared/calendar';

/** The national views whose first answer after a start may come from the last shutdown (read-model/saved-answers.ts). */
export type SavedViewChannel = 'capacity:grid' | 'cost-report:year';

/**
 * Whether a view's answer depends on today: the grid's placeholder rows are the seats to fill from today on;
 * a year's cost report is the same on any day (so the first start of a new day still answers from the last
 * shutdown).
 */
const DEPENDS_ON_TODAY: Readonly<Record<SavedViewChannel, boolean>> = { 'capacity:grid': true, 'cost-report:year': false };

/**
 * The view's answer: the one saved at the last shutdown when nothing changed since (same change-log
 * sequence, app version and, for a view that depends on today, day), else `compute()`. A saved answer is checked against the channel's
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
    day: DEPENDS_ON_TODAY[channel] ? isoDay(ctx.now()) : 'any day',
    parse: (json) => {
      const parsed = schema.safeParse(json);
      return parsed.success ? (parsed.data as ChannelOutput<C>) : null;
    },
    compute,
  });
}
