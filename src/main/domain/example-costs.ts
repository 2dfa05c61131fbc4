/**
 * The example cost plan, from seed 001 (section 11), so that a finance officer sees the seed's figures:
 * Norra hosts NPO Endokrina sjukdomar and NPO Levnadsvanor with one process leader each (the regional
 * association finances two; Region Jämtland Härjedalen's share is about 350 tkr a year), representatives
 * in national groups at 10 % (about 5 MSEK a year for Norra's 30), and Region Jämtland Härjedalen's fixed
 * contributions. Salaries are assumptions chosen to reproduce the seed (the same as tests/unit/costs-seed001):
 * a process leader 65 000 kr a month, a representative 92 500 kr a month; PO-pålägg SKR's 2023 figure,
 * 52,28 %, assumed for 2024. Every row is labelled as an example. Pure: ids come in as a function.
 */

export const EXAMPLE_COST_YEARS = [2024, 2025, 2026] as const;
export const EXAMPLE_SALARY_YEAR = 2024;
export const EXAMPLE_PO_BP = 5228;
export const EXAMPLE_PROCESS_LEADER_SALARY_ORE = 6_500_000;
export const EXAMPLE_REPRESENTATIVE_SALARY_ORE = 9_250_000;
export const EXAMPLE_SOURCE = 'Exempeldata (seed 001): SKR:s PO-pålägg 2023, 52,28 %, antaget för 2024';

/** The NPO that Norra hosts in the seed, by the name of the national group. */
export const NORRA_HOSTED_NPO = ['Endokrina sjukdomar', 'Levnadsvanor'] as const;
/** The owners whose parameters cost the example: the host and the four regions of Norra. */
export const EXAMPLE_COST_OWNERS = ['NORRA', '22', '23', '24', '25'] as const;

const JH_CONTRIBUTIONS: { key: string; recipient: string; label: string; amountOre: number }[] = [
  { key: 'rcc', recipient: 'RCC Norr', label: 'Exempel: årligt bidrag till Regionalt cancercentrum', amountOre: 195_000_000 },
  {
    key: 'registers',
    recipient: 'Nationella kvalitetsregister',
    label: 'Exempel: stöd till nationella kvalitetsregister',
    amountOre: 230_000_000,
  },
  { key: 'oj', recipient: 'SKR', label: 'Exempel: Öppna jämförelser och analys', amountOre: 38_500_000 },
  { key: 'nkk', recipient: 'SKR', label: 'Exempel: Nationellt kliniskt kunskapsstöd', amountOre: 17_700_000 },
  { key: 'kbf', recipient: 'SKR', label: 'Exempel: medverkan i klinisk behandlingsforskning', amountOre: 96_200_000 },
];

export type ExampleHosting = { id: string; groupId: string; groupName: string };
export type ExampleCostItem = { id: string; hostingId: string; year: number; label: string };
export type ExampleParameter = { id: string; owner: string; year: number; poSurchargeBp: number; source: string };
export type ExampleDefaultSalary = { id: string; owner: string; year: number; role: string; monthlySalaryOre: number };
export type ExampleContribution = { id: string; regionCode: string; year: number; recipient: string; label: string; amountOre: number };
export type ExampleCosts = {
  hostings: ExampleHosting[];
  items: ExampleCostItem[];
  parameters: ExampleParameter[];
  defaultSalaries: ExampleDefaultSalary[];
  contributions: ExampleContribution[];
};

export function buildExampleCosts(input: { hostedGroups: { id: string; name: string }[]; id: (key: string) => string }): ExampleCosts {
  const hostings = input.hostedGroups.map((g) => ({ id: input.id(`example:hosting:NORRA:${g.name}`), groupId: g.id, groupName: g.name }));
  const items = hostings.flatMap((h) =>
    EXAMPLE_COST_YEARS.map((year) => ({
      id: input.id(`example:cost-item:${h.groupName}:${year}`),
      hostingId: h.id,
      year,
      label: `Processledare NPO ${h.groupName} (exempel)`,
    })),
  );
  const parameters = EXAMPLE_COST_OWNERS.map((owner) => ({
    id: input.id(`example:cost-parameters:${owner}:${EXAMPLE_SALARY_YEAR}`),
    owner,
    year: EXAMPLE_SALARY_YEAR,
    poSurchargeBp: EXAMPLE_PO_BP,
    source: EXAMPLE_SOURCE,
  }));
  const defaultSalaries = EXAMPLE_COST_OWNERS.flatMap((owner) =>
    [
      { role: 'PROCESS_LEADER', monthlySalaryOre: EXAMPLE_PROCESS_LEADER_SALARY_ORE },
      { role: 'MEMBER', monthlySalaryOre: EXAMPLE_REPRESENTATIVE_SALARY_ORE },
    ].map((s) => ({
      id: input.id(`example:default-salary:${owner}:${EXAMPLE_SALARY_YEAR}:${s.role}`),
      owner,
      year: EXAMPLE_SALARY_YEAR,
      ...s,
    })),
  );
  const contributions = EXAMPLE_COST_YEARS.flatMap((year) =>
    JH_CONTRIBUTIONS.map((c) => ({
      id: input.id(`example:contribution:23:${year}:${c.key}`),
      regionCode: '23',
      year,
      recipient: c.recipient,
      label: c.label,
      amountOre: c.amountOre,
    })),
  );
  return { hostings, items, parameters, defaultSalaries, contributions };
}

/**
 * The ids of every record the example cost plan can write, whichever of its groups were hostable: the cost
 * tables have no is_example column, so an export knows these example records (which never travel) by id.
 */
export function exampleCostIds(id: (key: string) => string): ReadonlySet<string> {
  const costs = buildExampleCosts({ hostedGroups: NORRA_HOSTED_NPO.map((name) => ({ id: '', name })), id });
  return new Set(
    [costs.hostings, costs.items, costs.parameters, costs.defaultSalaries, costs.contributions].flatMap((rows) => rows.map((r) => r.id)),
  );
}
