/**
 * The import's reasons in Swedish for the CLI's text output (the renderer words the same codes from its
 * i18n files, Swedish and English). One entry per code: the compiler refuses a code without wording.
 */
import type { ImportField, ImportReason, ImportReasonCode } from '@shared/contract/register-import';
import { formatBasisPoints } from './values';

const FIELD: Readonly<Record<ImportField, string>> = {
  name: 'namnet',
  firstName: 'förnamnet',
  lastName: 'efternamnet',
  email: 'e-postadressen',
  phone: 'telefonnumret',
  organisation: 'arbetsplatsen',
  organisationType: 'organisationstypen',
  profession: 'yrket',
  region: 'regionen',
  group: 'gruppen',
  groupType: 'grupptypen',
  role: 'rollen',
  startDate: 'startdatumet',
  endDate: 'slutdatumet',
  allocation: 'andelen',
  seat: 'platsen',
  gender: 'könet',
  status: 'statusen',
  notes: 'anteckningen',
};

type Params = ImportReason['params'];
const text = (params: Params, key: string): string => String(params[key] ?? '');
const field = (params: Params): string => FIELD[text(params, 'field') as ImportField] ?? text(params, 'field');

const WORDING: Readonly<Record<ImportReasonCode, (p: Params) => string>> = {
  nameMissing: () => 'Namn saknas.',
  tooLong: (p) => `${field(p)} är längre än ${text(p, 'max')} tecken.`.replace(/^./, (c) => c.toUpperCase()),
  badEmail: (p) => `Ogiltig e-postadress ”${text(p, 'value')}”.`,
  unknownRegion: (p) => `Okänd region ”${text(p, 'value')}”.`,
  unknownWord: (p) => `”${text(p, 'value')}” kan inte läsas som ${field(p)}.`,
  detailsWithoutGroup: () => 'Roll, datum, andel eller plats anges utan grupp.',
  startMissing: () => 'Startdatum saknas.',
  badDate: (p) => `Datumet ”${text(p, 'value')}” kan inte läsas – skriv det som 2025-01-01.`,
  noSuchDate: (p) => `Datumet ”${text(p, 'value')}” finns inte.`,
  endBeforeStart: (p) => `Slutdatumet ${text(p, 'end')} ligger före startdatumet ${text(p, 'start')}.`,
  badShare: (p) => `Andelen ”${text(p, 'value')}” kan inte läsas – skriv till exempel 10 %, 10 eller 0,1.`,
  shareOutOfRange: (p) => `Andelen ”${text(p, 'value')}” ligger utanför 0–100 %.`,
  endedNeedsEnd: () => 'Ett avslutat uppdrag behöver ett slutdatum.',
  ambiguousPerson: (p) =>
    `${text(p, 'count')} personer i registret har samma ${p.by === 'email' ? 'e-postadress' : 'namn och arbetsplats'}; lägg in personen för hand.`,
  ambiguousGroup: (p) => `${text(p, 'count')} grupper heter ”${text(p, 'value')}”; lägg till en kolumn med grupptyp.`,
  unknownGroup: (p) => `Okänd grupp ”${text(p, 'value')}” – kan skapas vid importen.`,
  unknownNationalGroup: (p) =>
    p.suggestion === undefined
      ? `Okänd nationell grupp ”${text(p, 'value')}” – nationella grupper skapas inte vid import.`
      : `Okänd nationell grupp ”${text(p, 'value')}”. Menade du ${text(p, 'suggestion')}?`,
  personInRow: (p) => `Personen finns redan på rad ${text(p, 'row')}.`,
  sameAsRow: (p) => `Samma person, grupp, roll och start som rad ${text(p, 'row')}.`,
  personExists: () => 'Personen finns redan i registret.',
  readOnlyAssignment: (p) => `Uppdraget ägs av ${text(p, 'owner')} och kan inte ändras här.`,
  unknownSeat: (p) => `Gruppen har ingen plats ”${text(p, 'value')}”.`,
  seatTaken: (p) => `Platsen ”${text(p, 'value')}” är redan besatt under perioden.`,
  changes: (p) => {
    const parts = [
      p.endDate === undefined ? null : `slutdatum (var ${text(p, 'endDate') || 'inget'})`,
      typeof p.allocationBp === 'number' ? `andel (var ${formatBasisPoints(p.allocationBp)})` : null,
      p.status === undefined ? null : 'status',
    ];
    return `Ändrar ${parts.filter((x) => x !== null).join(', ')}.`;
  },
};

/** A reason as one Swedish sentence. */
export function reasonText(reason: ImportReason): string {
  return WORDING[reason.code](reason.params);
}
