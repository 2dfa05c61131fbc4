import { initialSchema } from './0001-initial-schema';
import type { Migration } from './types';

/** Every migration, in order. Never edit a landed entry; append a new one. */
export const MIGRATIONS: readonly Migration[] = [initialSchema];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.length;
