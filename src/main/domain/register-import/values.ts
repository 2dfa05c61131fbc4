/** Pure parsers of the values coordinators type into spreadsheets. Each returns a value or a reason (a code and its parameters). */
import { z } from 'zod';
import type { ImportReason, ImportReasonCode } from '@shared/contract/register-import';
import { dayFromNumber, dayNumber, daysInMonth, isoDate } from '@shared/calendar';
import { FULL_TIME_BASIS_POINTS } from '@shared/domain/enums';
import { collapseSpaces, foldKey } from './normalize';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: ImportReason };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(code: ImportReasonCode, params: ImportReason['params'] = {}): Parsed<T> => ({ ok: false, reason: { code, params } });

const NUMBER_WITH_UNIT = /^([+-]?\d+(?:[.,]\d+)?)\s*(%|procent|percent|pct)?$/i;

/**
 * A share of a full-time post in basis points (10 % = 1 000). `10 %`, `10%`, `10,5 %` and `10` are
 * percentages; a bare number below 1 (`0,25`, `0.1`) is a fraction, and `1` is a full post. A
 * percent-formatted Excel cell arrives as `25%` (the reader writes it so). Anything else is refused.
 */
export function parsePercentage(text: string): Parsed<number> {
  const clean = collapseSpaces(text);
  const match = NUMBER_WITH_UNIT.exec(clean);
  if (!match) return fail('badShare', { value: clean });
  const value = Number(match[1]!.replace(',', '.'));
  const isPercent = match[2] !== undefined || value > 1;
  const bp = Math.round(isPercent ? value * 100 : value * FULL_TIME_BASIS_POINTS);
  if (bp < 0 || bp > FULL_TIME_BASIS_POINTS) return fail('shareOutOfRange', { value: clean });
  return ok(bp);
}

/** Day 0 of Excel's 1900 date system as counted after its fictitious 1900-02-29. */
const EXCEL_EPOCH_DAY = dayNumber('1899-12-30');

/** An Excel date serial (days since 1899-12-30, any time of day dropped) as `YYYY-MM-DD`. */
export function excelSerialToIso(serial: number): string {
  return dayFromNumber(EXCEL_EPOCH_DAY + Math.floor(serial));
}

function isoIfValid(year: number, month: number, day: number): string | null {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return isoDate(year, month, day);
}

const ISO_DAY = /^(\d{4})([-/])(\d{1,2})\2(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;
/** Five-digit numbers are Excel serials (1927–2173), e.g. a date column exported without its format. */
const EXCEL_SERIAL = /^\d{5}(?:[.,]\d+)?$/;
/** `20250101`, as some HR systems write dates. */
const COMPACT_DAY = /^(\d{4})(\d{2})(\d{2})$/;

/** `2025-01-01`, `2025-01-01 00:00`, `2025-01-01T00:00:00` or an Excel serial → `2025-01-01`. */
export function parseDate(text: string): Parsed<string> {
  const clean = collapseSpaces(text);
  const iso = ISO_DAY.exec(clean);
  if (iso) {
    const day = isoIfValid(Number(iso[1]), Number(iso[3]), Number(iso[4]));
    return day ? ok(day) : fail('noSuchDate', { value: clean });
  }
  const compact = COMPACT_DAY.exec(clean);
  if (compact) {
    const day = isoIfValid(Number(compact[1]), Number(compact[2]), Number(compact[3]));
    return day ? ok(day) : fail('noSuchDate', { value: clean });
  }
  if (EXCEL_SERIAL.test(clean)) return ok(excelSerialToIso(Number(clean.replace(',', '.'))));
  return fail('badDate', { value: clean });
}

const emailSchema = z.email().max(254);

export function parseEmail(text: string): Parsed<string> {
  const clean = text.trim();
  return emailSchema.safeParse(clean).success ? ok(clean.toLowerCase()) : fail('badEmail', { value: clean });
}

export type RegionRef = { code: string; name: string; county: string };

/** The ways a region is written: "Region Jämtland Härjedalen", "Jämtland Härjedalen", "Jämtlands län". */
function regionKeys(region: RegionRef): string[] {
  const name = foldKey(region.name);
  const county = foldKey(region.county);
  const keys = [name, county, name.replace(/^region/, ''), name.replace(/s?regionen$/, ''), county.replace(/s?lan$/, '')];
  return keys.filter((k) => k.length > 1);
}

/** A region by its SCB code (`23`, `3`) or by name; `VGR` is Västra Götalandsregionen. */
export function parseRegion(text: string, regions: readonly RegionRef[]): Parsed<string> {
  const clean = collapseSpaces(text);
  if (/^\d{1,2}$/.test(clean)) {
    const code = clean.padStart(2, '0');
    return regions.some((r) => r.code === code) ? ok(code) : fail('unknownRegion', { value: clean });
  }
  const key = foldKey(clean) === 'vgr' ? foldKey('Västra Götalandsregionen') : foldKey(clean);
  const found = regions.find((r) => regionKeys(r).includes(key));
  return found ? ok(found.code) : fail('unknownRegion', { value: clean });
}

/** Swedish display of a share in basis points: 1050 → "10,5 %". */
export function formatBasisPoints(bp: number): string {
  return `${String(bp / 100).replace('.', ',')} %`;
}
