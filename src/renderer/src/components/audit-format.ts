/** Turns the audit log's before/after JSON (database rows) into readable changes. */

export const AUDIT_FIELDS = [
  'name',
  'email',
  'phone',
  'region_code',
  'organisation_id',
  'profession',
  'gender',
  'notes',
  'ended_on',
  'type',
  'level',
  'parent_group_id',
  'healthcare_region_code',
  'host_healthcare_region_code',
  'hosting_status',
  'seat_count',
  'description',
  'person_id',
  'group_id',
  'seat_id',
  'role',
  'start_date',
  'end_date',
  'allocation_bp',
  'status',
] as const;
export type AuditField = (typeof AUDIT_FIELDS)[number];

/** Bookkeeping columns nobody needs to read in a history. */
const TECHNICAL = new Set([
  'id',
  'owner',
  'version',
  'created_at',
  'updated_at',
  'deleted_at',
  'is_example',
  'seats_per_healthcare_region',
]);

export type AuditChange = { field: string; known: AuditField | null; before: unknown; after: unknown };

function parse(json: string | null): Record<string, unknown> {
  if (!json) return {};
  try {
    const value: unknown = JSON.parse(json);
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

function isKnown(field: string): field is AuditField {
  return (AUDIT_FIELDS as readonly string[]).includes(field);
}

/**
 * The fields that differ between before and after, in a stable order (known fields first). For a new
 * record only the fields that were filled in.
 */
export function auditChanges(beforeJson: string | null, afterJson: string | null): AuditChange[] {
  const before = parse(beforeJson);
  const after = parse(afterJson);
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((f) => !TECHNICAL.has(f));
  const changes = fields
    .filter((field) => JSON.stringify(before[field] ?? null) !== JSON.stringify(after[field] ?? null))
    .map((field) => ({ field, known: isKnown(field) ? field : null, before: before[field] ?? null, after: after[field] ?? null }));
  const rank = (c: AuditChange) => (c.known ? AUDIT_FIELDS.indexOf(c.known) : AUDIT_FIELDS.length);
  return changes.sort((a, b) => rank(a) - rank(b));
}
