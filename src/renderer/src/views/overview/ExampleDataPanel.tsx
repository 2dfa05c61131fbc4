import { useTranslation } from 'react-i18next';
import type { ExampleLoadResult } from '@shared/contract/app';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Spinner } from '../../components/Spinner';
import { formatInteger } from '../../format';
import { appErrorOf, useChannelMutation } from '../../api/query';
import { useStore } from '../../store';
import { useExampleDataLoaded, useLastExampleResult } from '../../store/selectors';

const ADDED_ORDER = [
  'organisations',
  'persons',
  'groups',
  'memberships',
  'activityLevelChanges',
  'costRecords',
] as const satisfies readonly (keyof ExampleLoadResult)[];

function AddedSummary({ added }: { added: ExampleLoadResult }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice--success" role="status" data-testid="example-added">
      <h3 className="notice__heading">{t('example.addedHeading')}</h3>
      <table className="table table--compact table--plain">
        <caption className="visually-hidden">{t('example.addedCaption')}</caption>
        <tbody>
          {ADDED_ORDER.map((key) => (
            <tr key={key}>
              <th scope="row">{t(`example.added.${key}`)}</th>
              <td className="numeric">{formatInteger(added[key])}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function ExampleDataPanel() {
  const { t } = useTranslation();
  const loaded = useExampleDataLoaded();
  const added = useLastExampleResult();
  const setAdded = useStore((s) => s.setLastExampleResult);
  const load = useChannelMutation('example:load', { onSuccess: setAdded });
  const loading = load.isPending;
  const error = appErrorOf(load.error);
  return (
    <section className="panel" aria-labelledby="example-heading" aria-busy={loading}>
      <h2 id="example-heading">{t('example.heading')}</h2>
      <p>{t('example.description')}</p>
      {loaded && (
        <p className="tag tag--example tag--large" data-testid="example-loaded-label">
          {t('example.loadedLabel')}
        </p>
      )}
      <div className="actions">
        <button type="button" className="button button--primary" onClick={() => load.mutate({})} disabled={loading} aria-busy={loading}>
          {loading && <Spinner />}
          {loading ? t('example.loading') : t('example.load')}
        </button>
        {loaded && <p className="field__hint">{t('example.loadAgainHint')}</p>}
      </div>
      {error && <ErrorAlert heading={t('example.errorHeading')} error={error} headingLevel={3} />}
      {added && <AddedSummary added={added} />}
    </section>
  );
}
