import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { validated } from '../../src/main/cli/command';
import { CliError } from '../../src/main/cli/errors';
import { budgetCompareInputSchema } from '../../src/shared/contract/cost/actuals';
import { exchangeSendInputSchema } from '../../src/shared/contract/exchange';
import { capacityGridInputSchema } from '../../src/shared/contract/planning';

/** The one line a CLI user reads when `validated` refuses `value`. */
async function refusal(schema: z.ZodType, value: unknown, flags: Record<string, string> = {}): Promise<string> {
  try {
    await validated(async () => schema, value, 'kommando [--json]', flags);
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    return (error as Error).message;
  }
  throw new Error('the value was accepted');
}

/** zod's English defaults and the contract's field names must never reach the user. */
const LEAKS = /Invalid|expected|received|Too (small|big)|Unrecognized|fromId|toId|recipient|monthCount|regionCode/;

describe('CLI validation refusals', () => {
  it('names the flag and keeps the schema’s own Swedish wording (budget compare --from x)', async () => {
    const line = await refusal(budgetCompareInputSchema, { fromId: 'x', toId: '2026:1' }, { fromId: '--from', toId: '--to' });
    expect(line).toBe('--from: ett id eller år:revision, t.ex. 2026:1 (användning: kommando [--json])');
  });

  it('lists the allowed values of an option in Swedish (exchange send --scope)', async () => {
    const line = await refusal(exchangeSendInputSchema, { recipient: null, scope: 'nationell', full: false }, { recipient: '--to' });
    expect(line).toBe('--scope tar own, healthcare-region, hosting (användning: kommando [--json])');
  });

  it('words missing values, bounds and unknown fields in Swedish with the flag', async () => {
    const schema = z.strictObject({ healthcareRegionCode: z.string(), days: z.number().int().min(1).max(365), name: z.string().min(2) });
    expect(await refusal(schema, { days: 3, name: 'ab' }, { healthcareRegionCode: '--healthcare-region' })).toMatch(
      /^--healthcare-region saknas /,
    );
    expect(await refusal(schema, { healthcareRegionCode: 'X', days: 0, name: 'ab' })).toMatch(/^--days ska vara minst 1 /);
    expect(await refusal(schema, { healthcareRegionCode: 'X', days: 400, name: 'ab' })).toMatch(/^--days ska vara högst 365 /);
    expect(await refusal(schema, { healthcareRegionCode: 'X', days: 3, name: 'a' })).toMatch(/^--name ska vara minst 2 tecken /);
    expect(await refusal(schema, { healthcareRegionCode: 'X', days: 3, name: 'ab', extra: 1 })).toMatch(/^okända fält i indata: extra /);
    const rules = z.strictObject({ rules: z.array(z.strictObject({ account: z.string().regex(/^\d+$/) })) });
    expect(await refusal(rules, { rules: [{ account: '1' }, { account: 'x' }] }, { rules: '--rule' })).toMatch(
      /^--rule nr 2 har ett ogiltigt värde /,
    );
  });

  it('never shows an English zod message or a contract field name', async () => {
    const cases: [z.ZodType, unknown, Record<string, string>][] = [
      [budgetCompareInputSchema, { fromId: 'x', toId: 'y' }, { fromId: '--from', toId: '--to' }],
      [exchangeSendInputSchema, { recipient: 5, scope: 'own', full: false }, { recipient: '--to' }],
      [
        capacityGridInputSchema,
        { from: '2026-01', monthCount: 99, regionCode: null, limit: 200 },
        { monthCount: '--to', regionCode: '--region' },
      ],
    ];
    for (const [schema, value, flags] of cases) expect(await refusal(schema, value, flags)).not.toMatch(LEAKS);
  });
});
