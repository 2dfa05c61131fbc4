import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { PACKAGE_RECORD_TYPES, type FieldChange, type PackageRecordType } from '../../../src/shared/contract/packages';
import { RECORD_FIELDS } from '../../../src/main/domain/packages/record-schemas';
import { CODED_FIELDS, changesText } from '../../../src/renderer/src/views/packages/change-values';
import { translator } from './translator';

/** The codes a field of the package format takes, or null when it is not a closed vocabulary. */
function codesOf(schema: z.ZodType): readonly string[] | null {
  let inner: z.ZodType = schema;
  while (inner instanceof z.ZodNullable || inner instanceof z.ZodDefault) inner = inner.unwrap() as z.ZodType;
  return inner instanceof z.ZodEnum ? (inner.options as string[]) : null;
}

const coded: { type: PackageRecordType; field: string; codes: readonly string[] }[] = PACKAGE_RECORD_TYPES.flatMap((type) =>
  Object.entries(RECORD_FIELDS[type] as Record<string, z.ZodType>).flatMap(([field, schema]) => {
    const codes = codesOf(schema);
    return codes ? [{ type, field, codes }] : [];
  }),
);

describe('package preview: changed values that are codes', () => {
  it('knows a word for every code of every coded field of the package format, in Swedish and English', async () => {
    expect(coded.length).toBeGreaterThan(15);
    for (const language of ['sv', 'en'] as const) {
      const i18n = await translator(language);
      for (const { type, field, codes } of coded) {
        const prefix = CODED_FIELDS[type]?.[field];
        expect(prefix, `${type}.${field}`).toBeDefined();
        for (const code of codes) expect(i18n.exists(`${prefix}.${code}`), `${language} ${prefix}.${code}`).toBe(true);
      }
    }
  });

  it('words a role, a group type and a status change instead of showing their codes; other values as sent', async () => {
    const { t } = await translator('sv');
    const label = (key: string) => ({ 'package.field.role': 'Roll', 'package.field.allocationBp': 'Andel' })[key] ?? '';
    const changes: FieldChange[] = [
      { field: 'role', from: 'MEMBER', to: 'CHAIR' },
      { field: 'allocationBp', from: '20 %', to: '25 %' },
    ];
    expect(changesText(t, label, 'memberships', changes)).toBe('Roll Ledamot → Ordförande; Andel 20 % → 25 %');
    const group = changesText(t, () => 'Typ', 'groups', [{ field: 'type', from: 'OTHER', to: 'PRIMARY_CARE_COUNCIL' }]);
    expect(group).not.toMatch(/OTHER|PRIMARY_CARE/);
    const status = changesText((await translator('en')).t, () => 'Status', 'hostings', [{ field: 'status', from: 'ACTIVE', to: null }]);
    expect(status).not.toMatch(/ACTIVE|–$/);
    expect(status).toMatch(/^Status \S+ → /);
  });
});
