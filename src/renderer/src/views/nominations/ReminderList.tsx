import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { NominationReminder } from '@shared/contract/nominations';
import { seatLabelText } from '../../components/hr-names';
import { formatInteger } from '../../format';
import { hrefFor } from '../../router';
import { startHref } from './nomination-words';
import './nominations.css';

/** Terms ending and chairs reaching three years within this many days are reminded of. */
export const REMINDER_HORIZON_DAYS = 90;
export const REMINDER_INPUT = { horizonDays: REMINDER_HORIZON_DAYS, dueSoonDays: 14 } as const;

function where(r: NominationReminder, t: TFunction): string {
  return r.seatLabel ? t('nominations.titleSeat', { group: r.groupName, seat: seatLabelText(r.seatLabel, t) }) : r.groupName;
}

/** What the reminder says, in words; `short` for the start page's card, which names the group and seat apart. */
export function reminderText(r: NominationReminder, t: TFunction, short = false): string {
  const values = {
    where: where(r, t),
    person: r.personName ?? t('nominations.reminders.someone'),
    date: r.date,
    count: Math.abs(r.days),
    days: formatInteger(Math.abs(r.days)),
  };
  return short ? t(`nominations.reminders.short.${r.kind}`, values) : t(`nominations.reminders.kind.${r.kind}`, values);
}

/** Where the reminder is resolved: the request, or the form that starts one for the seat. */
export function reminderLink(r: NominationReminder, t: TFunction): { href: string; text: string } {
  if (r.requestId) return { href: hrefFor('nomination', r.requestId), text: t('nominations.reminders.openRequest') };
  return { href: startHref(r.groupId, r.seatId), text: t('nominations.start') };
}

export function reminderKey(r: NominationReminder): string {
  return [r.kind, r.requestId, r.candidateId, r.seatId, r.membershipId, r.groupId].join('|');
}

/** One reminder: what it is about and the link that resolves it. */
export function ReminderItem({ reminder }: { reminder: NominationReminder }) {
  const { t } = useTranslation();
  const link = reminderLink(reminder, t);
  const overdue = reminder.kind === 'REQUEST_OVERDUE';
  return (
    <li className={overdue ? 'reminder reminder--overdue' : 'reminder'} data-kind={reminder.kind}>
      <span className="reminder__text">{reminderText(reminder, t)}</span>{' '}
      <a href={link.href} className="reminder__link">
        {link.text}
        <span className="visually-hidden"> {where(reminder, t)}</span>
      </a>
    </li>
  );
}

/** A reminder on the start page's card: the group and seat, then what and the link, as the other cards have them. */
export function ReminderCardItem({ reminder }: { reminder: NominationReminder }) {
  const { t } = useTranslation();
  const link = reminderLink(reminder, t);
  return (
    <li className={reminder.kind === 'REQUEST_OVERDUE' ? 'reminder--overdue' : undefined} data-kind={reminder.kind}>
      <strong>{where(reminder, t)}</strong>
      <span className="action-card__detail">
        <span className="reminder__text">{reminderText(reminder, t, true)}</span> ·{' '}
        <a href={link.href} className="reminder__link">
          {link.text}
          <span className="visually-hidden"> {where(reminder, t)}</span>
        </a>
      </span>
    </li>
  );
}

/** The reminders in full (the Nomineringar view). */
export function ReminderList({ reminders }: { reminders: readonly NominationReminder[] }) {
  const { t } = useTranslation();
  if (reminders.length === 0)
    return (
      <p className="muted" data-testid="nomination-reminders-none">
        {t('nominations.reminders.none')}
      </p>
    );
  return (
    <ul className="reminder-list" data-testid="nomination-reminders">
      {reminders.map((r) => (
        <ReminderItem key={reminderKey(r)} reminder={r} />
      ))}
    </ul>
  );
}
