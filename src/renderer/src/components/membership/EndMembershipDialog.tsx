import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MembershipView } from '@shared/contract/register';
import { todayIso } from '../../format';
import { useWrite } from '../../api/use-write';
import { Dialog } from '../Dialog';
import { ErrorAlert } from '../ErrorAlert';
import { TextField } from '../form/inputs';

type Props = { membership: MembershipView | null; onClose: () => void };

function EndMembershipForm({ membership, onClose }: { membership: MembershipView; onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const today = todayIso();
  const [date, setDate] = useState(membership.startDate > today ? membership.startDate : today);
  const [problem, setProblem] = useState<string | undefined>();
  // the form is drawn only while the dialog is open: its write (and a refusal) starts afresh each time
  const { run: endMembership, saving, error } = useWrite('memberships:end');
  // the field's own message is read out when focus returns to it
  const invalid = (message: string) => {
    setProblem(message);
    document.getElementById(`${id}-date`)?.focus();
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return invalid(t('validation.date'));
    if (date < membership.startDate) return invalid(t('endMembership.beforeStart', { start: membership.startDate }));
    setProblem(undefined);
    void endMembership({ id: membership.id, version: membership.version, endDate: date }).then((ended) => {
      if (ended) onClose();
    });
  };
  return (
    <form className="stack" onSubmit={submit} noValidate>
      <p>
        {t('endMembership.explain', { person: membership.personName, role: t(`role.${membership.role}`), group: membership.groupName })}
      </p>
      <TextField
        id={`${id}-date`}
        label={t('endMembership.date')}
        hint={t('common.dateHint')}
        type="date"
        value={date}
        onChange={setDate}
        error={problem}
        required
      />
      {error && <ErrorAlert heading={t('endMembership.failed')} error={error} headingLevel={3} />}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {t('endMembership.confirm')}
        </button>
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}

/** Ends an assignment on a chosen day, after the user confirms. */
export function EndMembershipDialog({ membership, onClose }: Props) {
  const { t } = useTranslation();
  return (
    <Dialog open={membership !== null} title={t('endMembership.title')} onClose={onClose}>
      {membership && <EndMembershipForm membership={membership} onClose={onClose} />}
    </Dialog>
  );
}
