import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StartedApp } from '../../src/main/services/bootstrap';
import { isMessageKey, wordMessage } from '../../src/shared/messages';
import { startRegionApp, type Api } from '../helpers/setup';

/**
 * The pathway implementation's refusals (implementationDateProblem, the owner rule, a missing status)
 * arrive as catalogue keys the renderer and CLI word in Swedish: never a bare key, never English.
 */
let app: StartedApp;
let api: Api;

beforeEach(async () => {
  ({ app, api } = await startRegionApp({ owner: '14' }));
});
afterEach(() => app.opened.close());

async function refusalOf(input: Record<string, unknown>): Promise<{ key: string; sv: string }> {
  const result = await api.raw('pathways:set-implementation', input);
  if (result.ok) throw new Error('not refused');
  const key = result.error.detail?.key ?? '';
  expect(isMessageKey(key), key).toBe(true);
  const sv = isMessageKey(key) ? wordMessage('sv', key, result.error.detail?.params) : '';
  expect(sv).not.toContain(key);
  expect(sv).not.toMatch(/\{\{/);
  return { key, sv };
}

describe('pathway implementation refusals in Swedish', () => {
  it('words dates out of order, dates without a start, another region and a status that is gone', async () => {
    const pathway = (await api.ok('pathways:list', { query: 'ALS' }))[0]!;
    const base = { carePathwayId: pathway.id, regionCode: '14' };
    expect(await refusalOf({ ...base, status: 'IN_PROGRESS', decidedOn: '2026-05-01', startedOn: '2026-02-01' })).toEqual({
      key: 'pathwayRule.datesOrder',
      sv: 'Datumen måste följa på varandra: beslutat, startat, infört.',
    });
    expect(await refusalOf({ ...base, status: 'NOT_STARTED', decidedOn: '2026-05-01' })).toEqual({
      key: 'pathwayRule.notStartedDates',
      sv: 'Ett vårdförlopp som inte har startat har inga datum.',
    });
    expect((await refusalOf({ ...base, regionCode: '23', status: 'DECIDED' })).key).toBe('pathwayRule.onlyOwn');
    const missing = '00000000-0000-4000-8000-000000000000';
    expect((await refusalOf({ ...base, carePathwayId: missing, status: 'DECIDED' })).sv).toBe('Vårdförloppet finns inte längre.');
  });
});
