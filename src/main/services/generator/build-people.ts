import type { DbRow } from '../../domain/packages/wire';
import { apportion } from './prng';
import { FAMILY, GIVEN_FEMALE, GIVEN_MALE, PROFESSIONS, asciiFold, mailDomain } from './names';
import { syncColumns, type BuildContext, type RefRegion } from './model';

/** A generated person as the membership builder needs it. */
export type PersonRef = { id: string; regionCode: string };
export type People = { organisations: DbRow[]; persons: DbRow[]; byRegion: Map<string, PersonRef[]> };

type OrganisationSpec = { type: string; name: string; weight: number };

/** The organisations of a region: hospitals, primary care, municipalities and the region's own office. */
function organisationSpecs(region: RefRegion): OrganisationSpec[] {
  const county = region.county;
  const specs: OrganisationSpec[] = [
    { type: 'COUNTY_HOSPITAL', name: `Länssjukvården i ${county}`, weight: 30 },
    { type: 'PRIMARY_CARE', name: `Primärvården ${region.name}`, weight: 22 },
    { type: 'MUNICIPALITY', name: `Kommunerna i ${county}`, weight: 6 },
    { type: 'OTHER', name: `${region.name}, regionkansliet`, weight: 10 },
  ];
  if (region.population >= 400_000) specs.unshift({ type: 'UNIVERSITY_HOSPITAL', name: `Universitetssjukhuset i ${county}`, weight: 35 });
  return specs;
}

function phoneNumber(ctx: BuildContext): string | null {
  const { rng } = ctx;
  if (!rng.chance(0.7)) return null;
  return `07${rng.int(0, 9)}-${rng.int(100, 999)} ${rng.int(10, 99)} ${rng.int(10, 99)}`;
}

function buildRegionPersons(ctx: BuildContext, region: RefRegion, count: number, organisations: { id: string; weight: number }[]) {
  const { rng } = ctx;
  const domain = mailDomain(region.name);
  const usedLocalParts = new Map<string, number>();
  const rows: DbRow[] = [];
  for (let i = 0; i < count; i++) {
    const female = rng.chance(0.62);
    const given = rng.pick(female ? GIVEN_FEMALE : GIVEN_MALE);
    const family = rng.pick(FAMILY);
    const local = `${asciiFold(given)}.${asciiFold(family)}`;
    const seen = (usedLocalParts.get(local) ?? 0) + 1;
    usedLocalParts.set(local, seen);
    const id = ctx.id(`person:${region.code}:${i}`);
    const organisationId = rng.weighted(organisations.map((o) => [o.id, o.weight] as const));
    rows.push({
      ...syncColumns(id, region.code),
      name: `${given} ${family}`,
      email: `${seen === 1 ? local : `${local}${seen}`}@${domain}`,
      phone: phoneNumber(ctx),
      region_code: region.code,
      organisation_id: organisationId,
      profession: rng.weighted(PROFESSIONS),
      gender: female ? 'FEMALE' : 'MALE',
      notes: null,
      ended_on: null,
    });
  }
  return rows;
}

/** Organisations and persons of every region; persons split over the regions by population. */
export function buildPeople(ctx: BuildContext): People {
  const regions = ctx.ref.regions;
  const counts = apportion(
    ctx.scale.persons,
    regions.map((r) => r.population),
  );
  const organisations: DbRow[] = [];
  const persons: DbRow[] = [];
  const byRegion = new Map<string, PersonRef[]>();
  regions.forEach((region, index) => {
    const orgs = organisationSpecs(region).map((spec, n) => ({ id: ctx.id(`organisation:${region.code}:${n}`), ...spec }));
    for (const o of orgs) organisations.push({ ...syncColumns(o.id, region.code), name: o.name, type: o.type, region_code: region.code });
    const rows = buildRegionPersons(ctx, region, counts[index]!, orgs);
    persons.push(...rows);
    byRegion.set(
      region.code,
      rows.map((r) => ({ id: String(r.id), regionCode: region.code })),
    );
  });
  return { organisations, persons, byRegion };
}
