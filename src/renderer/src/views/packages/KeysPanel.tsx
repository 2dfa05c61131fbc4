import { useTranslation } from 'react-i18next';
import type { KeysList } from '@shared/contract/packages';
import { call } from '../../api';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingStatus } from '../../components/LoadingStatus';
import { useActorText } from '../../components/history/useActorText';
import { formatTimestamp } from '../../format';
import { useAction, useLoad, type Loaded } from '../costs/common/useCall';

/** A fingerprint in groups of four, easier to read aloud over the telephone. */
function grouped(fingerprint: string): string {
  return fingerprint.replace(/(.{4})(?=.)/g, '$1 ');
}

/** This installation's own key, which signs the packages it sends; created on request. */
function OwnKey({ keys }: { keys: Loaded<KeysList> }) {
  const { t } = useTranslation();
  const action = useAction();
  const own = keys.data?.own[0] ?? null;
  const generate = async () => {
    if (await action.run(() => call('keys:generate', {}))) keys.reload();
  };
  return (
    <section className="panel stack" aria-labelledby="own-key-heading" data-testid="own-key">
      <h2 id="own-key-heading">{t('packages.keys.ownHeading')}</h2>
      <p className="muted">{t('packages.keys.ownLead')}</p>
      {keys.loading && !keys.data && <LoadingStatus text={t('packages.keys.loading')} />}
      {keys.error && <ErrorAlert heading={t('packages.keys.loadFailed')} error={keys.error} headingLevel={3} />}
      {keys.data && !own && (
        <div className="stack stack--tight">
          <p>{t('packages.keys.none')}</p>
          <div className="actions">
            <button type="button" className="button button--primary" disabled={action.busy} onClick={() => void generate()}>
              {t('packages.keys.generate')}
            </button>
          </div>
        </div>
      )}
      {own && (
        <dl className="package-facts">
          <dt>{t('packages.keys.fingerprint')}</dt>
          <dd className="fingerprint" data-testid="own-fingerprint">
            {grouped(own.fingerprint)}
          </dd>
          <dt>{t('packages.keys.createdAt')}</dt>
          <dd>{formatTimestamp(own.createdAt)}</dd>
        </dl>
      )}
      {action.error && <ErrorAlert heading={t('packages.keys.generateFailed')} error={action.error} headingLevel={3} />}
    </section>
  );
}

/** The keys trusted for other senders (trusted once, after checking the fingerprint, during an import). */
function TrustedKeys({ keys }: { keys: KeysList | null }) {
  const { t } = useTranslation();
  const actor = useActorText();
  return (
    <section className="panel stack" aria-labelledby="trusted-keys-heading">
      <h2 id="trusted-keys-heading">{t('packages.keys.trustedHeading')}</h2>
      <p className="muted">{t('packages.keys.trustedLead')}</p>
      {keys && keys.trusted.length === 0 && <p className="muted">{t('packages.keys.noTrusted')}</p>}
      {keys && keys.trusted.length > 0 && (
        <div className="table-scroll package-scroll">
          <table className="table table--compact" data-testid="trusted-keys">
            <caption className="visually-hidden">{t('packages.keys.trustedHeading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('packages.keys.owner')}</th>
                <th scope="col">{t('packages.keys.fingerprint')}</th>
                <th scope="col">{t('packages.keys.trustedAt')}</th>
                <th scope="col">{t('packages.keys.trustedBy')}</th>
              </tr>
            </thead>
            <tbody>
              {keys.trusted.map((k) => (
                <tr key={`${k.owner}/${k.fingerprint}`}>
                  <th scope="row">{k.owner}</th>
                  <td className="fingerprint">{grouped(k.fingerprint)}</td>
                  <td className="nowrap">{formatTimestamp(k.trustedAt)}</td>
                  <td>{actor(k.trustedBy)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** Signing keys: this installation's own key (to sign packages) and the keys trusted for other senders. */
export function KeysPanel() {
  const keys = useLoad('keys:list', {});
  return (
    <div className="stack stack--large">
      <OwnKey keys={keys} />
      <TrustedKeys keys={keys.data} />
    </div>
  );
}
