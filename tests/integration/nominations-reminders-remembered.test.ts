import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StartedApp } from '../../src/main/services/bootstrap';
import { getNominationReminders } from '../../src/main/services/nominations/nomination-reminders';
import { nominationRequest, startRegionApp, type Api } from '../helpers/setup';

/**
 * `nominations:reminders` is asked by the start page on every visit: the answer is remembered on the
 * read model while the change log's sequence and the day are the same, and computed anew after a write
 * of a nomination (or any register record) and on a new day.
 */
let app: StartedApp;
let api: Api;
let now = new Date('2026-11-23T10:00:00.000Z');

beforeEach(async () => {
  now = new Date('2026-11-23T10:00:00.000Z');
  ({ app, api } = await startRegionApp({ now: () => now }));
});
afterEach(() => app.opened.close());

const input = { horizonDays: 90, dueSoonDays: 14 };

async function request(dueDate: string) {
  const [group] = await api.ok('groups:list', { type: 'NPO', level: null, query: 'Psykisk hälsa' });
  return api.ok('nominations:create-request', nominationRequest(group!.id, { dueDate }));
}

describe('nomination reminders on the read model', () => {
  it('answers from memory while nothing changed, and anew after a nomination write and on another day', async () => {
    await request('2026-12-01');
    const first = await getNominationReminders(app.ctx, input);
    expect(first.map((r) => [r.kind, r.days])).toEqual([['REQUEST_DUE_SOON', 8]]);
    // unchanged database, same day, same question: the remembered answer itself
    expect(await getNominationReminders(app.ctx, input)).toBe(first);
    // another question is computed, not taken from the first
    expect(await getNominationReminders(app.ctx, { ...input, dueSoonDays: 3 })).toEqual([]);

    const second = await request('2026-11-30');
    const fresh = await getNominationReminders(app.ctx, input);
    expect(fresh).not.toBe(first);
    expect(fresh.map((r) => [r.requestId, r.days])).toEqual([
      [second.request.id, 7],
      [expect.any(String), 8],
    ]);
    // through the channel, as the start page asks
    expect((await api.ok('nominations:reminders', {})).map((r) => r.days)).toEqual([7, 8]);

    // the next day: the days count down though nothing was written
    now = new Date('2026-11-24T10:00:00.000Z');
    expect((await getNominationReminders(app.ctx, input)).map((r) => r.days)).toEqual([6, 7]);
  });
});
