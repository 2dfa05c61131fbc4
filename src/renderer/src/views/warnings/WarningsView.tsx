import { useTranslation } from 'react-i18next';
import { appErrorOf, useChannelQuery } from '../../api/query';
import { RULE_CODES, type Dismissal, type RuleCode, type RuleWarning } from '@shared/contract/rule-warnings';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportButton } from '../../components/table/ExportButton';
import { LoadingStatus } from '../../components/LoadingStatus';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { formatInteger } from '../../format';
import { useWrite } from '../../api/use-write';
import { RuleSettingsForm } from './RuleSettingsForm';
import { warningsExport } from './warnings-export';
import { WarningsTable } from './WarningsTable';

type SectionProps = { code: RuleCode; warnings: RuleWarning[]; dismiss: (dismissal: Dismissal) => void; busy: boolean };

function RuleSection({ code, warnings, dismiss, busy }: SectionProps) {
  const { t } = useTranslation();
  return (
    <section className="panel" aria-labelledby={`rule-${code}`} data-rule={code}>
      <h2 id={`rule-${code}`}>
        {t(`warnings.rule.${code}`)} <span className="count-badge">{formatInteger(warnings.length)}</span>
      </h2>
      <p className="muted">{t(`warnings.ruleHelp.${code}`)}</p>
      <WarningsTable warnings={warnings} caption={t(`warnings.rule.${code}`)} onDismiss={dismiss} busy={busy} />
    </section>
  );
}

export function WarningsView() {
  const { t } = useTranslation();
  const rulesQuery = useChannelQuery('rules:list', {});
  const settingsQuery = useChannelQuery('rules:settings-get', {});
  const rules = rulesQuery.data ?? null;
  const settings = settingsQuery.data ?? null;
  const loading = rulesQuery.isFetching;
  const error = appErrorOf(rulesQuery.error);
  const dismiss = useWrite('rules:dismiss');
  const dismissError = dismiss.error;
  const settingsError = appErrorOf(settingsQuery.error);
  useDocumentTitle(t('warnings.title'));
  const groups = RULE_CODES.map((code) => ({ code, warnings: (rules?.warnings ?? []).filter((w) => w.code === code) })).filter(
    (g) => g.warnings.length > 0,
  );
  return (
    <div className="stack stack--large" aria-busy={loading}>
      <div className="stack">
        <h1 tabIndex={-1}>{t('warnings.title')}</h1>
        <p className="lead">{t('warnings.lead')}</p>
      </div>
      {error && <ErrorAlert heading={t('warnings.errorHeading')} error={error} />}
      {dismissError && <ErrorAlert heading={t('warnings.dismissFailed')} error={dismissError} />}
      {!rules && loading && <LoadingStatus text={t('warnings.loading')} />}
      {rules && (
        <div className="stack" data-testid="warnings">
          <div className="list-head">
            <p className="summary-line" role="status">
              {t('warnings.summary', { count: rules.warnings.length, date: rules.asOf })}{' '}
              {t('warnings.horizon', { count: rules.horizonMonths })}
              {rules.dismissedCount > 0 && ` ${t('warnings.dismissedCount', { count: rules.dismissedCount })}`}
            </p>
            {rules.warnings.length > 0 && (
              <ExportButton
                label={t('tables.exportXlsx')}
                testId="warnings-export"
                build={() => warningsExport(rules.warnings, rules.asOf, t)}
              />
            )}
          </div>
          {groups.length === 0 && <p className="notice notice--success">{t('warnings.none')}</p>}
          {groups.map((g) => (
            <RuleSection key={g.code} code={g.code} warnings={g.warnings} dismiss={(d) => void dismiss.run(d)} busy={dismiss.saving} />
          ))}
        </div>
      )}
      {settingsError && <ErrorAlert heading={t('ruleSettings.loadFailed')} error={settingsError} />}
      {settings && <RuleSettingsForm settings={settings} />}
    </div>
  );
}
