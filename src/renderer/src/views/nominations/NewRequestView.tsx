import { useTranslation } from 'react-i18next';
import { appErrorOf, useChannelQuery } from '../../api/query';
import { cancelOnEscape } from '../../components/EditInPlace';
import { ErrorAlert } from '../../components/ErrorAlert';
import { seatLabelText } from '../../components/hr-names';
import { LoadingStatus } from '../../components/LoadingStatus';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { todayIso } from '../../format';
import { hrefFor, navigate } from '../../router';
import { emptyRequestValues, prefillFromGroup, type RequestFormValues } from './request-form-model';
import { RequestForm } from './RequestForm';

function parseStart(start: string): { groupId: string; seatId: string | null } {
  const [groupId = '', seatId] = start.split('~');
  return { groupId, seatId: seatId ?? null };
}

function Form({ initial }: { initial: RequestFormValues }) {
  const leave = () => {
    if (window.history.length > 1) window.history.back();
    else navigate('nominations');
  };
  return (
    <div onKeyDown={cancelOnEscape(leave)}>
      <RequestForm initial={initial} onSaved={(detail) => navigate('nomination', detail.request.id)} onCancel={leave} />
    </div>
  );
}

function Prefilled({ start }: { start: string }) {
  const { t } = useTranslation();
  const { groupId, seatId } = parseStart(start);
  const query = useChannelQuery('groups:get', { id: groupId });
  const error = appErrorOf(query.error);
  if (error) return <ErrorAlert heading={t('nominations.new.groupFailed')} error={error} />;
  if (!query.data) return <LoadingStatus text={t('nominations.loading')} />;
  const seat = query.data.seats.find((s) => s.id === seatId);
  return (
    <>
      <p className="lead" data-testid="prefill-note">
        {seat
          ? t('nominations.new.fromSeat', { group: query.data.group.name, seat: seatLabelText(seat.label, t) })
          : t('nominations.new.fromGroup', { group: query.data.group.name })}
      </p>
      <Form initial={prefillFromGroup(query.data, seatId, todayIso())} />
    </>
  );
}

/** A new nomination request: empty, or filled in from a group or a seat whose term ends (one-click start). */
export function NewRequestView({ start }: { start: string | null }) {
  const { t } = useTranslation();
  useDocumentTitle(t('nominations.new.title'));
  return (
    <div className="stack stack--large">
      <p className="breadcrumb">
        <a href={hrefFor('nominations')}>{t('nominations.backToList')}</a>
      </p>
      <h1 tabIndex={-1}>{t('nominations.new.title')}</h1>
      {start ? <Prefilled start={start} /> : <Form initial={emptyRequestValues(todayIso())} />}
    </div>
  );
}
