/** Which spreadsheet column feeds which register field: automatic from usual headers, or given. */
import { refusal } from '@shared/contract/errors';
import { MAPPING_TARGETS, type ColumnMapping, type ImportField, type MappingTarget } from '@shared/contract/register-import';
import { caseKey, foldKey } from './normalize';

/** Usual Swedish and English headers per field; compared folded (case, spaces, punctuation and diacritics do not count). */
export const HEADER_WORDS: Readonly<Record<ImportField, readonly string[]>> = {
  name: ['Namn', 'Fullständigt namn', 'Person', 'Personnamn', 'Representant', 'Name', 'Full name'],
  firstName: ['Förnamn', 'Tilltalsnamn', 'First name', 'Given name'],
  lastName: ['Efternamn', 'Last name', 'Surname', 'Family name'],
  email: ['E-post', 'Epost', 'E-postadress', 'Mejl', 'Mejladress', 'Mail', 'Email', 'E-mail', 'E-mail address'],
  phone: ['Telefon', 'Telefonnummer', 'Tel', 'Mobil', 'Mobilnummer', 'Phone', 'Telephone', 'Mobile'],
  organisation: [
    'Arbetsplats',
    'Organisation',
    'Enhet',
    'Förvaltning',
    'Verksamhet',
    'Klinik',
    'Sjukhus',
    'Arbetsgivare',
    'Workplace',
    'Organization',
    'Unit',
  ],
  organisationType: [
    'Organisationstyp',
    'Arbetsplatstyp',
    'Typ av arbetsplats',
    'Organisation type',
    'Organization type',
    'Workplace type',
  ],
  profession: ['Yrke', 'Yrkesroll', 'Yrkeskategori', 'Profession', 'Befattning', 'Titel', 'Title', 'Occupation'],
  region: ['Region', 'Län', 'Landsting', 'Regionkod', 'County', 'Region code'],
  group: ['Grupp', 'Forum', 'Grupp/forum', 'Forum/grupp', 'Gruppnamn', 'Programområde', 'Samverkansgrupp', 'Group', 'Group name'],
  groupType: ['Grupptyp', 'Typ av grupp', 'Typ', 'Group type', 'Type'],
  role: ['Roll', 'Uppdrag', 'Uppdragsroll', 'Funktion', 'Role', 'Assignment'],
  startDate: [
    'Från',
    'Start',
    'Startdatum',
    'Fr.o.m.',
    'F.o.m.',
    'Från och med',
    'Fr.o.m. datum',
    'Giltig från',
    'Tillträde',
    'Tillträdesdatum',
    'From',
    'Start date',
  ],
  endDate: ['Till', 'Slut', 'Slutdatum', 'T.o.m.', 'Till och med', 'T.o.m. datum', 'Giltig till', 'To', 'End', 'End date'],
  allocation: [
    'Andel',
    'Andel av heltid',
    'Andel (%)',
    'Procent',
    'Tjänstgöringsgrad',
    'Omfattning',
    'Tidsandel',
    'Sysselsättningsgrad',
    'Arbetstid',
    'Allocation',
    'Share',
    'Percent',
  ],
  seat: ['Plats', 'Säte', 'Sjukvårdsregion', 'Seat'],
  gender: ['Kön', 'Gender', 'Sex'],
  status: ['Status', 'Beslutsstatus'],
  notes: ['Anteckning', 'Anteckningar', 'Kommentar', 'Kommentarer', 'Noteringar', 'Notes', 'Note', 'Comment', 'Comments'],
};

const HEADER_KEYS: readonly { key: string; field: ImportField }[] = (Object.entries(HEADER_WORDS) as [ImportField, readonly string[]][])
  .flatMap(([field, words]) => words.map((w) => ({ key: foldKey(w), field })))
  .filter((entry) => entry.key !== '');

const FIELD_BY_KEY: ReadonlyMap<string, ImportField> = new Map(HEADER_KEYS.map((e) => [e.key, e.field] as const));

/** Words at least this long are also found inside a longer header ("Andel av heltid i procent", "Uppdragets startdatum"). */
const MIN_CONTAINED = 4;

/**
 * The field a header is usually meant for, or null: a usual header exactly (folded), else the longest usual
 * header of four or more letters the header contains ("Procentuell andel av heltid" → allocation).
 */
export function fieldForHeader(header: string): ImportField | null {
  return headerMatch(header)?.field ?? null;
}

function headerMatch(header: string): { field: ImportField; exact: boolean } | null {
  const key = foldKey(header);
  if (key === '') return null;
  const exact = FIELD_BY_KEY.get(key);
  if (exact !== undefined) return { field: exact, exact: true };
  let best: { key: string; field: ImportField } | null = null;
  for (const entry of HEADER_KEYS) {
    if (entry.key.length >= MIN_CONTAINED && key.includes(entry.key) && (best === null || entry.key.length > best.key.length)) best = entry;
  }
  return best === null ? null : { field: best.field, exact: false };
}

/** Finds the file's column a given mapping names: exact header first, then case- and space-insensitively. */
function columnOf(headers: readonly string[], name: string): number {
  const exact = headers.indexOf(name);
  return exact >= 0 ? exact : headers.findIndex((h) => caseKey(h) === caseKey(name));
}

/**
 * One entry per column. Given entries win; a field given for one column is taken from an automatic
 * match elsewhere; each field feeds from at most one column: exact header matches claim first, then
 * headers that contain a usual header, each in column order.
 */
export function resolveMapping(headers: readonly string[], given: Readonly<Record<string, MappingTarget>> = {}): ColumnMapping[] {
  const targets = new Map<number, MappingTarget>();
  for (const [name, target] of Object.entries(given)) {
    const index = columnOf(headers, name);
    if (index < 0) throw refusal('VALIDATION', 'registerImport.unknownColumn', { name, headers: headers.join(', ') });
    targets.set(index, target);
  }
  const claimed = new Set<ImportField>([...targets.values()].filter((t): t is ImportField => t !== 'ignore'));
  const matches = headers.map((header, index) => (targets.has(index) ? null : headerMatch(header)));
  const auto = new Map<number, ImportField>();
  for (const pass of [true, false]) {
    matches.forEach((match, index) => {
      if (match === null || match.exact !== pass || claimed.has(match.field)) return;
      claimed.add(match.field);
      auto.set(index, match.field);
    });
  }
  return headers.map((header, index) => {
    const target = targets.get(index);
    if (target !== undefined) return { header, field: target === 'ignore' ? null : target, source: 'given' as const };
    const field = auto.get(index);
    return field === undefined ? { header, field: null, source: 'none' as const } : { header, field, source: 'auto' as const };
  });
}

export function hasNameColumn(mapping: readonly ColumnMapping[]): boolean {
  const fields = new Set(mapping.map((m) => m.field));
  return fields.has('name') || fields.has('firstName') || fields.has('lastName');
}

/** A sheet worth importing: its headers name a name column (a cover sheet does not). */
export function hasNameHeaders(grid: { headers: readonly string[] }): boolean {
  return hasNameColumn(resolveMapping(grid.headers));
}

/** Without a name there is nothing to import: the file is refused as a whole. */
export function assertNameColumn(mapping: readonly ColumnMapping[]): void {
  if (hasNameColumn(mapping)) return;
  const headers = mapping.map((m) => m.header).join(', ') || '(inga)';
  throw refusal('VALIDATION', 'registerImport.noNameColumn', { headers });
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
    if (at <= 0 || header === '') throw refusal('VALIDATION', 'registerImport.mapPair', { part });
    if (!(MAPPING_TARGETS as readonly string[]).includes(field)) {
      throw refusal('VALIDATION', 'registerImport.mapField', { field, fields: MAPPING_TARGETS.join(', ') });
    }
    result[header] = field as MappingTarget;
  }
  return result;
}
