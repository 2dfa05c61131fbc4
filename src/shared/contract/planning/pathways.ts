import { z } from 'zod';
import { CARE_PATHWAY_STATUSES, IMPLEMENTATION_STATUSES } from '../../domain/enums';
import { healthcareRegionCodeSchema, isoDate, regionCodeSchema, uuidSchema } from '../common';

const version = z.number().int().min(1);

export const implementationSchema = z.strictObject({
  id: z.string(),
  carePathwayId: z.string(),
  regionCode: z.string(),
  status: z.enum(IMPLEMENTATION_STATUSES),
  decidedOn: z.string().nullable(),
  startedOn: z.string().nullable(),
  implementedOn: z.string().nullable(),
  /** An RPT or NAG group. */
  responsibleGroupId: z.string().nullable(),
  responsibleGroupName: z.string().nullable(),
  owner: z.string(),
  version: z.number().int(),
  readOnly: z.boolean(),
});
export type Implementation = z.infer<typeof implementationSchema>;

/**
 * Editing: pathways added here belong to the own owner (FULL). Reference pathways stay owned by
 * NATIONAL; only their national status and its date may be updated (STATUS_ONLY: version + 1, audit).
 * Pathways received from another owner are read-only (NONE).
 */
export const PATHWAY_EDIT_RIGHTS = ['FULL', 'STATUS_ONLY', 'NONE'] as const;

export const pathwaySchema = z.strictObject({
  id: z.string(),
  name: z.string(),
  nationalStatus: z.enum(CARE_PATHWAY_STATUSES),
  statusDate: z.string().nullable(),
  owner: z.string(),
  version: z.number().int(),
  isReference: z.boolean(),
  editable: z.enum(PATHWAY_EDIT_RIGHTS),
  /** Every region's recorded status, by region code. */
  implementations: z.array(implementationSchema),
});
export type Pathway = z.infer<typeof pathwaySchema>;

export const pathwaysListInputSchema = z.strictObject({
  query: z.string().trim().max(200).default(''),
  nationalStatus: z.enum(CARE_PATHWAY_STATUSES).nullable().default(null),
});

const pathwayFields = {
  name: z.string().trim().min(1, 'a name is required').max(300),
  nationalStatus: z.enum(CARE_PATHWAY_STATUSES),
  statusDate: isoDate.nullable(),
};
export const pathwayCreateSchema = z.strictObject(pathwayFields);
export const pathwayUpdateSchema = z.strictObject({ id: uuidSchema, version, ...pathwayFields });

/**
 * Owner of an implementation status: a region installation records its own region's status (owner =
 * the region); a healthcare-region installation records any member region's status (owner = the
 * healthcare region). `version` is null to create the record, else the version last seen.
 */
export const setImplementationSchema = z.strictObject({
  carePathwayId: uuidSchema,
  regionCode: regionCodeSchema,
  status: z.enum(IMPLEMENTATION_STATUSES),
  decidedOn: isoDate.nullable().default(null),
  startedOn: isoDate.nullable().default(null),
  implementedOn: isoDate.nullable().default(null),
  responsibleGroupId: uuidSchema.nullable().default(null),
  version: version.nullable().default(null),
});

export const pathwayMatrixInputSchema = z.strictObject({
  /** Default: the own healthcare region(s) (Halland: both). */
  healthcareRegionCode: healthcareRegionCodeSchema.nullable().default(null),
});

export const statusCountsSchema = z.strictObject({
  NOT_STARTED: z.number().int(),
  DECIDED: z.number().int(),
  IN_PROGRESS: z.number().int(),
  IMPLEMENTED: z.number().int(),
});

export const matrixRegionSchema = z.strictObject({
  code: z.string(),
  name: z.string(),
  healthcareRegionCodes: z.array(z.string()),
  /** DECIDED + IN_PROGRESS + IMPLEMENTED. */
  started: z.number().int(),
  implemented: z.number().int(),
  counts: statusCountsSchema,
});
export type MatrixRegion = z.infer<typeof matrixRegionSchema>;

export const pathwayMatrixSchema = z.strictObject({
  healthcareRegionCodes: z.array(z.string()),
  regions: z.array(matrixRegionSchema),
  rows: z.array(
    z.strictObject({
      pathwayId: z.string(),
      name: z.string(),
      nationalStatus: z.enum(CARE_PATHWAY_STATUSES),
      /** Aligned with `regions`; NOT_STARTED when nothing is recorded. */
      cells: z.array(
        z.strictObject({
          regionCode: z.string(),
          status: z.enum(IMPLEMENTATION_STATUSES),
          implementationId: z.string().nullable(),
          responsibleGroupName: z.string().nullable(),
        }),
      ),
    }),
  ),
  pathwayCount: z.number().int(),
});
export type PathwayMatrix = z.infer<typeof pathwayMatrixSchema>;
