/**
 * Rolling the plan forward (#15.6): "Kopiera till nästa år" copies a hosting's cost items, or a region's
 * fixed contributions, from one year to the next with an optional index. Amounts (fixed amounts, stated
 * salaries, contributions) are multiplied by the index and rounded once to whole öre.
 */
import { z } from 'zod';
import { regionCodeSchema, uuidSchema, yearSchema } from '../common';

const int = z.number().int();

export const copyYearInputSchema = z.strictObject({
  /** What to copy: one hosting's cost items, or one region's fixed contributions. */
  target: z.discriminatedUnion('kind', [
    z.strictObject({ kind: z.literal('HOSTING'), hostingId: uuidSchema }),
    z.strictObject({ kind: z.literal('CONTRIBUTIONS'), regionCode: regionCodeSchema }),
  ]),
  fromYear: yearSchema,
  /** The index of the next year against the copied one: 10 300 = +3 %; 10 000 = unchanged. */
  indexBp: int.min(5_000).max(20_000).default(10_000),
  /** REFUSE: refuse when the next year already has entries; SKIP: copy only those not there yet (same label). */
  existing: z.enum(['REFUSE', 'SKIP']).default('REFUSE'),
});
export type CopyYearInput = z.input<typeof copyYearInputSchema>;

export const copyYearResultSchema = z.strictObject({
  fromYear: int,
  toYear: int,
  indexBp: int,
  /** The labels copied and the labels skipped because the next year already has them. */
  copied: z.array(z.strictObject({ label: z.string(), amountOre: int.nullable() })),
  skipped: z.array(z.string()),
});
export type CopyYearResult = z.infer<typeof copyYearResultSchema>;
