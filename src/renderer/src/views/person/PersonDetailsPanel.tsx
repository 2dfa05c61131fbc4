import { useTranslation } from 'react-i18next';
import type { PersonDetail } from '@shared/contract/register';
import { useLookups } from '../../components/useLookups';
import { formatPercentBp } from '../../format';
import { RemoveMistakenPerson } from './RemoveMistakenPerson';

type Props = { person: PersonDetail; onEdit: () => void; onEnd: () => void };

/** The person's facts as a description list, with edit and end when this installation owns the record. */
export function PersonDetailsPanel({ person, onEdit, onEnd }: Props) {
  const { t } = useTranslation();
  const { regionName } = useLookups();
  const none = <span className="muted">{t('common.none')}</span>;
  return (
    <section className="panel" aria-labelledby="person-details-heading">
      <h2 id="person-details-heading">{t('person.detailsHeading')}</h2>
      <div className="person-summary">
        <dl className="details">
          <dt>{t('personForm.email')}</dt>
          <dd>{person.email ? <a href={`mailto:${person.email}`}>{person.email}</a> : none}</dd>
          <dt>{t('personForm.phone')}</dt>
          <dd>{person.phone ?? none}</dd>
          <dt>{t('personForm.regionCode')}</dt>
          <dd>{regionName(person.regionCode) ?? none}</dd>
          <dt>{t('personForm.organisationId')}</dt>
          <dd>{person.organisationName ?? none}</dd>
          <dt>{t('personForm.profession')}</dt>
          <dd>{person.profession ?? none}</dd>
          <dt>{t('personForm.gender')}</dt>
          <dd>{person.gender ? t(`gender.${person.gender}`) : none}</dd>
          <dt>{t('personForm.notes')}</dt>
          <dd className="pre-line">{person.notes ?? none}</dd>
          {person.endedOn && (
            <>
              <dt>{t('person.endedOn')}</dt>
              <dd>{person.endedOn}</dd>
            </>
          )}
        </dl>
        <div className="figure-box" data-testid="person-allocation">
          <p className="figure-box__label">{t('person.allocationNow')}</p>
          <p className="figure-box__value">{formatPercentBp(person.currentAllocationBp)}</p>
          <p className="figure-box__hint">{t('person.allocationHint')}</p>
        </div>
      </div>
      {!person.readOnly && (
        <div className="actions">
          <button type="button" className="button" onClick={onEdit}>
            {t('person.edit')}
          </button>
          {!person.endedOn && (
            <button type="button" className="button button--danger" onClick={onEnd}>
              {t('person.end')}
            </button>
          )}
          <RemoveMistakenPerson person={person} />
        </div>
      )}
    </section>
  );
}
