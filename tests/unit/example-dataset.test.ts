import { describe, expect, it } from 'vitest';
import { buildExampleDataset } from '../../src/main/domain/example-dataset';

const seats = Array.from({ length: 34 }, (_, i) => ({ seatId: `seat-${i}`, groupId: `group-${i}`, groupType: 'NPO' }));

const dataset = buildExampleDataset({
  vgrRegionCode: '14',
  rptByLevel2025: { HIGH: ['Stroke', 'Glaukom'], LOW: ['Glaukom', 'KOL'], CLOSED_2024: ['IBD'], UNKNOWN: ['X'] },
  sorNames: ['SOR Akut vård'],
  rpoNames: ['RPO Tandvård'],
  norraSeats: seats,
  id: (key) => `id:${key}`,
});

describe('buildExampleDataset', () => {
  it('creates one team per name even when the source lists it twice', () => {
    const rpts = dataset.groups.filter((g) => g.type === 'RPT').map((g) => g.name);
    expect(rpts).toEqual(['RPT Stroke', 'RPT Glaukom', 'RPT KOL', 'RPT IBD']);
  });
  it('gives each team its 2025 level as a dated event', () => {
    const stroke = dataset.groups.find((g) => g.name === 'RPT Stroke');
    expect(dataset.levels.find((l) => l.groupId === stroke?.id)).toMatchObject({ level: 'HIGH', effectiveDate: '2025-01-01' });
    const ibd = dataset.groups.find((g) => g.name === 'RPT IBD');
    expect(dataset.levels.find((l) => l.groupId === ibd?.id)).toMatchObject({ level: 'CLOSED', effectiveDate: '2024-12-31' });
  });
  it('fills Norra seats with fictitious people at 10 % and leaves some vacant', () => {
    expect(dataset.memberships).toHaveLength(34 - Math.floor(34 / 9));
    expect(dataset.memberships.every((m) => m.allocationBp === 1000)).toBe(true);
    expect(new Set(dataset.memberships.map((m) => m.seatId)).size).toBe(dataset.memberships.length);
    expect(dataset.persons.every((p) => p.email.endsWith('@example.org'))).toBe(true);
    expect(dataset.persons.every((p) => ['22', '23', '24', '25'].includes(p.regionCode))).toBe(true);
  });
  it('is deterministic', () => {
    const again = buildExampleDataset({
      vgrRegionCode: '14',
      rptByLevel2025: { HIGH: ['Stroke', 'Glaukom'], LOW: ['Glaukom', 'KOL'], CLOSED_2024: ['IBD'], UNKNOWN: ['X'] },
      sorNames: ['SOR Akut vård'],
      rpoNames: ['RPO Tandvård'],
      norraSeats: seats,
      id: (key) => `id:${key}`,
    });
    expect(again).toEqual(dataset);
  });
});

describe('example people', () => {
  it('have unique names and e-mails, so they do not look like duplicates of each other', () => {
    const many = buildExampleDataset({
      vgrRegionCode: '14',
      rptByLevel2025: {},
      sorNames: [],
      rpoNames: [],
      norraSeats: Array.from({ length: 120 }, (_, i) => ({ seatId: `s${i}`, groupId: `g${i}`, groupType: 'NPO' })),
      id: (key) => key,
    });
    expect(new Set(many.persons.map((p) => p.name)).size).toBe(many.persons.length);
    expect(new Set(many.persons.map((p) => p.email)).size).toBe(many.persons.length);
  });
});
