import { DomainError } from '../../src/shared/contract/errors';
import { wordMessage } from '../../src/shared/messages';
import { describe, expect, it } from 'vitest';
import {
  assertNameColumn,
  fieldForHeader,
  HEADER_WORDS,
  parseMapSpec,
  resolveMapping,
} from '../../src/main/domain/register-import/headers';
import { foldKey } from '../../src/main/domain/register-import/normalize';
import { buildGrid, decodeText, detectDelimiter, sniffFormat } from '../../src/main/domain/register-import/text';

/** The Swedish sentence of the refusal `work` throws (the user reads the key's wording, not the English message). */
function swedishRefusal(work: () => unknown): string {
  try {
    work();
  } catch (error) {
    if (error instanceof DomainError) return wordMessage('sv', error.detail.key, error.detail.params);
    throw error;
  }
  throw new Error('no refusal');
}

describe('automatic column mapping', () => {
  it.each([
    ['Namn', 'name'],
    [' NAMN ', 'name'],
    ['Fullständigt namn', 'name'],
    ['fullstandigt  namn', 'name'],
    ['Name', 'name'],
    ['Förnamn', 'firstName'],
    ['First name', 'firstName'],
    ['Efternamn', 'lastName'],
    ['Last name', 'lastName'],
    ['E-post', 'email'],
    ['Epost', 'email'],
    ['Mejl', 'email'],
    ['Email', 'email'],
    ['E-mail', 'email'],
    ['Telefon', 'phone'],
    ['Phone', 'phone'],
    ['Arbetsplats', 'organisation'],
    ['Organisation', 'organisation'],
    ['Enhet', 'organisation'],
    ['Workplace', 'organisation'],
    ['Organization', 'organisation'],
    ['Yrke', 'profession'],
    ['Befattning', 'profession'],
    ['Region', 'region'],
    ['Län', 'region'],
    ['Landsting', 'region'],
    ['Grupp', 'group'],
    ['Forum', 'group'],
    ['Grupp/forum', 'group'],
    ['Group', 'group'],
    ['Roll', 'role'],
    ['Uppdrag', 'role'],
    ['Role', 'role'],
    ['Från', 'startDate'],
    ['Start', 'startDate'],
    ['Startdatum', 'startDate'],
    ['From', 'startDate'],
    ['Start date', 'startDate'],
    ['Till', 'endDate'],
    ['Slut', 'endDate'],
    ['Slutdatum', 'endDate'],
    ['To', 'endDate'],
    ['End date', 'endDate'],
    ['Andel', 'allocation'],
    ['Tjänstgöringsgrad', 'allocation'],
    ['Omfattning', 'allocation'],
    ['Allocation', 'allocation'],
    ['Share', 'allocation'],
    ['Kön', 'gender'],
    ['Gender', 'gender'],
    ['Status', 'status'],
    ['Anteckning', 'notes'],
    ['Kommentar', 'notes'],
    ['Notes', 'notes'],
  ])('%j → %s', (header, field) => {
    expect(fieldForHeader(header)).toBe(field);
  });

  it('leaves unknown headers unmapped and no header word belongs to two fields', () => {
    expect(fieldForHeader('Skostorlek')).toBeNull();
    const fieldsByKey = new Map<string, Set<string>>();
    for (const [field, words] of Object.entries(HEADER_WORDS)) {
      for (const key of words.map(foldKey)) fieldsByKey.set(key, new Set([...(fieldsByKey.get(key) ?? []), field]));
    }
    expect([...fieldsByKey].filter(([, fields]) => fields.size > 1)).toEqual([]);
  });

  it('maps each field from the first column only, and given entries win', () => {
    const auto = resolveMapping(['Namn', 'Name', 'Forum', 'Okänt']);
    expect(auto).toEqual([
      { header: 'Namn', field: 'name', source: 'auto' },
      { header: 'Name', field: null, source: 'none' },
      { header: 'Forum', field: 'group', source: 'auto' },
      { header: 'Okänt', field: null, source: 'none' },
    ]);
    const given = resolveMapping(['Namn', 'Forum', 'Okänt'], { okänt: 'group', Forum: 'ignore' });
    expect(given.map((m) => [m.field, m.source])).toEqual([
      ['name', 'auto'],
      [null, 'given'],
      ['group', 'given'],
    ]);
    expect(swedishRefusal(() => resolveMapping(['Namn'], { Forum: 'group' }))).toMatch(/som filen inte har/);
  });

  it('needs a name column', () => {
    expect(() => assertNameColumn(resolveMapping(['Förnamn', 'Efternamn']))).not.toThrow();
    expect(swedishRefusal(() => assertNameColumn(resolveMapping(['Grupp', 'Roll'])))).toMatch(/Ingen namnkolumn hittades/);
  });

  it('parses --map specifications', () => {
    expect(parseMapSpec('Namn=name, Forum=group,Kod=ignore')).toEqual({ Namn: 'name', Forum: 'group', Kod: 'ignore' });
    expect(parseMapSpec('A=B=name')).toEqual({ 'A=B': 'name' });
    expect(swedishRefusal(() => parseMapSpec('Namn=nombre'))).toMatch(/Okänt fält ”nombre”/);
    expect(swedishRefusal(() => parseMapSpec('Namn'))).toMatch(/RUBRIK=fält/);
  });
});

describe('text files', () => {
  const bytes = (values: number[]) => Uint8Array.from(values);

  it('recognises workbooks by content and refuses what it cannot read', () => {
    expect(sniffFormat('a.xlsx', bytes([0x50, 0x4b, 0x03, 0x04]))).toBe('xlsx');
    expect(sniffFormat('renamed.csv', bytes([0x50, 0x4b, 0x03, 0x04]))).toBe('xlsx');
    expect(sniffFormat('a.csv', bytes([0x41]))).toBe('csv');
    expect(sniffFormat('a.txt', bytes([0x41]))).toBe('csv');
    expect(swedishRefusal(() => sniffFormat('a.xls', bytes([0xd0, 0xcf, 0x11, 0xe0])))).toMatch(/gammal \.xls-fil/);
    expect(swedishRefusal(() => sniffFormat('a.xlsx', bytes([0x41])))).toMatch(/ingen giltig \.xlsx-arbetsbok/);
    expect(swedishRefusal(() => sniffFormat('a.pdf', bytes([0x25])))).toMatch(/bara \.xlsx- och \.csv-filer/);
    expect(swedishRefusal(() => sniffFormat('a.csv', bytes([])))).toMatch(/är tom/);
  });

  it('decodes UTF-8 with and without BOM, UTF-16 and falls back to Windows-1252', () => {
    const utf8 = new TextEncoder().encode('Förnamn;Åsa');
    expect(decodeText('a.csv', utf8)).toEqual({ text: 'Förnamn;Åsa', encoding: 'utf-8' });
    expect(decodeText('a.csv', Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8])).text).toBe('Förnamn;Åsa');
    expect(decodeText('a.csv', Uint8Array.from([0x46, 0xf6, 0x72, 0x3b, 0xc5, 0x80]))).toEqual({
      text: 'För;Å€',
      encoding: 'windows-1252',
    });
    expect(decodeText('a.csv', Uint8Array.from([0x96, 0x20, 0x92, 0x93, 0x94, 0x85, 0x81])).text).toBe('– ’“”…\u0081');
    expect(decodeText('a.csv', Uint8Array.from([0xff, 0xfe, 0x41, 0x00, 0xe5, 0x00])).text).toBe('Aå');
    expect(swedishRefusal(() => decodeText('a.csv', Uint8Array.from([0x41, 0x00, 0x42])))).toMatch(/varken en textfil eller ett kalkylark/);
  });

  it('detects ; , or tab from the header line, ignoring quoted delimiters', () => {
    expect(detectDelimiter('Namn;E-post;Grupp\nA,B;c;d')).toBe(';');
    expect(detectDelimiter('\n\nName,Email,Group')).toBe(',');
    expect(detectDelimiter('"Namn, fullt";E-post')).toBe(';');
    expect(detectDelimiter('Namn\tE-post')).toBe('\t');
    expect(detectDelimiter('Namn')).toBe(',');
  });

  it('takes the first non-blank record as the header and drops blank rows', () => {
    const grid = buildGrid('a.csv', [
      { row: 1, cells: ['', ''] },
      { row: 2, cells: ['Namn', 'Grupp', ''] },
      { row: 3, cells: ['A', 'B'] },
      { row: 4, cells: [' ', ''] },
      { row: 5, cells: ['C', ''] },
    ]);
    expect(grid).toEqual({
      headers: ['Namn', 'Grupp'],
      rows: [
        { row: 3, cells: ['A', 'B'] },
        { row: 5, cells: ['C', ''] },
      ],
    });
    expect(swedishRefusal(() => buildGrid('a.csv', [{ row: 1, cells: [''] }]))).toMatch(/har inga rader/);
  });
});
