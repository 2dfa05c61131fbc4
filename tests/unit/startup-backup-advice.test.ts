import { describe, expect, it } from 'vitest';
import { DatabaseOpenError } from '../../src/main/db/errors';
import { describeStartupFailure } from '../../src/main/electron/startup';

describe('start-up dialog for a damaged database', () => {
  it('names the newest verified backup and how to restore it', () => {
    const backups = [
      {
        id: 'samplan-2026-11-23T08-00-00-000Z-startup.db',
        path: '/x',
        reason: 'startup' as const,
        createdAt: '2026-11-23T08:00:00.000Z',
        sizeBytes: 1,
      },
      {
        id: 'samplan-2026-11-22T08-00-00-000Z-daily.db',
        path: '/y',
        reason: 'daily' as const,
        createdAt: '2026-11-22T08:00:00.000Z',
        sizeBytes: 1,
      },
    ];
    const { content } = describeStartupFailure(new DatabaseOpenError('DAMAGED', 'The database file cannot be read (x).', backups));
    expect(content).toContain('samplan-2026-11-23T08-00-00-000Z-startup.db (2 finns)');
    expect(content).toContain('npm run cli -- restore samplan-2026-11-23T08-00-00-000Z-startup.db');
    expect(content).toContain('The database file cannot be read (x).');
  });

  it('says nothing about backups when there are none', () => {
    expect(describeStartupFailure(new DatabaseOpenError('DAMAGED', 'r')).content).not.toContain('säkerhetskopia:');
  });
});
