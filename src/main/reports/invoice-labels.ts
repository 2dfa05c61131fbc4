/** Words of the invoice basis (fakturaunderlag) exports, Swedish first and English on request. */
import type { Language } from '@shared/contract/common';
import type { InvoiceNote } from '@shared/contract/cost/invoice';
import type { InstalmentPlan } from '@shared/domain/costs';
import type { AllocationKeyKind } from '@shared/domain/enums';

export type InvoiceWords = {
  language: Language;
  title: string;
  sheetLines: string;
  sheetKeys: string;
  reference: string;
  period: string;
  sender: string;
  recipient: string;
  organisationNumber: string;
  missingNumber: string;
  basis: string;
  plan: string;
  budget: (name: string, revision: number, lockedAt: string) => string;
  checksum: string;
  hosting: string;
  key: string;
  populationDate: string;
  share: string;
  hostingInvoiced: string;
  amount: string;
  total: string;
  region: string;
  population: string;
  sumOfShares: string;
  keyOf: (hosting: string) => string;
  keyText: (name: string | null, kind: AllocationKeyKind, year: number | null) => string;
  toInvoice: string;
  sum: string;
  parties: (sender: string, recipient: string, year: number) => string;
  instalments: (plan: InstalmentPlan) => string;
  number: string;
  from: string;
  to: string;
  instalmentRule: string;
  notesHeading: string;
  note: (n: InvoiceNote) => string;
  noLines: string;
  page: (n: number, of: number) => string;
  created: string;
  scope: string;
};

const SV_KINDS: Record<AllocationKeyKind, string> = {
  POPULATION: 'efter befolkning',
  EQUAL: 'lika delar',
  FIXED_VARIABLE: 'fast + rörlig del',
  CUSTOM: 'egen fördelning',
};
const EN_KINDS: Record<AllocationKeyKind, string> = {
  POPULATION: 'by population',
  EQUAL: 'equal shares',
  FIXED_VARIABLE: 'fixed + variable part',
  CUSTOM: 'custom shares',
};

const SV: InvoiceWords = {
  language: 'sv',
  title: 'Fakturaunderlag',
  sheetLines: 'Fakturaunderlag',
  sheetKeys: 'Fördelningsnycklar',
  reference: 'Referens',
  period: 'Period',
  sender: 'Avsändare (värd)',
  recipient: 'Mottagare (betalande region)',
  organisationNumber: 'Organisationsnummer',
  missingNumber: 'saknas – ange under Kostnadsparametrar',
  basis: 'Underlag',
  plan: 'Gällande plan (ingen låst budget för året)',
  budget: (name, revision, lockedAt) => `Låst budget ”${name}”, version ${revision}, låst ${lockedAt.slice(0, 10)}`,
  checksum: 'Kontrollsumma (SHA-256)',
  hosting: 'Värdskap',
  key: 'Fördelningsnyckel',
  populationDate: 'Befolkning per',
  share: 'Andel',
  hostingInvoiced: 'Värdskapet totalt',
  amount: 'Belopp',
  total: 'Att fakturera totalt',
  region: 'Region',
  population: 'Befolkning',
  sumOfShares: 'Summa andelar',
  keyOf: (hosting) => `Fördelningsnyckel: ${hosting}`,
  keyText: (name, kind, year) =>
    `${name ?? 'Standardnyckel'}: ${SV_KINDS[kind]}${year === null ? '' : `${kind === 'POPULATION' ? '' : ', befolkning'} per 31 december ${year}`}`,
  toInvoice: 'Att fakturera',
  sum: 'Summa',
  parties: (sender, recipient, year) => `Från ${sender} till ${recipient}, ${year}.`,
  instalments: (plan) => `Delbetalningar (${{ yearly: 'helår', 'half-yearly': 'halvår', quarterly: 'kvartal', monthly: 'månad' }[plan]})`,
  number: 'Nr',
  from: 'Från',
  to: 'Till',
  instalmentRule:
    'Delbetalningarna summerar exakt till totalen: varje period får totalen delad med antalet perioder i hela öre, och de öre som blir över läggs på de första perioderna (största rest).',
  notesHeading: 'Att kontrollera',
  note: (n) => {
    if (n.code === 'PO_ASSUMED') return `${n.hosting ?? ''}: PO-pålägg för ${n.year} saknas; ${n.usedYear ?? ''} års pålägg används.`;
    if (n.code === 'POPULATION_FALLBACK')
      return `${n.hosting ?? ''}: befolkningen 31 december ${n.year} saknas för ${n.regions.join(', ')}; hela nyckeln använder 31 december ${n.usedYear ?? ''}.`;
    if (n.code === 'NO_LINES') return `Regionen har ingen andel i värdens värdskap ${n.year}.`;
    if (n.code === 'SENDER_NUMBER_MISSING')
      return 'Avsändarens organisationsnummer saknas – ange det under Kostnadsparametrar innan underlaget skickas.';
    if (n.code === 'RECIPIENT_NUMBER_MISSING')
      return 'Mottagarens organisationsnummer saknas – ange det under Kostnadsparametrar innan underlaget skickas.';
    return `Ingen låst budget för ${n.year}: beloppen kommer från gällande plan och kan ändras till dess budgeten låses.`;
  },
  noLines: 'Inga värdskap att fakturera.',
  page: (n, of) => `Sida ${n} av ${of}`,
  created: 'Skapad',
  scope: 'Endast det värden fakturerar regionen (andelar av värdskap). Regionens egen arbetstid redovisas i en separat intern rapport.',
};

const EN: InvoiceWords = {
  language: 'en',
  title: 'Invoice basis',
  sheetLines: 'Invoice basis',
  sheetKeys: 'Allocation keys',
  reference: 'Reference',
  period: 'Period',
  sender: 'Sender (host)',
  recipient: 'Recipient (paying region)',
  organisationNumber: 'Organisation number',
  missingNumber: 'missing – enter it under Cost parameters',
  basis: 'Basis',
  plan: 'Current plan (no locked budget for the year)',
  budget: (name, revision, lockedAt) => `Locked budget “${name}”, revision ${revision}, locked ${lockedAt.slice(0, 10)}`,
  checksum: 'Checksum (SHA-256)',
  hosting: 'Hosting',
  key: 'Allocation key',
  populationDate: 'Population as of',
  share: 'Share',
  hostingInvoiced: 'Hosting in total',
  amount: 'Amount',
  total: 'Total to invoice',
  region: 'Region',
  population: 'Population',
  sumOfShares: 'Sum of shares',
  keyOf: (hosting) => `Allocation key: ${hosting}`,
  keyText: (name, kind, year) =>
    `${name ?? 'Default key'}: ${EN_KINDS[kind]}${year === null ? '' : `${kind === 'POPULATION' ? '' : ', population'} as of 31 December ${year}`}`,
  toInvoice: 'To invoice',
  sum: 'Sum',
  parties: (sender, recipient, year) => `From ${sender} to ${recipient}, ${year}.`,
  instalments: (plan) =>
    `Instalments (${{ yearly: 'yearly', 'half-yearly': 'half-yearly', quarterly: 'quarterly', monthly: 'monthly' }[plan]})`,
  number: 'No.',
  from: 'From',
  to: 'To',
  instalmentRule:
    'The instalments add up to the total exactly: each period gets the total divided by the number of periods in whole öre, and the öre left over go to the first periods (largest remainder).',
  notesHeading: 'To check',
  note: (n) => {
    if (n.code === 'PO_ASSUMED') return `${n.hosting ?? ''}: PO surcharge for ${n.year} is missing; that of ${n.usedYear ?? ''} is used.`;
    if (n.code === 'POPULATION_FALLBACK')
      return `${n.hosting ?? ''}: the population of 31 December ${n.year} is missing for ${n.regions.join(', ')}; the whole key uses 31 December ${n.usedYear ?? ''}.`;
    if (n.code === 'NO_LINES') return `The region has no share in the host's hostings in ${n.year}.`;
    if (n.code === 'SENDER_NUMBER_MISSING')
      return "The sender's organisation number is missing – enter it under Cost parameters before sending the basis.";
    if (n.code === 'RECIPIENT_NUMBER_MISSING')
      return "The recipient's organisation number is missing – enter it under Cost parameters before sending the basis.";
    return `No locked budget for ${n.year}: the amounts come from the current plan and may change until the budget is locked.`;
  },
  noLines: 'No hostings to invoice.',
  page: (n, of) => `Page ${n} of ${of}`,
  created: 'Created',
  scope: "Only what the host invoices the region (shares of hostings). The region's own staff time is in a separate internal report.",
};

export function invoiceWords(language: Language): InvoiceWords {
  return language === 'en' ? EN : SV;
}

/** The organisation number or the Swedish/English "missing – enter it under Cost parameters". */
export function partyNumber(organisationNumber: string | null, w: InvoiceWords): string {
  return organisationNumber ?? w.missingNumber;
}
