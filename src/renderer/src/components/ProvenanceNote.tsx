import { useTranslation } from 'react-i18next';
import type { Provenance } from '@shared/contract/records';
import { NATIONAL_OWNER } from '@shared/domain/enums';
import { formatTimestamp } from '../format';
import { useLookups } from './useLookups';

type Props = { owner: string; ownerName: string | null; provenance: Provenance | null };

/** Shown on records owned by another region: who owns it and where it came from (by name), and that it cannot be edited here. */
export function ProvenanceNote({ owner, ownerName, provenance }: Props) {
  const { t } = useTranslation();
  const lookups = useLookups();
  if (owner === NATIONAL_OWNER) {
    return (
      <div className="notice notice--info" data-testid="provenance">
        <p>{t('provenance.national')}</p>
      </div>
    );
  }
  return (
    <div className="notice notice--info" data-testid="provenance">
      <p className="notice__heading notice__heading--info">{t('provenance.readOnlyHeading')}</p>
      <p>{t('provenance.owner', { owner: ownerName ?? lookups.ownerName(owner) ?? owner })}</p>
      {provenance ? (
        <p>
          {t('provenance.received', {
            origin: lookups.ownerName(provenance.originOwner) ?? provenance.originOwner,
            at: formatTimestamp(provenance.receivedAt),
          })}
        </p>
      ) : (
        <p className="muted">{t('provenance.unknownOrigin')}</p>
      )}
    </div>
  );
}
