/**
 * The invoice basis (fakturaunderlag) of one paying region from one host (a healthcare region) for a
 * year: only the region's shares of the host's hostings, with the parties, a reference, the key of each
 * hosting and the instalments. Money is integer öre; the lines and the instalments add up to the total.
 */
import { z } from 'zod';
import { ALLOCATION_KEY_KINDS } from '../../domain/enums';
import { INSTALMENT_PLANS } from '../../domain/costs/instalments';
import { healthcareRegionCodeSchema, languageSchema, regionCodeSchema, uuidSchema, yearSchema } from '../common';

const int = z.number().int();

export const invoiceInputSchema = z.strictObject({
  regionCode: regionCodeSchema,
  hostHealthcareRegionCode: healthcareRegionCodeSchema,
  year: yearSchema,
  instalments: z.enum(INSTALMENT_PLANS).default('quarterly'),
  /** A locked budget of the year to invoice from; null: the latest locked budget, or the current plan when none is locked. */
  budgetId: uuidSchema.nullable().default(null),
});
export type InvoiceInput = z.output<typeof invoiceInputSchema>;

export const invoiceExportInputSchema = z.strictObject({
  ...invoiceInputSchema.shape,
  language: languageSchema.default('sv'),
});
export type InvoiceExportInput = z.output<typeof invoiceExportInputSchema>;

export const invoicePartySchema = z.strictObject({
  code: z.string(),
  name: z.string(),
  /** null when unknown: shown as missing, never invented. */
  organisationNumber: z.string().nullable(),
});
export type InvoiceParty = z.infer<typeof invoicePartySchema>;

export const invoiceLineSchema = z.strictObject({
  hostingId: z.string(),
  hosting: z.string(),
  /** What the host invoices for the hosting in total (the sum of all regions' shares). */
  hostingInvoicedOre: int,
  amountOre: int,
  keyName: z.string(),
  /** The healthcare region's default key (its name is not meant for readers). */
  keyIsDefault: z.boolean(),
  keyKind: z.enum(ALLOCATION_KEY_KINDS),
  /** The population year of the key (31 December), null for keys without populations. */
  populationYear: int.nullable(),
  weights: z.array(
    z.strictObject({
      regionCode: z.string(),
      regionName: z.string(),
      /** Exact fraction of the region's weight. */
      weight: z.string(),
      weightPercent: z.number(),
      population: int.nullable(),
      shareOre: int,
    }),
  ),
});
export type InvoiceLine = z.infer<typeof invoiceLineSchema>;

export const invoiceNoteSchema = z.strictObject({
  code: z.enum(['PO_ASSUMED', 'POPULATION_FALLBACK', 'NO_LINES', 'NO_BUDGET', 'SENDER_NUMBER_MISSING', 'RECIPIENT_NUMBER_MISSING']),
  hosting: z.string().nullable(),
  year: int,
  usedYear: int.nullable(),
  /** POPULATION_FALLBACK: the names of the member regions that lack the wanted population date (else empty). */
  regions: z.array(z.string()),
});
export type InvoiceNote = z.infer<typeof invoiceNoteSchema>;

export const invoiceBasisSchema = z.strictObject({
  reference: z.string(),
  year: int,
  period: z.strictObject({ from: z.string(), to: z.string() }),
  sender: invoicePartySchema,
  recipient: invoicePartySchema,
  lines: z.array(invoiceLineSchema),
  totalOre: int,
  instalmentPlan: z.enum(INSTALMENT_PLANS),
  instalments: z.array(z.strictObject({ number: int, period: z.string(), from: z.string(), to: z.string(), amountOre: int })),
  budget: z
    .strictObject({ id: z.string(), name: z.string(), revision: int, sha256: z.string(), lockedAt: z.string(), intact: z.boolean() })
    .nullable(),
  notes: z.array(invoiceNoteSchema),
});
export type InvoiceBasis = z.infer<typeof invoiceBasisSchema>;

export const organisationNumberRowSchema = z.strictObject({
  code: z.string(),
  name: z.string(),
  kind: z.enum(['REGION', 'HEALTHCARE_REGION']),
  organisationNumber: z.string().nullable(),
  source: z.enum(['REFERENCE', 'SETTING']).nullable(),
});
export type OrganisationNumberRow = z.infer<typeof organisationNumberRowSchema>;

/** A Swedish organisation number, NNNNNN-NNNN; null removes the entered number (the shipped one applies again). */
export const organisationNumberSetSchema = z.strictObject({
  code: z.string().regex(/^(\d{2}|[A-Z_]{2,40})$/),
  organisationNumber: z
    .string()
    .regex(/^\d{6}-\d{4}$/, 'ett organisationsnummer skrivs NNNNNN-NNNN')
    .nullable(),
});
