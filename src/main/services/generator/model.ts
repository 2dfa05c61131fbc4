import { daysInMonth } from '@shared/calendar';
import type { DbRow, DbValue } from '../../domain/packages/wire';
import type { GeneratorReference } from '../../repositories/generator-reference';
import type { Prng } from './prng';

export type { GeneratorReference, RefRegion } from '../../repositories/generator-reference';

/** The record types the generator writes, parents first (the order they are inserted in). */
export const GENERATED_TYPES = [
  'organisations',
  'persons',
  'groups',
  'team_activity_levels',
  'memberships',
  'allocation_keys',
  'hostings',
  'cost_items',
  'pathway_implementations',
  'default_salaries',
] as const;
export type GeneratedType = (typeof GENERATED_TYPES)[number];
export type Dataset = Record<GeneratedType, DbRow[]>;

export type Scale = 'national' | 'small';
export type ScaleSettings = {
  readonly persons: number;
  readonly memberships: number;
  readonly nag: number;
  readonly perRegion: { readonly RPO: number; readonly SOR: number; readonly RPT: number };
};

/** The sizes of issue #8: 30 000 persons, about 2 000 groups, 120 000 memberships; `small` for tests. */
export const SCALES: Record<Scale, ScaleSettings> = {
  national: { persons: 30_000, memberships: 120_000, nag: 200, perRegion: { RPO: 26, SOR: 15, RPT: 43 } },
  small: { persons: 600, memberships: 2_400, nag: 12, perRegion: { RPO: 3, SOR: 2, RPT: 4 } },
};

/** Everything a builder needs: the seeded generator, seeded ids, the reference data and the scale. */
export type BuildContext = {
  readonly rng: Prng;
  readonly id: (key: string) => string;
  readonly ref: GeneratorReference;
  readonly scale: ScaleSettings;
};

/** The programme areas: the NPOs and the primary-care council (26 in the reference data: 25 NPO and the council); NAG, RPO and hostings hang under them. */
export function programmeAreas(ctx: BuildContext): GeneratorReference['nationalGroups'] {
  return ctx.ref.nationalGroups.filter((g) => g.type === 'NPO' || g.type === 'PRIMARY_CARE_COUNCIL');
}

/** Generated records carry this fixed stamp (not the clock), so the same seed gives the same bytes. */
export const GENERATED_AT = '2025-01-15T08:00:00.000Z';
/** Memberships, levels and costs span these years. */
export const FIRST_YEAR = 2023;
export const LAST_YEAR = 2027;

export function syncColumns(id: string, owner: string): Record<string, DbValue> {
  return { id, owner, version: 1, created_at: GENERATED_AT, updated_at: GENERATED_AT, deleted_at: null };
}

/** A month as one integer (year × 12 + month − 1), so that adding months is plain addition. */
export function monthIndex(year: number, month: number): number {
  return year * 12 + month - 1;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export function firstDayOf(month: number): string {
  return `${Math.floor(month / 12)}-${pad((month % 12) + 1)}-01`;
}

export function lastDayOf(month: number): string {
  const year = Math.floor(month / 12);
  const m = (month % 12) + 1;
  const days = daysInMonth(year, m);
  return `${year}-${pad(m)}-${pad(days)}`;
}

/** A day inside a month (1–28, valid in every month). */
export function dayIn(month: number, day: number): string {
  return `${firstDayOf(month).slice(0, 8)}${pad(Math.min(28, Math.max(1, day)))}`;
}

/** Cycles through a shuffled pool, so every person gets about the same number of memberships. */
export class Pool<T> {
  private cursor = 0;
  private readonly items: T[];

  constructor(rng: Prng, items: readonly T[]) {
    this.items = rng.shuffled(items);
  }

  get size(): number {
    return this.items.length;
  }

  next(): T {
    if (this.items.length === 0) throw new Error('empty pool');
    const item = this.items[this.cursor % this.items.length]!;
    this.cursor += 1;
    return item;
  }
}
