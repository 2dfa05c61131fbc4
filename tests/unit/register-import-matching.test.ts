import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldForHeader, resolveMapping } from '../../src/main/domain/register-import/headers';
import { GroupIndex, groupLabel, splitGroupName } from '../../src/main/domain/register-import/match';
import { SeatIndex, type SeatRef } from '../../src/main/domain/register-import/seats';
import { formatBasisPoints, parsePercentage } from '../../src/main/domain/register-import/values';
import { editDistance } from '../../src/shared/text/distance';

describe('headers by synonyms and containment', () => {
  it.each([
    ['Andel av heltid', 'allocation'],
    ['Andel (%)', 'allocation'],
    ['Procent', 'allocation'],
    ['Omfattning', 'allocation'],
    ['Tjänstgöringsgrad', 'allocation'],
    ['TJÄNSTGÖRINGSGRAD', 'allocation'],
    ['Sysselsättningsgrad', 'allocation'],
    ['Andel av heltid i procent', 'allocation'],
    ['Startdatum', 'startDate'],
    ['Fr.o.m.', 'startDate'],
    ['Fr o m', 'startDate'],
    ['Uppdragets startdatum', 'startDate'],
    ['T.o.m.', 'endDate'],
    ['Tom', 'endDate'],
    ['Befattning', 'profession'],
    ['Arbetsplats', 'organisation'],
    ['Förvaltning', 'organisation'],
    ['Förvaltning/enhet', 'organisation'],
    ['Plats', 'seat'],
    ['Sjukvårdsregion', 'seat'],
    ['E-postadress (arbete)', 'email'],
  ])('%j → %s', (header, field) => {
    expect(fieldForHeader(header)).toBe(field);
  });

  it('does not guess from short words inside longer headers', () => {
    expect(fieldForHeader('Typkod')).toBeNull();
    expect(fieldForHeader('Id')).toBeNull();
  });

  it('lets an exact header claim its field before a header that only contains a usual word', () => {
    const mapping = resolveMapping(['Personnummer', 'Namn', 'Andel av heltid i procent', 'Andel']);
    expect(mapping.map((m) => m.field)).toEqual([null, 'name', null, 'allocation']);
  });
});

describe('shares arrive exactly', () => {
  it.each([
    ['10 %', 1000],
    ['0,25', 2500],
    ['25%', 2500],
    ['25', 2500],
    ['12,5 %', 1250],
    ['35.000000000000004%', 3500],
  ])('%j → %i bp', (text, bp) => {
    expect(parsePercentage(text)).toEqual({ ok: true, value: bp });
  });

  it.each([['abc'], ['10 % %'], ['tio'], ['1/4']])('refuses %j with a code naming the value', (text) => {
    expect(parsePercentage(text)).toEqual({ ok: false, reason: { code: 'badShare', params: { value: text } } });
  });

  it('reads back every share it writes: whole and half percents, as "n %", "n%", "n" and a fraction', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), (halves) => {
        const bp = halves * 50;
        const percent = String(bp / 100);
        expect(parsePercentage(formatBasisPoints(bp))).toEqual({ ok: true, value: bp });
        expect(parsePercentage(`${percent}%`)).toEqual({ ok: true, value: bp });
        if (bp > 100) expect(parsePercentage(percent.replace('.', ','))).toEqual({ ok: true, value: bp });
        if (bp < 10_000) expect(parsePercentage(String(bp / 10_000))).toEqual({ ok: true, value: bp });
      }),
    );
  });
});

describe('edit distance', () => {
  it('counts insertions, deletions and substitutions, and stops past the limit', () => {
    expect(editDistance('akutvard', 'akutvard')).toBe(0);
    expect(editDistance('akutvard', 'akutvrd')).toBe(1);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('kitten', 'sitting', 2)).toBe(3);
    expect(editDistance('a', 'abcdef', 2)).toBe(3);
  });

  it('is symmetric and never more than the longer length', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), fc.string({ maxLength: 12 }), (a, b) => {
        const d = editDistance(a, b);
        expect(editDistance(b, a)).toBe(d);
        expect(d).toBeLessThanOrEqual(Math.max(a.length, b.length));
      }),
    );
  });
});

describe('group names matched forgivingly', () => {
  const index = new GroupIndex();
  const groups = [
    { id: 'akut', name: 'Akut vård', type: 'NPO' },
    { id: 'psyk', name: 'Psykisk hälsa', type: 'NPO' },
    { id: 'hjarta', name: 'Hjärt- och kärlsjukdomar', type: 'NPO' },
    { id: 'stroke', name: 'RPT Stroke', type: 'RPT' },
    { id: 'lev-npo', name: 'Levnadsvanor', type: 'NPO' },
    { id: 'lev-rpo', name: 'Levnadsvanor', type: 'RPO' },
  ] as const;
  for (const g of groups) index.add({ ref: { kind: 'existing', id: g.id }, name: g.name, type: g.type, own: false });
  const found = (name: string, hint: 'NPO' | 'RPO' | null = null) => {
    const match = index.match(name, hint);
    return match.kind === 'found' && match.value.ref.kind === 'existing' ? match.value.ref.id : match.kind;
  };

  it.each([
    ['Akut vård', 'akut'],
    ['akut VÅRD', 'akut'],
    ['NPO Akutvård', 'akut'],
    ['NPO Akut-vård', 'akut'],
    ['Nationellt programområde akut vård', 'akut'],
    ['Nationellt programområde för akut vård', 'akut'],
    ['NPO Akut vrd', 'akut'],
    ['NPO Psykisk hälssa', 'psyk'],
    ['Psyksk halsa', 'psyk'],
    ['NPO Hjärt och kärlsjukdomar', 'hjarta'],
    ['rpt stroke', 'stroke'],
    ['Stroke', 'stroke'],
    ['NPO Levnadsvanor', 'lev-npo'],
    ['Regionalt programområde Levnadsvanor', 'lev-rpo'],
  ])('%j → %s', (name, id) => {
    expect(found(name)).toBe(id);
  });

  it('leaves a name two typos off a short name, a wrong prefix and an ambiguous name unmatched', () => {
    expect(found('Akt vrd')).toBe('none');
    expect(found('RPT Akut vård')).toBe('none');
    expect(found('Levnadsvanor')).toBe('ambiguous');
    expect(found('Levnadsvanor', 'RPO')).toBe('lev-rpo');
  });

  it('suggests the national group a far-off name probably means, with its prefix', () => {
    const suggestion = index.suggest('NPO Akutvårdsfrågor');
    expect(suggestion && groupLabel(suggestion)).toBe('NPO Akut vård');
    expect(index.suggest('NPO Tandvård')).toBeNull();
    expect(splitGroupName('Nationella programområdet för psykisk hälsa')).toEqual({ type: 'NPO', key: 'psykiskhalsa' });
  });
});

describe('seats', () => {
  const seat = (id: string, place: string, ordinal = 1): SeatRef => ({
    id,
    groupId: 'g',
    healthcareRegionCode: place,
    regionCode: null,
    ordinal,
  });
  const places = {
    healthcareRegionsOf: new Map([
      ['23', ['NORRA']],
      ['13', ['SODRA', 'VASTRA']],
    ]),
    placeNames: new Map([
      ['NORRA', ['Norra sjukvårdsregionen', 'Norra']],
      ['SODRA', ['Södra sjukvårdsregionen', 'Södra']],
    ]),
  };
  const period = { startDate: '2026-01-01', endDate: null };

  it("takes the free seat of the person's healthcare region, and not twice", () => {
    const seats = new SeatIndex([seat('n1', 'NORRA'), seat('s1', 'SODRA')], [], places);
    expect(seats.choose('g', 'MEMBER', '23', period, null)).toMatchObject({ kind: 'seat', seat: { id: 'n1' }, label: 'NORRA' });
    expect(seats.choose('g', 'MEMBER', '23', period, null)).toEqual({ kind: 'none' });
    expect(seats.choose('g', 'CO_OPTED', '13', period, null)).toEqual({ kind: 'none' });
    expect(seats.choose('g', 'MEMBER', '13', period, null)).toMatchObject({ seat: { id: 's1' } });
  });

  it('reads a region seat by its code, alone or numbered', () => {
    const regional = (id: string, ordinal: number): SeatRef => ({
      id,
      groupId: 'g',
      healthcareRegionCode: null,
      regionCode: '23',
      ordinal,
    });
    const seats = new SeatIndex([regional('r1', 1), regional('r2', 2)], [], places);
    expect(seats.choose('g', 'MEMBER', null, period, '23 2')).toMatchObject({ seat: { id: 'r2' }, label: '23 2' });
    expect(seats.choose('g', 'MEMBER', null, period, '23')).toMatchObject({ seat: { id: 'r1' } });
  });

  it('counts a holder only for the days held, and takes the seat a Plats column names', () => {
    const held = [{ seatId: 'n1', startDate: '2024-01-01', endDate: '2025-12-31' }];
    const seats = new SeatIndex([seat('n1', 'NORRA', 1), seat('n2', 'NORRA', 2)], held, places);
    expect(seats.choose('g', 'MEMBER', null, period, 'Norra 2')).toMatchObject({ seat: { id: 'n2' }, label: 'NORRA 2' });
    expect(seats.choose('g', 'CHAIR', null, period, 'norra sjukvårdsregionen')).toMatchObject({ seat: { id: 'n1' } });
    expect(seats.choose('g', 'MEMBER', null, period, 'Norra')).toEqual({
      kind: 'rejected',
      reason: { code: 'seatTaken', params: { value: 'Norra' } },
    });
    expect(seats.choose('g', 'MEMBER', null, period, 'Mellersta')).toEqual({
      kind: 'rejected',
      reason: { code: 'unknownSeat', params: { value: 'Mellersta' } },
    });
  });
});
