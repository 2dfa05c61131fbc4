import type { z } from 'zod';

type ChannelMap = Record<string, { input: z.ZodType; output: z.ZodType }>;

/** Handlers for one domain's channel map: a missing or mistyped handler does not compile. */
export type HandlersFor<M extends ChannelMap> = {
  [C in keyof M]: (input: z.output<M[C]['input']>) => Promise<z.output<M[C]['output']>>;
};
