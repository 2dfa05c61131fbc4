/** Pure parsers of the values coordinators type into spreadsheets. Each returns a value or a reason. */
import { z } from 'zod';
import { dayFromNumber, dayNumber, daysInMonth, isoDate } from '@shared/calendar';
import { FULL_TIME_BASIS_POINTS } from '@shared/domain/enums';
import { collapseSpaces, foldKey } from './normalize';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(reason: string): Parsed<T> => ({ ok: false, reason });

const NUMBER_WITH_UNIT = /^([+-]?\d+(?:[.,]\d+)?)\s*(%|procent|percent)?$/i;

/**
 * A share of a full-time post in basis points (10 % = 1 000). `10 %`, `10%`, `10,5 %` and `10` are
 * percentages; a bare number ≤ 1 (`0,1`, `0.1`, `1`) is a fraction, as a percent-formatted cell gives.
 */
export function parsePercentage(text: string): Parsed<number> {
  const clean = collapseSpaces(text);
  const match = NUMBER_WITH_UNIT.exec(clean);
  if (!match) return fail(`unreadable percentage "${clean}"`);
  const value = Number(match[1]!.replace(',', '.'));
  const isPercent = match[2] !== undefined || value > 1;
  const bp = Math.round(isPercent ? value * 100 : value * FULL_TIME_BASIS_POINTS);
  if (bp < 0) return fail(`negative percentage "${clean}"`);
  if (bp > FULL_TIME_BASIS_POINTS) return fail(`percentage over 100 % ("${clean}")`);
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

/** `2025-01-01`, `2025-01-01 00:00`, `2025-01-01T00:00:00` or an Excel serial → `2025-01-01`. */
export function parseDate(text: string): Parsed<string> {
  const clean = collapseSpaces(text);
  const iso = ISO_DAY.exec(clean);
  if (iso) {
    const day = isoIfValid(Number(iso[1]), Number(iso[3]), Number(iso[4]));
    return day ? ok(day) : fail(`no such date "${clean}"`);
  }
  if (EXCEL_SERIAL.test(clean)) return ok(excelSerialToIso(Number(clean.replace(',', '.'))));
  return fail(`unreadable date "${clean}" (write it as 2025-01-01)`);
}

const emailSchema = z.email().max(254);

export function parseEmail(text: string): Parsed<string> {
  const clean = text.trim();
  return emailSchema.safeParse(clean).success ? ok(clean.toLowerCase()) : fail(`invalid e-mail address "${clean}"`);
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
    return regions.some((r) => r.code === code) ? ok(code) : fail(`unknown region code "${clean}"`);
  }
  const key = foldKey(clean) === 'vgr' ? foldKey('Västra Götalandsregionen') : foldKey(clean);
  const found = regions.find((r) => regionKeys(r).includes(key));
  return found ? ok(found.code) : fail(`unknown region "${clean}"`);
}

/** Swedish display of a share in basis points: 1050 → "10,5 %". */
export function formatBasisPoints(bp: number): string {
  return `${String(bp / 100).replace('.', ',')} %`;
}
