import type { TFunction } from 'i18next';
import type { ListExportInput } from '@shared/contract/register-insights';
import type { RuleWarning } from '@shared/contract/rule-warnings';

/** The persons and groups a warning names, from its parameters. */
function named(warning: RuleWarning): { persons: string[]; groups: string[] } {
  const p: Partial<Record<'personName' | 'otherPersonName' | 'groupName', string>> = warning.params;
  return {
    persons: [p.personName, p.otherPersonName].filter((x): x is string => typeof x === 'string'),
    groups: p.groupName ? [p.groupName] : [],
  };
}

/** The warnings as Varningar lists them (rule, severity, who and which group), for the .xlsx export. */
export function warningsExport(warnings: readonly RuleWarning[], asOf: string, t: TFunction): ListExportInput {
  return {
    fileName: t('warnings.exportFile'),
    sheetName: t('warnings.title').slice(0, 31),
    columns: [
      { header: t('warnings.exportRule'), format: 'text' },
      { header: t('warnings.exportSeverity'), format: 'text' },
      { header: t('warnings.exportPersons'), format: 'text' },
      { header: t('warnings.exportGroups'), format: 'text' },
      { header: t('warnings.exportAsOf'), format: 'date' },
    ],
    rows: warnings.map((warning) => {
      const { persons, groups } = named(warning);
      return [
        t(`warnings.rule.${warning.code}`),
        t(`warnings.severity.${warning.severity}`),
        persons.join(', ') || null,
        groups.join(', ') || null,
        asOf,
      ];
    }),
  };
}
