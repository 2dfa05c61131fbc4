import { describe, expect, it } from 'vitest';
import {
  excelSerialToIso,
  formatBasisPoints,
  parseDate,
  parseEmail,
  parsePercentage,
  parseRegion,
} from '../../src/main/domain/register-import/values';
import { foldKey, lookupWord } from '../../src/main/domain/register-import/normalize';
import {
  GENDER_WORDS,
  GROUP_TYPE_WORDS,
  labelOf,
  ORGANISATION_TYPE_WORDS,
  ROLE_WORDS,
  STATUS_WORDS,
} from '../../src/main/domain/register-import/vocabulary';
import { MEMBERSHIP_ROLES } from '../../src/shared/domain/enums';

const REGIONS = [
  { code: '01', name: 'Region Stockholm', county: 'Stockholms län' },
  { code: '06', name: 'Region Jönköpings län', county: 'Jönköpings län' },
  { code: '14', name: 'Västra Götalandsregionen', county: 'Västra Götalands län' },
  { code: '23', name: 'Region Jämtland Härjedalen', county: 'Jämtlands län' },
];

describe('parsePercentage', () => {
  it.each([
    ['10 %', 1000],
    ['10%', 1000],
    ['10,5 %', 1050],
    ['10.5%', 1050],
    ['0,1', 1000],
    ['0.1', 1000],
    ['10', 1000],
    ['1', 10000],
    ['0', 0],
    ['100 %', 10000],
    ['25', 2500],
    ['0.25', 2500],
    ['12.5%', 1250],
    ['0,105', 1050],
    ['10\u00a0%', 1000],
    [' 5 procent ', 500],
    ['1,5', 150],
  ])('%s → %i basis points', (text, bp) => {
    expect(parsePercentage(text)).toEqual({ ok: true, value: bp });
  });

  it.each([['tio procent'], ['10 %%'], ['150 %'], ['101'], ['-5 %'], [''], ['10-20 %']])('refuses %j', (text) => {
    expect(parsePercentage(text).ok).toBe(false);
  });
});

describe('parseDate', () => {
  it.each([
    ['2025-01-01', '2025-01-01'],
    ['2025-01-01 00:00', '2025-01-01'],
    ['2025-01-01T00:00:00', '2025-01-01'],
    ['2025-01-01T00:00:00.000Z', '2025-01-01'],
    ['2025-01-01 13:45:10', '2025-01-01'],
    ['2024-02-29', '2024-02-29'],
    [' 2025-1-5 ', '2025-01-05'],
    ['2025/03/01', '2025-03-01'],
    ['45658', '2025-01-01'],
    ['45292', '2024-01-01'],
    ['45658.75', '2025-01-01'],
  ])('%j → %s', (text, iso) => {
    expect(parseDate(text)).toEqual({ ok: true, value: iso });
  });

  it.each([
    ['2025-13-01', 'noSuchDate'],
    ['2023-02-29', 'noSuchDate'],
    ['20230229', 'noSuchDate'],
    ['första januari', 'badDate'],
    ['01/02/2025', 'badDate'],
    ['1/3/2027', 'badDate'],
    ['2025', 'badDate'],
    ['2025-01-01x', 'badDate'],
  ])('refuses %j as %s, naming the value', (text, code) => {
    expect(parseDate(text)).toEqual({ ok: false, reason: { code, params: { value: text } } });
  });

  it('converts Excel serials with the 1900 system', () => {
    expect(excelSerialToIso(45658)).toBe('2025-01-01');
    expect(excelSerialToIso(61)).toBe('1900-03-01');
  });
});

describe('parseRegion', () => {
  it.each([
    ['23', '23'],
    ['1', '01'],
    ['Region Jämtland Härjedalen', '23'],
    ['Jämtland Härjedalen', '23'],
    ['jamtland  harjedalen', '23'],
    ['Jämtlands län', '23'],
    ['Stockholm', '01'],
    ['Region Jönköpings län', '06'],
    ['Jönköping', '06'],
    ['Västra Götaland', '14'],
    ['VGR', '14'],
  ])('%j → %s', (text, code) => {
    expect(parseRegion(text, REGIONS)).toEqual({ ok: true, value: code });
  });

  it.each([['99'], ['Region Atlantis'], ['Norra']])('refuses %j', (text) => {
    expect(parseRegion(text, REGIONS).ok).toBe(false);
  });
});

describe('parseEmail', () => {
  it('lower-cases a valid address and refuses a broken one', () => {
    expect(parseEmail(' Asa.Oberg@RegionJH.se ')).toEqual({ ok: true, value: 'asa.oberg@regionjh.se' });
    expect(parseEmail('olle.fel@').ok).toBe(false);
    expect(parseEmail('two words@x.se').ok).toBe(false);
  });
});

describe('vocabulary', () => {
  it.each([
    ['ledamot', 'MEMBER'],
    ['Member', 'MEMBER'],
    ['ordförande', 'CHAIR'],
    ['Ordforande', 'CHAIR'],
    ['chair', 'CHAIR'],
    ['vice ordförande', 'VICE_CHAIR'],
    ['Vice-ordförande', 'VICE_CHAIR'],
    ['vice chair', 'VICE_CHAIR'],
    ['processledare', 'PROCESS_LEADER'],
    ['Process leader', 'PROCESS_LEADER'],
    ['adjungerad', 'CO_OPTED'],
    ['co-opted', 'CO_OPTED'],
    ['ersättare', 'DEPUTY'],
    ['deputy', 'DEPUTY'],
    ['sekreterare', 'SECRETARY'],
    ['patientrepresentant', 'PATIENT_REPRESENTATIVE'],
    ['Patient representative', 'PATIENT_REPRESENTATIVE'],
    ['PROCESS_LEADER', 'PROCESS_LEADER'],
  ])('role %j → %s', (text, role) => {
    expect(lookupWord(ROLE_WORDS, text)).toBe(role);
  });

  it('refuses unknown words', () => {
    expect(lookupWord(ROLE_WORDS, 'kaffekokare')).toBeNull();
    expect(lookupWord(ROLE_WORDS, '')).toBeNull();
  });

  it('reads back every label the export writes, and no word means two codes', () => {
    const tables: Readonly<Record<string, readonly string[]>>[] = [
      ROLE_WORDS,
      STATUS_WORDS,
      GENDER_WORDS,
      ORGANISATION_TYPE_WORDS,
      GROUP_TYPE_WORDS,
    ];
    for (const table of tables) {
      for (const code of Object.keys(table)) expect(lookupWord(table, labelOf(table, code))).toBe(code);
      const owners = new Map<string, string>();
      for (const [code, words] of Object.entries(table))
        for (const w of [code, ...words])
          owners.set(foldKey(w), owners.has(foldKey(w)) && owners.get(foldKey(w)) !== code ? 'CLASH' : code);
      expect([...owners.values()]).not.toContain('CLASH');
    }
    expect(MEMBERSHIP_ROLES.map((r) => labelOf(ROLE_WORDS, r))).toEqual([
      'ledamot',
      'ordförande',
      'vice ordförande',
      'processledare',
      'adjungerad',
      'ersättare',
      'sekreterare',
      'patientrepresentant',
    ]);
  });

  it('formats basis points the Swedish way', () => {
    expect(formatBasisPoints(1050)).toBe('10,5 %');
    expect(formatBasisPoints(1000)).toBe('10 %');
  });
});
