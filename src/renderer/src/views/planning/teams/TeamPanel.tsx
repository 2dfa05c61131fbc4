import { forwardRef, Fragment, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LevelEvent, PlannedTime, Team } from '@shared/contract/planning';
import { Dialog } from '../../../components/Dialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingStatus } from '../../../components/LoadingStatus';
import { useLookups } from '../../../components/useLookups';
import { formatInteger } from '../../../format';
import { hrefFor } from '../../../router';
import type { AppError } from '@shared/contract/errors';
import { useWrite } from '../../../api/use-write';
import { LevelLabel } from '../common/levels';
import { MembersTable } from './DeviationsTable';
import { PlannedTimeBlock } from './PlannedTimeBlock';
import { focusLater, SavedStatus } from '../../../components/EditInPlace';
import { LevelEditRow, levelEditButtonId } from './LevelEditRow';
import { SetLevelForm } from './SetLevelForm';

function LevelHistory({ team, onDelete }: { team: Team; onDelete: (event: LevelEvent) => void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<LevelEvent | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const stopEditing = (event: LevelEvent, ok: boolean) => {
    setEditing(null);
    setSaved(ok ? t('levelEdit.saved') : null);
    focusLater(levelEditButtonId(event));
  };
  if (team.history.length === 0) return <p data-testid="level-history-empty">{t('planning.teams.history.none')}</p>;
  return (
    <>
      <SavedStatus text={saved} />
      <table className="table table--compact" data-testid="level-history">
        <caption className="visually-hidden">{t('planning.teams.history.heading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('planning.teams.history.date')}</th>
            <th scope="col">{t('planning.teams.history.level')}</th>
            <th scope="col">{t('planning.teams.history.note')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('planning.teams.history.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {team.history.map((event) => (
            <Fragment key={event.id}>
              <tr data-date={event.effectiveDate} data-level={event.level}>
                <th scope="row">{event.effectiveDate}</th>
                <td>
                  <LevelLabel level={event.level} />
                </td>
                <td>
                  {event.note ?? <span className="muted">{t('common.none')}</span>}
                  {event.isExample && <span className="tag tag--example tag--part">{t('common.example')}</span>}
                </td>
                <td>
                  {event.readOnly ? (
                    <span className="muted">{t('planning.teams.history.readOnly')}</span>
                  ) : (
                    <div className="actions actions--inline">
                      <button
                        type="button"
                        id={levelEditButtonId(event)}
                        className="button button--small"
                        onClick={() => {
                          setSaved(null);
                          setEditing(event);
                        }}
                      >
                        {t('common.edit')}
                        <span className="visually-hidden">{` ${event.effectiveDate} ${t(`planning.level.${event.level}`)}`}</span>
                      </button>
                      <button type="button" className="button button--small button--danger" onClick={() => onDelete(event)}>
                        {t('planning.teams.history.delete')}
                        <span className="visually-hidden">{` ${event.effectiveDate} ${t(`planning.level.${event.level}`)}`}</span>
                      </button>
                    </div>
                  )}
                </td>
              </tr>
              {editing?.id === event.id && <LevelEditRow event={event} columns={4} onDone={(ok) => stopEditing(event, ok)} />}
            </Fragment>
          ))}
        </tbody>
      </table>
    </>
  );
}

type Props = { team: Team; time: PlannedTime | null; timeLoading: boolean; timeError: AppError | null };

/** One team: its level now, the dated history (with delete of a mistaken event), a new level, its planned time and members. */
export const TeamPanel = forwardRef<HTMLHeadingElement, Props>(function TeamPanel({ team, time, timeLoading, timeError }, headingRef) {
  const { t } = useTranslation();
  const { regionName } = useLookups();
  const { run: deleteLevel, saving: deleting, error: deleteError } = useWrite('teams:delete-level');
  const [toDelete, setToDelete] = useState<LevelEvent | null>(null);
  const [removed, setRemoved] = useState<{ text: string; at: number } | null>(null);
  // after the commit that closed the dialog (which hands focus back to the removed row's button)
  useEffect(() => {
    if (removed) focusLater('level-history-heading');
  }, [removed]);
  const remove = (event: LevelEvent) =>
    void deleteLevel({ id: event.id, version: event.version }).then((ok) => {
      setToDelete(null);
      if (!ok) return;
      // the row is gone: the confirmation is announced and focus goes to the history's heading (Ctrl+Z takes it back)
      setRemoved({
        text: t('levelRemove.removed', { level: t(`planning.level.${event.level}`), date: event.effectiveDate }),
        at: Date.now(),
      });
    });
  const teamTime = time?.teams.find((x) => x.groupId === team.groupId) ?? null;
  return (
    <section className="panel stack team-panel" aria-labelledby="team-panel-heading" data-testid="team-panel">
      <div className="stack stack--tight">
        <h2 id="team-panel-heading" ref={headingRef} tabIndex={-1}>
          {team.name}
        </h2>
        <p className="muted">
          {t('planning.teams.meta', {
            type: t(`groupType.${team.type}`),
            region: regionName(team.regionCode) ?? t('common.none'),
            members: formatInteger(team.activeMembers),
          })}
          {' · '}
          <a href={hrefFor('group', team.groupId)}>{t('planning.teams.openGroup')}</a>
        </p>
        <p data-testid="level-now">
          {team.levelNow ? (
            <>
              {t('planning.teams.levelNow', { date: team.asOf })} <LevelLabel level={team.levelNow} />{' '}
              {team.levelSince && t('planning.teams.since', { date: team.levelSince })}
            </>
          ) : (
            <>
              {t('planning.teams.levelNow', { date: team.asOf })} <LevelLabel level="NONE" />
            </>
          )}
        </p>
      </div>
      <section className="stack" aria-labelledby="level-history-heading">
        <h3 id="level-history-heading" tabIndex={-1}>
          {t('planning.teams.history.heading')}
        </h3>
        <SavedStatus text={removed?.text ?? null} testId="level-removed-status" />
        <LevelHistory team={team} onDelete={setToDelete} />
        {deleteError && <ErrorAlert heading={t('planning.teams.history.deleteFailed')} error={deleteError} headingLevel={3} />}
      </section>
      {team.canSetLevel ? <SetLevelForm key={team.groupId} team={team} /> : <p className="table-note">{t('planning.teams.readOnly')}</p>}
      {timeError && <ErrorAlert heading={t('planning.teams.time.failed')} error={timeError} headingLevel={3} />}
      {!teamTime && timeLoading && <LoadingStatus text={t('planning.teams.time.loading')} />}
      {teamTime && (
        <>
          <PlannedTimeBlock
            title={t('planning.teams.time.teamHeading', { team: team.name })}
            months={teamTime.months}
            days={time?.months.map((m) => m.days) ?? []}
            testId="team-time"
          />
          <section className="stack" aria-labelledby="team-members-heading">
            <h3 id="team-members-heading">{t('planning.teams.members.heading')}</h3>
            <MembersTable members={teamTime.members} caption={t('planning.teams.members.heading')} />
          </section>
        </>
      )}
      <Dialog open={toDelete !== null} title={t('planning.teams.history.confirmTitle')} onClose={() => setToDelete(null)}>
        {toDelete && (
          <>
            <p>
              {t('planning.teams.history.confirmText', {
                level: t(`planning.level.${toDelete.level}`),
                date: toDelete.effectiveDate,
                team: team.name,
              })}
            </p>
            <div className="actions">
              <button type="button" className="button button--danger" disabled={deleting} onClick={() => remove(toDelete)}>
                {t('planning.teams.history.confirmDelete')}
              </button>
              <button type="button" className="button" onClick={() => setToDelete(null)}>
                {t('common.cancel')}
              </button>
            </div>
          </>
        )}
      </Dialog>
    </section>
  );
});
