import { z } from 'zod';

export const emptyInput = z.strictObject({});
export const isoDate = z.iso.date();
export const yearSchema = z.number().int().min(1990).max(2100);
export const regionCodeSchema = z.string().regex(/^\d{2}$/, 'a region code is two digits, e.g. 23');
export const healthcareRegionCodeSchema = z.string().regex(/^[A-Z_]{2,40}$/, 'a healthcare-region code such as NORRA');
/** An owner of records: a region code, a healthcare-region code or NATIONAL for reference data. */
export const ownerCodeSchema = z.string().min(2).max(40);
export const uuidSchema = z.uuid();
export const populationByYearSchema = z.record(z.string().regex(/^\d{4}$/), z.number().int().nonnegative());
export const languageSchema = z.enum(['sv', 'en']);
export type Language = z.infer<typeof languageSchema>;
