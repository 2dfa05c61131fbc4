import type { AppError } from '@shared/contract/errors';

export type Route = 'overview' | 'reference';

/** What a pending call or an error belongs to, so each view shows its own. */
export type Scope = 'appInfo' | 'setup' | 'language' | 'example' | 'reference';

export type ScopeErrors = Partial<Record<Scope, AppError>>;
export type ScopeFlags = Partial<Record<Scope, boolean>>;
