/** Which spreadsheet column feeds which register field: automatic from usual headers, or given. */
import { DomainError } from '@shared/contract/errors';
import { MAPPING_TARGETS, type ColumnMapping, type ImportField, type MappingTarget } from '@shared/contract/register-import';
import { caseKey, foldKey } from './normalize';

/** Usual Swedish and English headers per field; compared case-, space- and diacritic-insensitively. */
export const HEADER_WORDS: Readonly<Record<ImportField, readonly string[]>> = {
  name: ['Namn', 'Fullständigt namn', 'Person', 'Personnamn', 'Name', 'Full name'],
  firstName: ['Förnamn', 'First name', 'Given name'],
  lastName: ['Efternamn', 'Last name', 'Surname', 'Family name'],
  email: ['E-post', 'Epost', 'E-postadress', 'Mejl', 'Mejladress', 'Mail', 'Email', 'E-mail', 'E-mail address'],
  phone: ['Telefon', 'Telefonnummer', 'Tel', 'Mobil', 'Mobilnummer', 'Phone', 'Telephone', 'Mobile'],
  organisation: ['Arbetsplats', 'Organisation', 'Enhet', 'Förvaltning', 'Workplace', 'Organization', 'Unit'],
  organisationType: [
    'Organisationstyp',
    'Arbetsplatstyp',
    'Typ av arbetsplats',
    'Organisation type',
    'Organization type',
    'Workplace type',
  ],
  profession: ['Yrke', 'Yrkesroll', 'Profession', 'Befattning', 'Titel', 'Title', 'Occupation'],
  region: ['Region', 'Län', 'Landsting', 'Regionkod', 'County', 'Region code'],
  group: ['Grupp', 'Forum', 'Grupp/forum', 'Forum/grupp', 'Gruppnamn', 'Group', 'Group name'],
  groupType: ['Grupptyp', 'Typ av grupp', 'Typ', 'Group type', 'Type'],
  role: ['Roll', 'Uppdrag', 'Funktion', 'Role', 'Assignment'],
  startDate: ['Från', 'Start', 'Startdatum', 'Fr.o.m.', 'F.o.m.', 'Från och med', 'From', 'Start date'],
  endDate: ['Till', 'Slut', 'Slutdatum', 'T.o.m.', 'Till och med', 'To', 'End', 'End date'],
  allocation: ['Andel', 'Tjänstgöringsgrad', 'Omfattning', 'Tidsandel', 'Sysselsättningsgrad', 'Allocation', 'Share'],
  gender: ['Kön', 'Gender', 'Sex'],
  status: ['Status', 'Beslutsstatus'],
  notes: ['Anteckning', 'Anteckningar', 'Kommentar', 'Kommentarer', 'Noteringar', 'Notes', 'Note', 'Comment', 'Comments'],
};

const FIELD_BY_KEY: ReadonlyMap<string, ImportField> = new Map(
  (Object.entries(HEADER_WORDS) as [ImportField, readonly string[]][]).flatMap(([field, words]) =>
    words.map((w) => [foldKey(w), field] as const),
  ),
);

/** The field a header is usually meant for, or null. */
export function fieldForHeader(header: string): ImportField | null {
  return FIELD_BY_KEY.get(foldKey(header)) ?? null;
}

/** Finds the file's column a given mapping names: exact header first, then case- and space-insensitively. */
function columnOf(headers: readonly string[], name: string): number {
  const exact = headers.indexOf(name);
  return exact >= 0 ? exact : headers.findIndex((h) => caseKey(h) === caseKey(name));
}

/**
 * One entry per column. Given entries win; a field given for one column is taken from an automatic
 * match elsewhere; each field feeds from at most one column (the first that claims it).
 */
export function resolveMapping(headers: readonly string[], given: Readonly<Record<string, MappingTarget>> = {}): ColumnMapping[] {
  const targets = new Map<number, MappingTarget>();
  for (const [name, target] of Object.entries(given)) {
    const index = columnOf(headers, name);
    if (index < 0)
      throw new DomainError(
        'VALIDATION',
        `The mapping names a column "${name}" that the file does not have (columns: ${headers.join(', ')})`,
      );
    targets.set(index, target);
  }
  const claimed = new Set<ImportField>([...targets.values()].filter((t): t is ImportField => t !== 'ignore'));
  return headers.map((header, index) => {
    const target = targets.get(index);
    if (target !== undefined) return { header, field: target === 'ignore' ? null : target, source: 'given' as const };
    const auto = fieldForHeader(header);
    if (auto === null || claimed.has(auto)) return { header, field: null, source: 'none' as const };
    claimed.add(auto);
    return { header, field: auto, source: 'auto' as const };
  });
}

/** Without a name there is nothing to import: the file is refused as a whole. */
export function assertNameColumn(mapping: readonly ColumnMapping[]): void {
  const fields = new Set(mapping.map((m) => m.field));
  if (fields.has('name') || fields.has('firstName') || fields.has('lastName')) return;
  const headers = mapping.map((m) => m.header).join(', ') || '(none)';
  throw new DomainError('VALIDATION', `No name column found (expected Namn, Förnamn + Efternamn or Name; the columns are: ${headers})`);
}

/** Parses the CLI's `--map "Namn=name,Forum=group"` into header → field pairs. */
export function parseMapSpec(spec: string): Record<string, MappingTarget> {
  const result: Record<string, MappingTarget> = {};
  for (const part of spec
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '')) {
    const at = part.lastIndexOf('=');
    const header = part.slice(0, at).trim();
    const field = part.slice(at + 1).trim();
    if (at <= 0 || header === '') throw new DomainError('VALIDATION', `--map expects HEADER=field pairs, got "${part}"`);
    if (!(MAPPING_TARGETS as readonly string[]).includes(field)) {
      throw new DomainError('VALIDATION', `Unknown field "${field}" in --map (fields: ${MAPPING_TARGETS.join(', ')})`);
    }
    result[header] = field as MappingTarget;
  }
  return result;
}
