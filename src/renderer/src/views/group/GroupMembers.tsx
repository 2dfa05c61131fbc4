import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupDetail } from '@shared/contract/register';
import { AssignmentsTable } from '../../components/membership/AssignmentsTable';
import { MembershipForm } from '../../components/membership/MembershipForm';
import { useAssignmentCorrections } from '../../components/membership/useAssignmentCorrections';
import { seatLabelText } from '../../components/hr-names';
import { refetchChannel } from '../../api/query';
import { SeatsTable } from './SeatsTable';

type Adding = { seatId: string; label: string } | null;

/** Seats and who holds them, co-opted and current members, member history; add, edit, end and remove assignments. */
export function GroupMembers({ detail }: { detail: GroupDetail }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState<Adding>(null);
  const formHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (adding) formHeading.current?.focus();
  }, [adding]);
  const g = detail.group;
  const formGroup = { id: g.id, type: g.type, seats: detail.seats };
  const corrections = useAssignmentCorrections([...detail.coOpted, ...detail.currentMembers, ...detail.history], formGroup);
  const actions = { onEdit: corrections.onEdit, onDelete: corrections.onDelete };
  const open = (seatId: string) => setAdding({ seatId, label: seatLabelText(detail.seats.find((s) => s.id === seatId)?.label ?? '', t) });
  return (
    <>
      <section className="stack" aria-labelledby="seats-heading">
        <div className="section-head">
          <h2 id="seats-heading">{t('group.seatsHeading')}</h2>
          <button type="button" className="button" onClick={() => setAdding({ seatId: '', label: '' })}>
            {t('group.addMember')}
          </button>
        </div>
        {detail.seats.length > 0 ? (
          <div className="panel panel--table">
            <SeatsTable
              seats={detail.seats}
              groupId={g.id}
              onAdd={open}
              editable={!g.readOnly && g.level !== 'NATIONAL'}
              onReload={() => void refetchChannel('groups:get', { id: g.id })}
            />
          </div>
        ) : (
          <p className="muted">{t('group.noSeats')}</p>
        )}
      </section>
      {adding && (
        <section className="stack" aria-labelledby="add-member-heading">
          <h2 id="add-member-heading" ref={formHeading} tabIndex={-1}>
            {adding.seatId ? t('group.addToSeatHeading', { seat: adding.label }) : t('group.addMemberHeading')}
          </h2>
          <MembershipForm
            key={adding.seatId || 'none'}
            group={formGroup}
            seatId={adding.seatId}
            onDone={(saved) => {
              setAdding(null);
              corrections.onSaved(saved);
            }}
          />
        </section>
      )}
      <section className="stack" aria-labelledby="members-heading">
        <h2 id="members-heading">{t('group.membersHeading')}</h2>
        {corrections.noticeElement}
        <div className="panel panel--table">
          {detail.coOpted.length > 0 && (
            <AssignmentsTable
              memberships={detail.coOpted}
              caption={t('group.coOptedCaption', { count: detail.coOpted.length })}
              show="person"
              onEnd={corrections.onEnd}
              {...actions}
              testId="co-opted"
            />
          )}
          {detail.currentMembers.length === 0 ? (
            <p className="muted">{t('group.noMembers')}</p>
          ) : (
            <AssignmentsTable
              memberships={detail.currentMembers}
              caption={t('group.currentCaption', { count: detail.currentMembers.length })}
              show="person"
              onEnd={corrections.onEnd}
              {...actions}
              testId="current-members"
            />
          )}
        </div>
      </section>
      <section className="stack" aria-labelledby="member-history-heading">
        <h2 id="member-history-heading">{t('group.memberHistoryHeading')}</h2>
        <div className="panel panel--table">
          {detail.history.length === 0 ? (
            <p className="muted">{t('group.noHistory')}</p>
          ) : (
            <AssignmentsTable
              memberships={detail.history}
              caption={t('group.historyCaption', { count: detail.history.length })}
              show="person"
              {...actions}
              testId="member-history"
            />
          )}
        </div>
      </section>
      {corrections.dialogs}
    </>
  );
}
