import type { DbRow, DbValue } from '../../domain/packages/wire';
import { apportion } from './prng';
import { NAG_SUBJECTS, RPT_SUBJECTS } from './names';
import { FIRST_YEAR, LAST_YEAR, dayIn, monthIndex, programmeAreas, syncColumns, type BuildContext, type RefRegion } from './model';

/** A generated group as the membership builder needs it. */
export type GroupRef = { id: string; type: 'NAG' | 'RPO' | 'SOR' | 'RPT'; owner: string; regionCode: string | null };
export type Groups = { groups: DbRow[]; levels: DbRow[]; refs: GroupRef[] };

type GroupFields = {
  name: string;
  type: GroupRef['type'];
  level: 'NATIONAL' | 'REGIONAL';
  parent: string | null;
  regionCode: string | null;
  host: string | null;
  description: string | null;
};

function groupRow(id: string, owner: string, g: GroupFields): DbRow {
  const fields: Record<string, DbValue> = {
    name: g.name,
    type: g.type,
    level: g.level,
    parent_group_id: g.parent,
    healthcare_region_code: null,
    region_code: g.regionCode,
    host_healthcare_region_code: g.host,
    hosting_status: null,
    seats_per_healthcare_region: null,
    seat_count: null,
    description: g.description,
  };
  return { ...syncColumns(id, owner), ...fields };
}

/** The host of an NPO's work: its hosting healthcare region, or one in turn when the reference has none. */
export function hostOf(ctx: BuildContext, npoIndex: number): string {
  const npo = programmeAreas(ctx)[npoIndex]!;
  return npo.host ?? ctx.ref.healthcareRegions[npoIndex % ctx.ref.healthcareRegions.length]!.code;
}

function buildNag(ctx: BuildContext, out: Groups): void {
  const npos = programmeAreas(ctx);
  const perNpo = apportion(
    ctx.scale.nag,
    npos.map(() => 1),
  );
  npos.forEach((npo, i) => {
    const host = hostOf(ctx, i);
    for (let n = 0; n < perNpo[i]!; n++) {
      const subject = NAG_SUBJECTS[n % NAG_SUBJECTS.length]!;
      const round = Math.floor(n / NAG_SUBJECTS.length);
      const id = ctx.id(`group:NAG:${i}:${n}`);
      const name = `NAG ${subject}${round > 0 ? ` ${round + 1}` : ''} – ${npo.name}`;
      out.groups.push(
        groupRow(id, host, {
          name,
          type: 'NAG',
          level: 'NATIONAL',
          parent: npo.id,
          regionCode: null,
          host,
          description: `Nationell arbetsgrupp under NPO ${npo.name}`,
        }),
      );
      out.refs.push({ id, type: 'NAG', owner: host, regionCode: null });
    }
  });
}

function buildRegionGroups(ctx: BuildContext, region: RefRegion, out: Groups): void {
  const { rng, scale } = ctx;
  const npos = programmeAreas(ctx);
  const add = (type: GroupRef['type'], n: number, name: string, parent: string | null) => {
    const id = ctx.id(`group:${region.code}:${type}:${n}`);
    out.groups.push(
      groupRow(id, region.code, { name, type, level: 'REGIONAL', parent, regionCode: region.code, host: null, description: null }),
    );
    out.refs.push({ id, type, owner: region.code, regionCode: region.code });
    return id;
  };
  const rpoIds: string[] = [];
  for (let n = 0; n < scale.perRegion.RPO; n++) {
    const npo = npos[n % npos.length]!;
    rpoIds.push(add('RPO', n, `RPO ${npo.name}`, npo.id));
  }
  const sorAreas = rng.shuffled(npos);
  for (let n = 0; n < scale.perRegion.SOR; n++) add('SOR', n, `SOR ${sorAreas[n % sorAreas.length]!.name}`, null);
  const subjects = rng.shuffled([...new Set([...ctx.ref.carePathways.map((p) => p.name), ...RPT_SUBJECTS])]);
  for (let n = 0; n < scale.perRegion.RPT; n++) {
    const round = Math.floor(n / subjects.length);
    add('RPT', n, `RPT ${subjects[n % subjects.length]!}${round > 0 ? ` ${round + 1}` : ''}`, rpoIds.length > 0 ? rng.pick(rpoIds) : null);
  }
}

const ONGOING_LEVELS: readonly (readonly [string, number])[] = [
  ['HIGH', 3],
  ['MEDIUM', 4],
  ['LOW', 3],
];

/** A team's dated activity levels: start-up, then changing intensity, sometimes closing or resting. */
function levelHistory(ctx: BuildContext, group: GroupRef, out: Groups): void {
  const { rng } = ctx;
  let month = monthIndex(FIRST_YEAR, 1) + rng.int(0, 23);
  let level = 'STARTUP';
  const end = monthIndex(LAST_YEAR, 12);
  for (let n = 0; month <= end; n++) {
    const id = ctx.id(`level:${group.id}:${n}`);
    out.levels.push({ ...syncColumns(id, group.owner), group_id: group.id, level, effective_date: dayIn(month, 1), note: null });
    if (level === 'CLOSED') return;
    month += rng.int(6, 18);
    if (level === 'CLOSING') level = 'CLOSED';
    else if (n >= 2 && rng.chance(0.12)) level = 'CLOSING';
    else if (n >= 2 && rng.chance(0.06)) level = 'DORMANT';
    else level = rng.weighted(ONGOING_LEVELS);
  }
}

/** National working groups under the NPOs, each region's RPO, SOR and RPT, and the teams' activity levels. */
export function buildGroups(ctx: BuildContext): Groups {
  const out: Groups = { groups: [], levels: [], refs: [] };
  buildNag(ctx, out);
  for (const region of ctx.ref.regions) buildRegionGroups(ctx, region, out);
  for (const group of out.refs) if (group.type === 'RPT' || group.type === 'NAG') levelHistory(ctx, group, out);
  return out;
}
