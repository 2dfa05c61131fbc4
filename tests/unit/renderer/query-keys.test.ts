import { describe, expect, it } from 'vitest';
import { hashKey } from '@tanstack/react-query';
import { MIGRATIONS } from '../../../src/main/db/migrations';
import { domainOfTable } from '../../../src/main/services/data-changes';
import { invalidateChanged } from '../../../src/renderer/src/api/changes';
import { appErrorOf, ChannelError, channelKey, channelOfKey, createQueryClient } from '../../../src/renderer/src/api/query';
import { CHANNEL_NAMES } from '../../../src/shared/contract/channels';
import { affectedDomains, channelDomain, DOMAINS } from '../../../src/shared/contract/domains';

describe('query keys', () => {
  it('are the channel and its input: equal inputs share one entry, any other input has its own', () => {
    const a = channelKey('persons:search', { query: 'an', regionCode: null, includeEnded: false, limit: 100, offset: 0 });
    const same = channelKey('persons:search', { offset: 0, limit: 100, includeEnded: false, regionCode: null, query: 'an' });
    const nextPage = channelKey('persons:search', { query: 'an', regionCode: null, includeEnded: false, limit: 100, offset: 100 });
    expect(hashKey(a)).toBe(hashKey(same));
    expect(hashKey(a)).not.toBe(hashKey(nextPage));
    expect(hashKey(channelKey('groups:get', { id: 'x' }))).not.toBe(hashKey(channelKey('persons:get', { id: 'x' })));
    expect(channelOfKey(a)).toBe('persons:search');
    expect(channelOfKey([42])).toBeNull();
  });

  it('carry a refusal as the AppError ErrorAlert words', () => {
    const refusal = { code: 'CONFLICT' as const, message: 'stale', detail: { key: 'record.stale' as const, params: {} } };
    expect(appErrorOf(new ChannelError(refusal))).toBe(refusal);
    expect(appErrorOf(null)).toBeNull();
    expect(appErrorOf(new Error('boom'))).toEqual({ code: 'INTERNAL', message: 'boom' });
  });

  it('invalidate only the queries of the affected domains', async () => {
    const client = createQueryClient();
    client.setQueryData(channelKey('persons:get', { id: 'p' }), { name: 'Anna' });
    client.setQueryData(channelKey('backups:list', {}), []);
    client.setQueryData(channelKey('rules:list', {}), { warnings: [] });
    await invalidateChanged(client, { domains: ['register'], everything: false });
    expect(client.getQueryState(channelKey('persons:get', { id: 'p' }))?.isInvalidated).toBe(true);
    expect(client.getQueryState(channelKey('rules:list', {}))?.isInvalidated).toBe(true);
    expect(client.getQueryState(channelKey('backups:list', {}))?.isInvalidated).toBe(false);
    await invalidateChanged(client, { domains: [], everything: true });
    expect(client.getQueryState(channelKey('backups:list', {}))?.isInvalidated).toBe(true);
  });
});

describe('the domain map', () => {
  it('gives every channel a domain', () => {
    for (const channel of CHANNEL_NAMES) expect(DOMAINS, channel).toContain(channelDomain(channel));
  });

  it('gives every table the change log follows a domain', () => {
    // every migration's triggers: 0011's list and the tables added since (0015, 0017, 0018)
    const followed = MIGRATIONS.flatMap((m) => m.statements).flatMap(
      (statement) => /CREATE TRIGGER (\w+)_change_log_insert/.exec(statement)?.[1] ?? [],
    );
    expect(followed.length).toBeGreaterThan(20);
    expect(followed).toEqual(expect.arrayContaining(['exchange_pickups', 'cost_region_actuals', 'nomination_candidates']));
    for (const table of followed) expect(domainOfTable(table), table).not.toBeNull();
    expect(domainOfTable('no_such_table')).toBeNull();
  });

  it('reaches the views that read a domain, and not the others', () => {
    const register = affectedDomains(['register']);
    for (const reader of ['register', 'warnings', 'planning', 'costs', 'app', 'audit'] as const)
      expect(register.has(reader), reader).toBe(true);
    expect(register.has('durability')).toBe(false);
    expect(affectedDomains(['costs']).has('register')).toBe(false);
    expect(affectedDomains(['settings']).size).toBe(DOMAINS.length);
  });
});
