import { z } from 'zod';
import { emptyInput } from './common';
import { exportFileSchema } from './cost/exports';
import {
  actualsImportApplySchema,
  actualsImportReportSchema,
  actualsImportSchema,
  budgetActualExportSchema,
  budgetActualInputSchema,
  budgetActualSchema,
  budgetCompareInputSchema,
  budgetCompareSchema,
  ledgerColumnsPreviewSchema,
  ledgerFileSchema,
  regionActualListSchema,
  regionActualSchema,
  regionActualSetSchema,
  savedMappingSchema,
} from './cost/actuals';

/**
 * Budget and actual outcomes per region: a region's outcomes per year and category, their import from a
 * ledger export (preview, then apply in one transaction; the applied mapping is remembered), budget vs
 * forecast vs actual per region over years, and two budget versions side by side.
 */
export const budgetActualChannels = {
  'region-actuals:list': { input: regionActualListSchema, output: z.array(regionActualSchema) },
  'region-actuals:set': { input: regionActualSetSchema, output: z.array(regionActualSchema) },
  'region-actuals:file-columns': { input: ledgerFileSchema, output: ledgerColumnsPreviewSchema },
  'region-actuals:import-preview': { input: actualsImportSchema, output: actualsImportReportSchema },
  'region-actuals:import-apply': { input: actualsImportApplySchema, output: actualsImportReportSchema },
  'region-actuals:mapping': { input: emptyInput, output: savedMappingSchema },
  'budget:versus-actual': { input: budgetActualInputSchema, output: budgetActualSchema },
  'budget:versus-actual-xlsx': { input: budgetActualExportSchema, output: exportFileSchema },
  'budget:compare': { input: budgetCompareInputSchema, output: budgetCompareSchema },
} as const;
