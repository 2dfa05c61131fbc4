/** The travelling-record columns of a freshly created row. */
export function newRecordColumns(id: string, owner: string, nowIso: string) {
  return { id, owner, version: 1, created_at: nowIso, updated_at: nowIso, deleted_at: null };
}
