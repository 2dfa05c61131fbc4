import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupDetail } from '@shared/contract/register';
import { call } from '../../api';
import { healthcareRegionRank, seatLabelText } from '../../components/hr-names';
import { SavedStatus, useFocusReturn } from '../../components/EditInPlace';
import { RemoveRecordDialog } from '../../components/RemoveRecordDialog';
import { useLookups } from '../../components/useLookups';
import { hrefFor } from '../../router';
import { startHref } from '../nominations/nomination-words';
import { SeatEditRow } from './SeatEditRow';

type Seat = GroupDetail['seats'][number];
type Props = {
  seats: GroupDetail['seats'];
  /** The group: a seat whose holders' terms all end offers the one-click start of a nomination. */
  groupId?: string;
  onAdd?: ((seatId: string) => void) | undefined;
  /** The seats of an own regional or local group can be corrected in place and removed. */
  editable?: boolean;
  /** Fetch the group again (after someone else changed a seat). */
  onReload?: () => void;
};

const LEADING = new Set(['CHAIR', 'VICE_CHAIR', 'PROCESS_LEADER']);

/** A seat whose holders' terms all end: the one-click start of a nomination is offered. */
function termEnds(seat: Seat): boolean {
  return seat.holders.length > 0 && seat.holders.every((h) => h.endDate !== null);
}
const editButtonId = (seat: Seat) => `seat-edit-${seat.id}`;

function Holders({ seat }: { seat: Seat }) {
  const { t } = useTranslation();
  if (seat.holders.length === 0 && seat.noData) {
    return (
      <span className="seat-no-data" data-testid="seat-no-data">
        <span aria-hidden="true">– </span>
        {t('group.seatNoData')}
      </span>
    );
  }
  if (seat.holders.length === 0) {
    return (
      <span className="seat-vacant">
        <span aria-hidden="true">○ </span>
        {t('group.vacant')}
      </span>
    );
  }
  return (
    <ul className="plain-list">
      {seat.holders.map((h) => (
        <li key={h.id}>
          <a href={hrefFor('person', h.personId)}>{h.personName}</a>{' '}
          <span className={LEADING.has(h.role) ? 'tag tag--leader' : 'muted'}>{t(`role.${h.role}`)}</span>{' '}
          <span className="muted">
            {h.startDate} – {h.endDate ?? t('assignments.openEnded')}
            {h.phase === 'PLANNED' && ` · ${t('phase.PLANNED')}`}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** What the status line says after a seat was saved or removed; a saved seat is named as it reads once fetched anew. */
type SavedSeat = { key: 'seatEdit.saved' | 'seatEdit.removed'; seatId: string | null; label: string };

/** A seat's name: a region's seat by the region's name and its number, never by the region code. */
function useSeatLabel(): (seat: Seat) => string {
  const { t } = useTranslation();
  const { regionName } = useLookups();
  return (seat) =>
    seat.regionCode && !seat.healthcareRegionCode ? `${regionName(seat.regionCode)} ${seat.ordinal}` : seatLabelText(seat.label, t);
}

type RowProps = Omit<Props, 'seats'> & { seat: Seat; columns: number; onSaved: (saved: SavedSeat) => void };

function SeatRow({ seat, groupId, onAdd, editable, onReload, columns, onSaved }: RowProps) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [removing, setRemoving] = useState(false);
  const returnFocus = useFocusReturn(editButtonId(seat), seat.version);
  const label = useSeatLabel()(seat);
  if (editing) {
    const done = (saved: boolean) => {
      setEditing(false);
      if (saved) onSaved({ key: 'seatEdit.saved', seatId: seat.id, label });
      returnFocus();
    };
    return <SeatEditRow seat={seat} columns={columns} onDone={done} onReload={() => (onReload?.(), done(false))} />;
  }
  const context = <span className="visually-hidden"> {t('group.seatContext', { seat: label })}</span>;
  return (
    <tr data-seat={seat.label}>
      <th scope="row">{label}</th>
      <td>
        <Holders seat={seat} />
      </td>
      {(onAdd || editable) && (
        <td className="actions actions--inline">
          {onAdd && (
            <button type="button" className="button button--small" onClick={() => onAdd(seat.id)}>
              {t('group.addToSeat')}
              {context}
            </button>
          )}
          {onAdd && groupId && termEnds(seat) && (
            <a className="button button--small" href={startHref(groupId, seat.id)} data-testid="start-nomination">
              {t('nominations.start')}
              {context}
            </a>
          )}
          {editable && (
            <button type="button" className="button button--small" id={editButtonId(seat)} onClick={() => setEditing(true)}>
              {t('seatEdit.edit')}
              {context}
            </button>
          )}
          {editable && seat.holders.length === 0 && (
            <button type="button" className="button button--small" onClick={() => setRemoving(true)}>
              {t('removeRecord.remove')}
              {context}
            </button>
          )}
          <RemoveRecordDialog
            open={removing}
            title={t('seatEdit.removeTitle', { seat: label })}
            explain={t('seatEdit.removeExplain')}
            confirmLabel={t('seatEdit.removeConfirm')}
            remove={() => call('seats:delete', { id: seat.id, version: seat.version })}
            onRemoved={() => onSaved({ key: 'seatEdit.removed', seatId: null, label })}
            onReload={() => onReload?.()}
            onClose={() => setRemoving(false)}
          />
        </td>
      )}
    </tr>
  );
}

/** Every seat with its current and planned holders; an empty seat says so in words. */
export function SeatsTable({ seats, groupId, onAdd, editable = false, onReload }: Props) {
  const { t } = useTranslation();
  const [saved, setSaved] = useState<SavedSeat | null>(null);
  const labelOf = useSeatLabel();
  // the saved seat as it reads now: the save may settle before the group is drawn anew with its new number or region
  const savedSeat = saved?.seatId ? seats.find((s) => s.id === saved.seatId) : undefined;
  const savedText = saved ? t(saved.key, { seat: savedSeat ? labelOf(savedSeat) : saved.label }) : null;
  const withActions = onAdd !== undefined || editable;
  const columns = withActions ? 3 : 2;
  const sorted = [...seats].sort(
    (a, b) => healthcareRegionRank(a.healthcareRegionCode) - healthcareRegionRank(b.healthcareRegionCode) || a.ordinal - b.ordinal,
  );
  return (
    <>
      <table className="table table--compact" data-testid="seats-table">
        <caption className="visually-hidden">{t('group.seatsCaption', { count: seats.length })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('group.seat')}</th>
            <th scope="col">{t('group.holders')}</th>
            {withActions && <th scope="col">{t('assignments.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {sorted.map((seat) => (
            <SeatRow
              key={seat.id}
              seat={seat}
              groupId={groupId}
              onAdd={onAdd}
              editable={editable}
              onReload={onReload}
              columns={columns}
              onSaved={setSaved}
            />
          ))}
        </tbody>
      </table>
      <SavedStatus text={savedText} testId="seat-saved-status" />
    </>
  );
}
