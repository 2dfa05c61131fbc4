import type { DbRow } from '../../domain/packages/wire';
import { FIRST_YEAR, LAST_YEAR, syncColumns, type BuildContext } from './model';

/**
 * Every region's default monthly salaries (kronor at the first year) per profession, for representatives
 * without a person salary: one row per profession for any role, and one for any profession for each role
 * (the fallback for a person without a profession). Figures are typical Swedish regional salaries
 * (examples, to be edited by finance staff); each region varies them by up to ±4 %.
 */
const PROFESSION_SALARY_KR: readonly (readonly [string, number])[] = [
  ['Läkare', 78_000],
  ['Sjuksköterska', 46_000],
  ['Fysioterapeut', 40_000],
  ['Psykolog', 47_000],
  ['Arbetsterapeut', 39_000],
  ['Barnmorska', 48_000],
  ['Dietist', 39_000],
  ['Logoped', 41_000],
  ['Farmaceut', 45_000],
  ['Kurator', 38_000],
  ['Tandläkare', 58_000],
  ['Biomedicinsk analytiker', 37_000],
  ['Verksamhetsutvecklare', 47_000],
  ['Patientföreträdare', 36_000],
];

/** Any-profession fallback per membership role. */
const ROLE_SALARY_KR: readonly (readonly [string, number])[] = [
  ['MEMBER', 55_000],
  ['CHAIR', 80_000],
  ['VICE_CHAIR', 72_000],
  ['PROCESS_LEADER', 60_000],
  ['CO_OPTED', 55_000],
  ['DEPUTY', 55_000],
  ['SECRETARY', 46_000],
  ['PATIENT_REPRESENTATIVE', 36_000],
];

/** Yearly salary growth in hundredths of a percent (3 %), as for the hostings' staffed roles. */
const GROWTH_BP = 300;

function grownKr(amountKr: number, years: number, regionBp: number): number {
  let value = Math.round((amountKr * regionBp) / 10_000);
  for (let i = 0; i < years; i++) value = Math.round((value * (10_000 + GROWTH_BP)) / 10_000);
  return value;
}

/** Default salaries of every region and year FIRST_YEAR … LAST_YEAR, owned by the region. */
export function buildDefaultSalaries(ctx: BuildContext): DbRow[] {
  const rows: DbRow[] = [];
  for (const region of ctx.ref.regions) {
    const regionBp = ctx.rng.int(9_600, 10_400);
    const specs = [
      ...PROFESSION_SALARY_KR.map(([profession, kr]) => ({ role: 'MEMBER', profession, kr })),
      ...ROLE_SALARY_KR.map(([role, kr]) => ({ role, profession: '', kr })),
    ];
    for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      for (const s of specs) {
        rows.push({
          ...syncColumns(ctx.id(`default-salary:${region.code}:${year}:${s.role}:${s.profession}`), region.code),
          year,
          role: s.role,
          profession: s.profession,
          monthly_salary_ore: grownKr(s.kr, year - FIRST_YEAR, regionBp) * 100,
        });
      }
    }
  }
  return rows;
}
