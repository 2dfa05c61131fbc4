import type { AppError } from '@shared/contract/errors';

export type { Route } from '../routes';

/** What a pending call or an error belongs to, so each view shows its own. */
export type Scope =
  | 'appInfo'
  | 'setup'
  | 'language'
  | 'example'
  | 'reference'
  | 'organisations'
  | 'organisationSave'
  | 'persons'
  | 'personsPage'
  | 'person'
  | 'personSave'
  | 'personEnd'
  | 'groups'
  | 'groupsPage'
  | 'groupOptions'
  | 'group'
  | 'groupSave'
  | 'membershipSave'
  | 'membershipEnd'
  | 'allocationDefaults'
  | 'vacancies'
  | 'balance'
  | 'rules'
  | 'ruleDismiss'
  | 'ruleSettings'
  | 'ruleSettingsSave'
  | 'importPreview'
  | 'importApply'
  | 'export'
  // time and activity planning
  | 'capacity'
  | 'capacityPage'
  | 'capacityCell'
  | 'capacitySettings'
  | 'capacitySettingsSave'
  | 'teamsBoard'
  | 'teams'
  | 'plannedTime'
  | 'teamPlannedTime'
  | 'teamLevelSave'
  | 'teamLevelDelete'
  | 'levelAllocations'
  | 'levelAllocationSave'
  | 'pathways'
  | 'pathwayMatrix'
  | 'pathwaySave'
  | 'implementationSave'
  | 'yearPlan'
  | 'yearPlanExportPdf'
  | 'yearPlanExportXlsx';

export type ScopeErrors = Partial<Record<Scope, AppError>>;
export type ScopeFlags = Partial<Record<Scope, boolean>>;
