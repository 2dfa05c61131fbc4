import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RequestDetail } from '@shared/contract/nominations';
import { formatInteger } from '../../format';
import { hrefFor } from '../../router';
import { DocumentLink } from './DocumentLink';
import { daysText, periodText, requesterText, shareText } from './nomination-words';

export const REQUEST_EDIT_BUTTON = 'request-edit-button';

type Props = {
  detail: RequestDetail;
  onEdit: () => void;
  onStatus: (status: 'OPEN' | 'CLOSED' | 'CANCELLED') => void;
  onRemove: () => void;
  busy: boolean;
};

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

/** What the request asks for, from whom and by when, with the seat's holder; change, close, cancel or remove it. */
export function RequestFacts({ detail, onEdit, onStatus, onRemove, busy }: Props) {
  const { t } = useTranslation();
  const r = detail.request;
  const none = <span className="muted">{t('common.none')}</span>;
  return (
    <section className="panel stack" aria-labelledby="request-facts-heading" data-testid="request-facts">
      <h2 id="request-facts-heading" className="visually-hidden">
        {t('nominations.facts.heading')}
      </h2>
      <dl className="details">
        <Fact label={t('nominations.facts.group')}>
          <a href={hrefFor('group', r.groupId)}>{r.groupName}</a> <span className="muted">{t(`groupType.${r.groupType}`)}</span>
        </Fact>
        {detail.seatHolders.length > 0 && (
          <Fact label={t('nominations.facts.holder')}>
            {detail.seatHolders.map((h) => (
              <span key={h.id} className="nominations-holder">
                <a href={hrefFor('person', h.personId)}>{h.personName}</a>{' '}
                <span className="muted">
                  {t(`role.${h.role}`)} · {h.startDate} – {h.endDate ?? t('assignments.openEnded')}
                  {h.phase === 'PLANNED' && ` · ${t('phase.PLANNED')}`}
                </span>
              </span>
            ))}
          </Fact>
        )}
        <Fact label={t('nominations.facts.requester')}>{requesterText(r, t)}</Fact>
        <Fact label={t('nominations.facts.wanted')}>
          {t('nominations.facts.persons', { count: r.personsWanted, persons: formatInteger(r.personsWanted) })} · {t(`role.${r.role}`)} ·{' '}
          {shareText(r.allocationBp, t)}
        </Fact>
        <Fact label={t('nominations.facts.competence')}>{r.competence ?? none}</Fact>
        <Fact label={t('nominations.facts.period')}>{periodText(r.periodStart, r.periodEnd, t)}</Fact>
        <Fact label={t('nominations.facts.due')}>
          {r.dueDate}
          {r.status === 'OPEN' && <span className={r.daysToDue < 0 ? 'due due--past' : 'due'}> ({daysText(r.daysToDue, t)})</span>}
        </Fact>
        <Fact label={t('nominations.facts.reference')}>{r.reference ?? none}</Fact>
        <Fact label={t('nominations.facts.link')}>{r.link ? <DocumentLink link={r.link} /> : none}</Fact>
        {r.notes && <Fact label={t('nominations.facts.notes')}>{<span className="pre-line">{r.notes}</span>}</Fact>}
        {r.closedOn && <Fact label={t('nominations.facts.closedOn')}>{r.closedOn}</Fact>}
      </dl>
      {!r.readOnly && (
        <div className="actions">
          <button type="button" id={REQUEST_EDIT_BUTTON} className="button" onClick={onEdit}>
            {t('nominations.facts.edit')}
          </button>
          {r.status === 'OPEN' ? (
            <>
              <button type="button" className="button" disabled={busy} onClick={() => onStatus('CLOSED')}>
                {t('nominations.facts.close')}
              </button>
              <button type="button" className="button" disabled={busy} onClick={() => onStatus('CANCELLED')}>
                {t('nominations.facts.cancel')}
              </button>
            </>
          ) : (
            <button type="button" className="button" disabled={busy} onClick={() => onStatus('OPEN')}>
              {t('nominations.facts.reopen')}
            </button>
          )}
          <button type="button" className="button button--danger" onClick={onRemove}>
            {t('nominations.facts.remove')}
          </button>
        </div>
      )}
    </section>
  );
}
