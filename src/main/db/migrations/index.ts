import { initialSchema } from './0001-initial-schema';
import { ruleDismissals } from './0002-rule-dismissals';
import { costScenarios } from './0003-cost-scenarios';
import { packageExchange } from './0004-package-exchange';
import { auditAppendOnly } from './0005-audit-append-only';
import { auditErasablePayloads } from './0006-audit-erasable-payloads';
import { searchKeys } from './0007-search-keys';
import { scaleIndexes } from './0008-scale-indexes';
import { changeLog } from './0009-change-log';
import { packageSentSets } from './0010-package-sent-sets';
import { changeLogInserts } from './0011-change-log-inserts';
import { ftsSearch } from './0012-fts-search';
import { savedAnswers } from './0013-saved-answers';
import { datedCostSalaries } from './0014-dated-cost-salaries';
import { regionActuals } from './0015-region-actuals';
import { exchangePickups } from './0016-exchange-pickups';
import { nominations } from './0017-nominations';
import { exchangePickupsChangeLog } from './0018-exchange-pickups-change-log';
import type { Migration } from './types';

/** Every migration, in order. Never edit a landed entry; append a new one. */
export const MIGRATIONS: readonly Migration[] = [
  initialSchema,
  ruleDismissals,
  costScenarios,
  packageExchange,
  auditAppendOnly,
  auditErasablePayloads,
  searchKeys,
  scaleIndexes,
  changeLog,
  packageSentSets,
  changeLogInserts,
  ftsSearch,
  savedAnswers,
  datedCostSalaries,
  regionActuals,
  exchangePickups,
  nominations,
  exchangePickupsChangeLog,
];

/** The version of the newest migration (versions only grow; a number may be reserved by a parallel branch). */
export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)?.version ?? 0;
