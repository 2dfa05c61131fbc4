import type { AppError } from '@shared/contract/errors';

export type { Route } from '../routes';

/** What a pending call or an error belongs to, so each view shows its own. */
export type Scope =
  | 'organisations'
  | 'organisationSave'
  | 'persons'
  | 'person'
  | 'personSave'
  | 'personEnd'
  | 'groups'
  | 'group'
  | 'groupSave'
  | 'membershipSave'
  | 'membershipEnd'
  | 'membershipDelete'
  | 'vacancies'
  | 'ruleDismiss'
  | 'ruleSettingsSave'
  | 'importPreview'
  | 'importApply'
  | 'importFiles'
  | 'export';

export type ScopeErrors = Partial<Record<Scope, AppError>>;
export type ScopeFlags = Partial<Record<Scope, boolean>>;
