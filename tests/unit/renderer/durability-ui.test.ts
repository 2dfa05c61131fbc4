import { describe, expect, it } from 'vitest';
import { hrefFor, locationFromHash, sectionOf } from '../../../src/renderer/src/router';
import { formatBytes } from '../../../src/renderer/src/views/durability/format';

describe('backups and audit log in the renderer', () => {
  it('have their own Swedish hash routes', () => {
    expect(hrefFor('backups')).toBe('#/sakerhetskopior');
    expect(hrefFor('auditLog')).toBe('#/granskningslogg');
    expect(locationFromHash('#/sakerhetskopior')).toEqual({ route: 'backups', id: null });
    expect(locationFromHash('#/granskningslogg')).toEqual({ route: 'auditLog', id: null });
    expect(sectionOf('backups')).toBe('backups');
  });

  it('show backup sizes in B, kB and MB', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1023)).toMatch(/^1\s?023 B$/);
    expect(formatBytes(1024)).toBe('1 kB');
    expect(formatBytes(614_400)).toBe('600 kB');
    expect(formatBytes(3.45 * 1024 * 1024)).toBe('3,5 MB');
  });
});
