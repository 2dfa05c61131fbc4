/**
 * Label strings of the cost exports (xlsx, PDF, CSV), Swedish by default and English on request. Words
 * the year-plan reports already have (total, region, created, group types) come from `labels.ts`.
 */
import type { Language } from '@shared/contract/common';
import type { PAYEE_KINDS } from '@shared/contract/cost/reports';
import { formatKronor, parseFraction, roundHalfAwayFromZero, toSafeNumber } from '@shared/domain/costs';
import type { AllocationKeyKind, HostingStatus, RoundingUnit } from '@shared/domain/enums';
import { reportWords, type ReportWords } from './labels';

type CostWords = {
  title: string;
  plan: string;
  scenario: string;
  summary: string;
  hostings: string;
  hosting: string;
  host: string;
  status: string;
  period: string;
  open: string;
  item: string;
  kind: string;
  share: string;
  monthlySalary: string;
  defaultSalary: string;
  cost: string;
  split: string;
  key: string;
  population: string;
  populationYear: string;
  weight: string;
  exactWeight: string;
  rounding: string;
  roundedTotal: string;
  sumOfShares: string;
  invoicedTotal: string;
  roundingDifference: string;
  /** The POPULATION_FALLBACK warning worded from its params. */
  invoiceBasis: string;
  invoiceSheet: string;
  payee: string;
  category: string;
  amount: string;
  regions: string;
  regionCode: string;
  hostingShares: string;
  representation: string;
  contributions: string;
  po: string;
  warnings: string;
  noHostings: string;
  kinds: Record<'STAFFED_ROLE' | 'FIXED_AMOUNT', string>;
  statuses: Record<HostingStatus, string>;
  keyKinds: Record<AllocationKeyKind, string>;
  units: Record<RoundingUnit, string>;
  payees: Record<(typeof PAYEE_KINDS)[number], string>;
};

const SV: CostWords = {
  title: 'Värdskapskostnader och finansiering',
  plan: 'Gällande plan',
  scenario: 'Scenario',
  summary: 'Sammanfattning',
  hostings: 'Värdskap',
  hosting: 'Värdskap',
  host: 'Värd',
  status: 'Status',
  period: 'Period',
  open: 'tills vidare',
  item: 'Kostnadspost',
  kind: 'Typ',
  share: 'Andel',
  monthlySalary: 'Månadslön',
  defaultSalary: 'schablonlön',
  cost: 'Kostnad',
  split: 'Fördelning',
  key: 'Fördelningsnyckel',
  population: 'Folkmängd',
  populationYear: 'Per 31 dec',
  weight: 'Vikt',
  exactWeight: 'Vikt (exakt bråk)',
  rounding: 'Avrundning',
  roundedTotal: 'Avrundad summa',
  sumOfShares: 'Summa andelar',
  invoicedTotal: 'Fakturerat (summa av andelarna)',
  roundingDifference: 'Avrundningsdifferens (fakturerat − kostnad)',
  invoiceBasis: 'Intern kostnadsrapport',
  invoiceSheet: 'Intern kostnadsrapport',
  payee: 'Mottagare',
  category: 'Kategori',
  amount: 'Belopp',
  regions: 'Regioner',
  regionCode: 'Regionkod',
  hostingShares: 'Värdskapsandelar',
  representation: 'Egna företrädare',
  contributions: 'Fasta bidrag',
  po: 'PO-pålägg',
  warnings: 'Att kontrollera',
  noHostings: 'Inga värdskap detta år.',
  kinds: { STAFFED_ROLE: 'Bemannad roll', FIXED_AMOUNT: 'Fast belopp' },
  statuses: { ACTIVE: 'Aktivt', DORMANT: 'Vilande' },
  keyKinds: { POPULATION: 'Befolkning', EQUAL: 'Lika delar', FIXED_VARIABLE: 'Fast och rörlig del', CUSTOM: 'Egna procentsatser' },
  units: { ORE: 'öre', KRONA: 'hel krona', HUNDRED_KRONOR: 'hundratal kronor' },
  payees: { HOSTING: 'Värdskap', OWN_STAFF: 'Egna företrädares tid', CONTRIBUTION: 'Fast bidrag' },
};

const EN: CostWords = {
  title: 'Hosting costs and finance',
  plan: 'Current plan',
  scenario: 'Scenario',
  summary: 'Summary',
  hostings: 'Hostings',
  hosting: 'Hosting',
  host: 'Host',
  status: 'Status',
  period: 'Period',
  open: 'open',
  item: 'Cost item',
  kind: 'Kind',
  share: 'Share',
  monthlySalary: 'Monthly salary',
  defaultSalary: 'default salary',
  cost: 'Cost',
  split: 'Split',
  key: 'Allocation key',
  population: 'Population',
  populationYear: 'As of 31 Dec',
  weight: 'Weight',
  exactWeight: 'Weight (exact fraction)',
  rounding: 'Rounding',
  roundedTotal: 'Rounded total',
  sumOfShares: 'Sum of shares',
  invoicedTotal: 'Invoiced (sum of the shares)',
  roundingDifference: 'Rounding difference (invoiced − cost)',
  invoiceBasis: 'Internal cost report',
  invoiceSheet: 'Internal cost report',
  payee: 'Payee',
  category: 'Category',
  amount: 'Amount',
  regions: 'Regions',
  regionCode: 'Region code',
  hostingShares: 'Hosting shares',
  representation: 'Own representatives',
  contributions: 'Fixed contributions',
  po: 'Personnel overhead',
  warnings: 'To check',
  noHostings: 'No hostings this year.',
  kinds: { STAFFED_ROLE: 'Staffed role', FIXED_AMOUNT: 'Fixed amount' },
  statuses: { ACTIVE: 'Active', DORMANT: 'Dormant' },
  keyKinds: { POPULATION: 'Population', EQUAL: 'Equal shares', FIXED_VARIABLE: 'Fixed and variable part', CUSTOM: 'Custom percentages' },
  units: { ORE: 'öre', KRONA: 'whole krona', HUNDRED_KRONOR: 'hundreds of kronor' },
  payees: { HOSTING: 'Hosting', OWN_STAFF: "Own representatives' time", CONTRIBUTION: 'Fixed contribution' },
};

export type CostReportWords = CostWords & {
  common: ReportWords;
  language: Language;
  /** A host (healthcare region) by its name, as the views show it; the code only when the name is unknown. */
  hostName: (code: string) => string;
};

export function costWords(language: Language, hostNames: Readonly<Record<string, string>> = {}): CostReportWords {
  return { ...(language === 'en' ? EN : SV), common: reportWords(language), language, hostName: (code) => hostNames[code] ?? code };
}

/** An amount in öre for print: `1 234 567,50 kr` in Swedish, `SEK 1,234,567.50` in English. */
export function money(ore: number, language: Language): string {
  const sv = formatKronor(ore, { ore: 'always' });
  if (language === 'sv') return sv;
  return `SEK ${formatKronor(ore, { ore: 'always', unit: false })
    .replaceAll('\u00A0', ',')
    .replace(/,(\d{2})$/, '.$1')}`;
}

/** Basis points as a percentage with two decimals: 1 000 → `10,00 %`. */
export function percent(bp: number, language: Language): string {
  const text = `${Math.trunc(bp / 100)}${language === 'sv' ? ',' : '.'}${String(Math.abs(bp % 100)).padStart(2, '0')}`;
  return `${bp < 0 && bp > -100 ? '-' : ''}${text}\u00A0%`;
}

/** An exact amount (`"n"` or `"n/d"` öre) rounded to whole öre for display, by the cost model's rounding rule. */
export function roundedOre(fraction: string): number {
  return toSafeNumber(roundHalfAwayFromZero(parseFraction(fraction)));
}
