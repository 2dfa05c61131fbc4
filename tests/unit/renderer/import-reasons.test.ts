import { describe, expect, it } from 'vitest';
import { IMPORT_REASON_CODES, type ImportReason, type ImportReasonCode } from '../../../src/shared/contract/register-import';
import { reasonText } from '../../../src/renderer/src/views/import/import-reasons';
import { translator } from './translator';

/** One reason of every code with the parameters main sends (the Record makes a new code fail to compile here). */
const SAMPLES: Record<ImportReasonCode, ImportReason['params'][]> = {
  nameMissing: [{}],
  tooLong: [{ field: 'phone', max: 40 }],
  badEmail: [{ value: 'olle@' }],
  unknownRegion: [{ value: 'Atlantis' }],
  unknownWord: [{ field: 'role', value: 'kaffekokare' }],
  detailsWithoutGroup: [{}],
  startMissing: [{}],
  badDate: [{ value: '1/3/2027' }],
  noSuchDate: [{ value: '2025-02-30' }],
  endBeforeStart: [{ start: '2025-06-01', end: '2025-01-01' }],
  badShare: [{ value: 'abc' }],
  shareOutOfRange: [{ value: '150 %' }],
  endedNeedsEnd: [{}],
  ambiguousPerson: [
    { count: 2, by: 'email' },
    { count: 2, by: 'nameOrganisation' },
  ],
  ambiguousGroup: [{ count: 2, value: 'Levnadsvanor' }],
  unknownGroup: [{ value: 'RPT Fot' }],
  unknownNationalGroup: [{ value: 'NPO Akutvårdd' }, { value: 'NPO Akutvårdd', suggestion: 'NPO Akut vård' }],
  personInRow: [{ row: 3 }],
  sameAsRow: [{ row: 3 }],
  personExists: [{}],
  readOnlyAssignment: [{ owner: '22' }],
  unknownSeat: [{ value: 'Mellersta' }],
  seatTaken: [{ value: 'NORRA' }],
  changes: [{ endDate: '', allocationBp: 1000, status: 'DECIDED' }],
};

const CODES = new Set(['field', 'by', 'status']);

describe('import reasons in the renderer', () => {
  it.each(['sv', 'en'] as const)('words every reason code in %s, with its values and no key or placeholder left', async (language) => {
    const { t } = await translator(language);
    for (const code of IMPORT_REASON_CODES) {
      for (const params of SAMPLES[code]) {
        const text = reasonText({ code, params }, t);
        expect(text, code).not.toMatch(/import\.\w|importField\.|\{\{|\bundefined\b/);
        for (const [key, value] of Object.entries(params)) {
          if (CODES.has(key)) continue; // codes (field, by, status) are worded, never shown as sent
          if (typeof value === 'string' && value.length > 2) expect(text, code).toContain(value);
        }
      }
    }
  });

  it('reads like the issue asks: a bad date and a bad share in Swedish, a national group suggested', async () => {
    const { t } = await translator('sv');
    expect(reasonText({ code: 'badDate', params: { value: '1/3/2027' } }, t)).toBe(
      'Datumet ”1/3/2027” kan inte läsas – skriv det som 2025-01-01.',
    );
    expect(reasonText({ code: 'badShare', params: { value: 'abc' } }, t)).toMatch(/^Andelen ”abc” kan inte läsas/);
    expect(reasonText({ code: 'unknownNationalGroup', params: { value: 'NPO Akutvårdd', suggestion: 'NPO Akut vård' } }, t)).toBe(
      'Okänd nationell grupp ”NPO Akutvårdd”. Menade du NPO Akut vård?',
    );
    expect(reasonText({ code: 'unknownWord', params: { field: 'role', value: 'kaffekokare' } }, t)).toBe(
      '”kaffekokare” kan inte läsas som roll.',
    );
  });
});
