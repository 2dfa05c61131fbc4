import type { Generated } from 'kysely';

/** Columns every travelling record carries. */
type SyncColumns = {
  id: string;
  owner: string;
  version: Generated<number>;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
};

type ExampleFlag = { is_example: Generated<number> };

export type SettingsTable = { key: string; value: string };
export type HealthcareRegionsTable = SyncColumns & { code: string; name: string };
export type RegionsTable = SyncColumns & { code: string; name: string; county: string };
export type RegionPopulationsTable = SyncColumns & {
  region_code: string;
  year: number;
  population: number;
  source: string;
};
export type HealthcareRegionMembersTable = SyncColumns & {
  healthcare_region_code: string;
  region_code: string;
  note: string | null;
};
export type HealthcareRegionMemberPopulationsTable = SyncColumns & {
  healthcare_region_code: string;
  region_code: string;
  year: number;
  population: number;
  source: string;
};
export type OrganisationsTable = SyncColumns & ExampleFlag & { name: string; type: string; region_code: string | null };
export type PersonsTable = SyncColumns &
  ExampleFlag & {
    name: string;
    email: string | null;
    phone: string | null;
    region_code: string | null;
    organisation_id: string | null;
    profession: string | null;
    gender: string | null;
    notes: string | null;
    ended_on: string | null;
  };
export type GroupsTable = SyncColumns &
  ExampleFlag & {
    name: string;
    type: string;
    level: string;
    parent_group_id: string | null;
    healthcare_region_code: string | null;
    region_code: string | null;
    host_healthcare_region_code: string | null;
    hosting_status: string | null;
    seats_per_healthcare_region: number | null;
    seat_count: number | null;
    description: string | null;
  };
export type SeatsTable = SyncColumns & {
  group_id: string;
  healthcare_region_code: string | null;
  region_code: string | null;
  ordinal: number;
};
export type MembershipsTable = SyncColumns &
  ExampleFlag & {
    person_id: string;
    group_id: string;
    seat_id: string | null;
    role: string;
    start_date: string;
    end_date: string | null;
    allocation_bp: number;
    status: string;
    notes: string | null;
  };
export type RoleAllocationDefaultsTable = { group_type: string; role: string; allocation_bp: number };
export type TeamActivityLevelsTable = SyncColumns &
  ExampleFlag & { group_id: string; level: string; effective_date: string; note: string | null };
export type ActivityLevelAllocationsTable = { level: string; role: string; allocation_bp: number };
export type CarePathwaysTable = SyncColumns & {
  name: string;
  national_status: string;
  status_date: string | null;
};
export type PathwayImplementationsTable = SyncColumns & {
  care_pathway_id: string;
  region_code: string;
  status: string;
  decided_on: string | null;
  started_on: string | null;
  implemented_on: string | null;
  responsible_group_id: string | null;
};
export type AllocationKeysTable = SyncColumns & {
  name: string;
  kind: string;
  healthcare_region_code: string;
  fixed_part_bp: number | null;
  population_year_offset: Generated<number>;
};
export type AllocationKeySharesTable = SyncColumns & {
  allocation_key_id: string;
  region_code: string;
  share_bp: number;
};
export type HostingsTable = SyncColumns & {
  group_id: string;
  host_healthcare_region_code: string;
  status: string;
  start_date: string;
  end_date: string | null;
  allocation_key_id: string | null;
  rounding_unit: Generated<string>;
};
export type CostItemsTable = SyncColumns & {
  hosting_id: string;
  year: number;
  kind: string;
  label: string;
  role: string | null;
  profession: string | null;
  allocation_bp: number | null;
  monthly_salary_ore: number | null;
  amount_ore: number | null;
  /** The day `monthly_salary_ore` applies from (0013); null when no salary is stated. */
  salary_effective_date: string | null;
  /** Later salaries inside the year, `[{effectiveDate, monthlySalaryOre}]` in date order (0013). */
  salary_changes_json: Generated<string>;
};
export type CostParametersTable = SyncColumns & {
  year: number;
  po_surcharge_bp: number;
  salary_index_bp: Generated<number>;
  source: string | null;
  /** The day the year's salary index applies from (0013); null = 1 January. */
  salary_index_effective_date: string | null;
};
export type DefaultSalariesTable = SyncColumns & {
  year: number;
  role: string;
  profession: Generated<string>;
  monthly_salary_ore: number;
};
export type PersonSalariesTable = SyncColumns & {
  person_id: string;
  effective_date: string;
  monthly_salary_ore: number;
};
export type FixedContributionsTable = SyncColumns & {
  region_code: string;
  year: number;
  recipient: string;
  label: string;
  amount_ore: number;
};
export type RecordOriginsTable = {
  entity: string;
  record_id: string;
  origin_owner: string;
  package_id: string;
  received_at: string;
};
export type PackageLogTable = {
  id: string;
  package_id: string;
  direction: string;
  at: string;
  origin_owner: string;
  recipient: string | null;
  scope: string;
  sequence: number;
  sha256: string;
  counts_json: string;
  status: string;
};
export type ExchangePickupsTable = {
  sha256: string;
  package_id: string;
  origin_owner: string;
  file_name: string;
  picked_at: string;
  status: string;
  reasons_json: string | null;
  counts_json: string | null;
};
export type AuditLogTable = {
  seq: Generated<number>;
  at: string;
  actor: string;
  action: string;
  entity: string;
  record_id: string | null;
  before_json: string | null;
  after_json: string | null;
  /** sha256 of [before_json, after_json]; the chain hash covers this, so a payload can be erased (0006). */
  payload_sha256: string;
  /** The person erasure that blanked this entry's payload, or null. */
  erasure_id: string | null;
  prev_hash: string;
  hash: string;
};

/** The last audit entry's seq and hash, kept by a trigger (migration 0005); one row, id 1. */
export type AuditChainHeadTable = { id: number; seq: number; hash: string };
/** Updated and deleted register rows, written by triggers (migration 0009); only ids, never personal data. */
export type ChangeLogTable = { seq: Generated<number>; entity: string; op: 'U' | 'D'; record_id: string; row_id: number };

export type RuleDismissalsTable = { rule: string; key: string; dismissed_at: string; actor: string };
/**
 * The stable row of a person or group in the FTS5 search indexes `persons_fts` and `groups_fts`
 * (migration 0012; virtual tables, queried with MATCH in src/main/repositories/register-search.ts).
 */
export type SearchRowsTable = { id: Generated<number>; entity: 'persons' | 'groups'; record_id: string };

export type CostScenariosTable = SyncColumns & { name: string; description: string | null; overrides_json: string };
export type CostBudgetsTable = SyncColumns & {
  year: number;
  revision: number;
  name: string;
  note: string | null;
  scenario_id: string | null;
  scenario_name: string | null;
  locked_at: string;
  locked_by: string;
  snapshot_json: string;
  snapshot_sha256: string;
  hostings_ore: number;
  regions_ore: number;
};
export type CostActualsTable = SyncColumns & { hosting_id: string; year: number; amount_ore: number; note: string | null };
/** Migration 0016-region-actuals: a region's outcome per year and category (hosting share, own staff, contributions). */
export type RegionActualCategory = 'hosting' | 'staff' | 'contribution';
export type NominationRequestsTable = SyncColumns &
  ExampleFlag & {
    group_id: string;
    seat_id: string | null;
    requested_by: string;
    requester_name: string | null;
    persons_wanted: number;
    competence: string | null;
    role: string;
    allocation_bp: number | null;
    period_start: string | null;
    period_end: string | null;
    due_date: string;
    reference: string | null;
    link: string | null;
    notes: string | null;
    status: Generated<string>;
    closed_on: string | null;
  };
export type NominationCandidatesTable = SyncColumns &
  ExampleFlag & {
    request_id: string;
    person_id: string | null;
    new_name: string | null;
    new_region_code: string | null;
    new_email: string | null;
    new_profession: string | null;
    new_gender: string | null;
    new_organisation_id: string | null;
    status: Generated<string>;
    proposed_on: string;
    proposed_by: string | null;
    manager_approved_by: string | null;
    manager_approved_on: string | null;
    declaration_received_on: string | null;
    declaration_outcome: string | null;
    declaration_reviewed_by: string | null;
    declaration_reference: string | null;
    nominated_on: string | null;
    nominated_to: string | null;
    decided_on: string | null;
    decided_by: string | null;
    decision_reference: string | null;
    closed_on: string | null;
    membership_id: string | null;
    link: string | null;
    notes: string | null;
  };

export type CostRegionActualsTable = SyncColumns & {
  region_code: string;
  year: number;
  category: RegionActualCategory;
  hosting_id: string | null;
  amount_ore: number;
  note: string | null;
};

/* Package exchange (migration 0004-package-exchange). */
export type PersonErasuresTable = SyncColumns & { erased_at: string; legal_basis: string };
/** One row per (recipient, scope), migration 0010: record_keys and versions JSON arrays, hashes 64 hex digits per record, in one order. */
export type PackageSentSetsTable = {
  recipient: string;
  scope: string;
  record_keys: string;
  versions: string;
  hashes: string;
  package_id: string;
};
export type PackageRecipientsTable = { package_id: string; recipient: string; person_id: string; sent_at: string };
export type TrustedKeysTable = { owner: string; fingerprint: string; public_key: string | null; trusted_at: string; trusted_by: string };
/** Derived: the national views' last answers (migration 0013). */
export type SavedAnswersTable = { key: string; sequence: number; app_version: string; body: string; saved_at: string };
export type SigningKeysTable = { fingerprint: string; public_key: string; created_at: string };
export type PackageUndoTable = {
  seq: Generated<number>;
  package_id: string;
  entity: string;
  record_id: string;
  row_before_json: string | null;
  origin_before_json: string | null;
  row_after_sha256: string;
};

export type Database = {
  settings: SettingsTable;
  healthcare_regions: HealthcareRegionsTable;
  regions: RegionsTable;
  region_populations: RegionPopulationsTable;
  healthcare_region_members: HealthcareRegionMembersTable;
  healthcare_region_member_populations: HealthcareRegionMemberPopulationsTable;
  organisations: OrganisationsTable;
  persons: PersonsTable;
  groups: GroupsTable;
  seats: SeatsTable;
  memberships: MembershipsTable;
  role_allocation_defaults: RoleAllocationDefaultsTable;
  team_activity_levels: TeamActivityLevelsTable;
  activity_level_allocations: ActivityLevelAllocationsTable;
  care_pathways: CarePathwaysTable;
  pathway_implementations: PathwayImplementationsTable;
  allocation_keys: AllocationKeysTable;
  allocation_key_shares: AllocationKeySharesTable;
  hostings: HostingsTable;
  cost_items: CostItemsTable;
  cost_parameters: CostParametersTable;
  default_salaries: DefaultSalariesTable;
  person_salaries: PersonSalariesTable;
  fixed_contributions: FixedContributionsTable;
  record_origins: RecordOriginsTable;
  package_log: PackageLogTable;
  exchange_pickups: ExchangePickupsTable;
  audit_log: AuditLogTable;
  audit_chain_head: AuditChainHeadTable;
  change_log: ChangeLogTable;
  rule_dismissals: RuleDismissalsTable;
  search_rows: SearchRowsTable;
  cost_scenarios: CostScenariosTable;
  cost_budgets: CostBudgetsTable;
  cost_actuals: CostActualsTable;
  cost_region_actuals: CostRegionActualsTable;
  nomination_requests: NominationRequestsTable;
  nomination_candidates: NominationCandidatesTable;
  person_erasures: PersonErasuresTable;
  package_sent_sets: PackageSentSetsTable;
  package_recipients: PackageRecipientsTable;
  trusted_keys: TrustedKeysTable;
  signing_keys: SigningKeysTable;
  package_undo: PackageUndoTable;
  saved_answers: SavedAnswersTable;
};
