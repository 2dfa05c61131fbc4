import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { LevelEvent } from '@shared/contract/planning';
import { ACTIVITY_LEVELS, type ActivityLevel } from '@shared/domain/enums';
import { cancelOnEscape, StaleReload } from '../../../components/EditInPlace';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { SelectField, TextField } from '../../../components/form/inputs';
import { useQueryClient } from '@tanstack/react-query';
import { useWrite } from '../../../api/use-write';

/** The id of a level event's edit button, where focus returns after editing it in place. */
export const levelEditButtonId = (event: LevelEvent) => `level-edit-${event.id}`;

type Props = { event: LevelEvent; columns: number; onDone: (saved: boolean) => void };

/** A level event corrected in its own row: level, date and note, pre-filled; Escape cancels. */
export function LevelEditRow({ event, columns, onDone }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const { run: updateLevel, saving, error, clearError } = useWrite('teams:update-level');
  const client = useQueryClient();
  // the version the user saw is stale: the teams (and their level histories) are fetched anew
  const reloadTeams = () =>
    Promise.all([client.invalidateQueries({ queryKey: ['teams:list'] }), client.invalidateQueries({ queryKey: ['teams:board'] })]);
  const [level, setLevel] = useState<ActivityLevel>(event.level);
  const [date, setDate] = useState(event.effectiveDate);
  const [note, setNote] = useState(event.note ?? '');
  const [problem, setProblem] = useState<string | undefined>();
  // the version the user opened the row on: a save after someone else's change is refused, never silently over it
  const [openedVersion] = useState(event.version);
  const done = (saved: boolean) => {
    clearError();
    onDone(saved);
  };
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      setProblem(t('validation.date'));
      document.getElementById(`${id}-date`)?.focus();
      return;
    }
    setProblem(undefined);
    void updateLevel({ id: event.id, version: openedVersion, level, effectiveDate: date, note: note.trim() || null }).then((ok) => {
      if (ok) done(true);
    });
  };
  return (
    <tr className="row--editing" data-testid="level-edit-row">
      <td colSpan={columns} onKeyDown={cancelOnEscape(() => done(false))}>
        <form className="form stack" onSubmit={submit} noValidate aria-label={t('levelEdit.title', { date: event.effectiveDate })}>
          <div className="form__row">
            <TextField
              id={`${id}-date`}
              label={t('planning.teams.history.date')}
              type="date"
              value={date}
              onChange={setDate}
              error={problem}
              required
            />
            <SelectField
              id={`${id}-level`}
              label={t('planning.teams.history.level')}
              value={level}
              onChange={(v) => setLevel(ACTIVITY_LEVELS.find((l) => l === v) ?? level)}
            >
              {ACTIVITY_LEVELS.map((l) => (
                <option key={l} value={l}>
                  {t(`planning.level.${l}`)}
                </option>
              ))}
            </SelectField>
            <TextField
              id={`${id}-note`}
              label={t('planning.teams.history.note')}
              value={note}
              onChange={setNote}
              optional={t('common.optional')}
            />
          </div>
          {error && <ErrorAlert heading={t('levelEdit.failed')} error={error} headingLevel={3} />}
          <div className="actions">
            <button type="submit" className="button button--primary" disabled={saving}>
              {t('common.save')}
            </button>
            <button type="button" className="button" onClick={() => done(false)}>
              {t('common.cancel')}
            </button>
            <StaleReload error={error} onReload={() => void reloadTeams().then(() => done(false))} />
          </div>
        </form>
      </td>
    </tr>
  );
}
