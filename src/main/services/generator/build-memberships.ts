import type { DbRow } from '../../domain/packages/wire';
import type { PersonRef } from './build-people';
import type { GroupRef } from './build-groups';
import { apportion } from './prng';
import { FIRST_YEAR, LAST_YEAR, Pool, firstDayOf, lastDayOf, monthIndex, syncColumns, type BuildContext } from './model';

/** One place in a group, held by a chain of successive terms over the years. */
type Position = { groupId: string; groupType: string; seatId: string | null; ordinal: number; pool: Pool<PersonRef>; national: boolean };
type Term = { position: Position; person: PersonRef; start: number; end: number; open: boolean };

const FIRST_MONTH = monthIndex(FIRST_YEAR, 1);
const LAST_MONTH = monthIndex(LAST_YEAR, 12);
/** Terms per position over the five years, as the chains below give them on average (used to size groups). */
const TERMS_PER_POSITION = 3;
const MEMBER_BP: Record<string, number> = { RPT: 1000, NAG: 500, RPO: 500, SOR: 300, NPO: 1000, NSG: 1000 };
const LEAD_BP: Record<string, number> = { RPT: 2000, NAG: 1500, RPO: 1000, SOR: 1000 };

function pools(ctx: BuildContext, byRegion: Map<string, PersonRef[]>) {
  const regional = new Map<string, Pool<PersonRef>>();
  const byHealthcareRegion = new Map<string, PersonRef[]>();
  for (const region of ctx.ref.regions) {
    const persons = byRegion.get(region.code) ?? [];
    regional.set(region.code, new Pool(ctx.rng, persons));
    byHealthcareRegion.set(region.healthcareRegion, [...(byHealthcareRegion.get(region.healthcareRegion) ?? []), ...persons]);
  }
  const national = new Map([...byHealthcareRegion].map(([code, persons]) => [code, new Pool(ctx.rng, persons)] as const));
  return { regional, national };
}

function positions(ctx: BuildContext, groups: GroupRef[], byRegion: Map<string, PersonRef[]>): Position[] {
  const { regional, national } = pools(ctx, byRegion);
  const result: Position[] = [];
  for (const group of ctx.ref.nationalGroups) {
    group.seats.forEach((seat, ordinal) => {
      const pool = national.get(seat.healthcareRegion);
      if (pool && pool.size > 0)
        result.push({ groupId: group.id, groupType: group.type, seatId: seat.id, ordinal: ordinal + 2, pool, national: true });
    });
  }
  for (const nag of groups.filter((g) => g.type === 'NAG')) {
    const pool = national.get(nag.owner)!;
    const size = ctx.rng.int(6, 12);
    for (let n = 0; n < size; n++) result.push({ groupId: nag.id, groupType: 'NAG', seatId: null, ordinal: n, pool, national: true });
  }
  const nationalTerms = result.length * TERMS_PER_POSITION;
  const perPerson = Math.max(0, (ctx.scale.memberships * 1.04 - nationalTerms) / TERMS_PER_POSITION / ctx.scale.persons);
  for (const region of ctx.ref.regions) {
    const own = groups.filter((g) => g.regionCode === region.code);
    const pool = regional.get(region.code)!;
    const budget = Math.round(pool.size * perPerson);
    const sizes = apportion(
      budget,
      own.map((g) => (g.type === 'RPO' ? 1.2 : g.type === 'SOR' ? 1 : 0.8)),
    );
    own.forEach((g, i) => {
      for (let n = 0; n < Math.max(3, sizes[i]!); n++)
        result.push({ groupId: g.id, groupType: g.type, seatId: null, ordinal: n, pool, national: false });
    });
  }
  return result;
}

/** Successive terms of one position from before 2023 to after 2027, with an occasional gap (a vacancy). */
function chain(ctx: BuildContext, position: Position, out: Term[]): void {
  const { rng } = ctx;
  const [shortest, longest] = position.national ? [24, 48] : [12, 36];
  let start = FIRST_MONTH - rng.int(0, position.national ? 35 : 23);
  while (start <= LAST_MONTH) {
    const end = start + rng.int(shortest, longest) - 1;
    const person = position.pool.next();
    if (end >= FIRST_MONTH) out.push({ position, person, start, end, open: end > LAST_MONTH && rng.chance(0.25) });
    start = end + 1 + (rng.chance(0.15) ? rng.int(1, 4) : 0);
  }
}

function roleOf(position: Position): { role: string; bp: number } {
  if (position.seatId === null && position.ordinal === 0) {
    return { role: position.groupType === 'RPT' ? 'PROCESS_LEADER' : 'CHAIR', bp: LEAD_BP[position.groupType] ?? 1000 };
  }
  if (position.seatId === null && position.ordinal === 1 && position.groupType !== 'RPT') return { role: 'SECRETARY', bp: 1000 };
  return { role: 'MEMBER', bp: MEMBER_BP[position.groupType] ?? 500 };
}

function statusOf(term: Term): string {
  if (term.start > monthIndex(2026, 6)) return 'NOMINATED';
  if (!term.open && term.end < monthIndex(2025, 1)) return 'ENDED';
  return 'DECIDED';
}

/** Memberships with term histories over 2023–2027: exactly the scale's count (a few terms left out make vacancies). */
export function buildMemberships(ctx: BuildContext, groups: GroupRef[], byRegion: Map<string, PersonRef[]>): DbRow[] {
  const all = positions(ctx, groups, byRegion);
  const terms: Term[] = [];
  for (const position of all) chain(ctx, position, terms);
  const regional = all.filter((p) => !p.national);
  while (terms.length < ctx.scale.memberships && regional.length > 0) chain(ctx, ctx.rng.pick(regional), terms);
  const excess = Math.max(0, terms.length - ctx.scale.memberships);
  const dropped = new Set(ctx.rng.shuffled(terms.map((_, i) => i)).slice(0, excess));
  const kept = terms.filter((_, i) => !dropped.has(i));
  return kept.map((term, n) => {
    const { role, bp } = roleOf(term.position);
    return {
      ...syncColumns(ctx.id(`membership:${n}`), term.person.regionCode),
      person_id: term.person.id,
      group_id: term.position.groupId,
      seat_id: term.position.seatId,
      role,
      start_date: firstDayOf(term.start),
      end_date: term.open ? null : lastDayOf(term.end),
      allocation_bp: bp,
      status: statusOf(term),
      notes: null,
    };
  });
}
