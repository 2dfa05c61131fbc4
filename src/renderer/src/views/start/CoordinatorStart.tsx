import { useTranslation } from 'react-i18next';
import { daysBetween } from '@shared/calendar';
import type { RuleCode, RuleWarning } from '@shared/contract/rule-warnings';
import { seatLabelText } from '../../components/hr-names';
import { formatInteger, formatIsoDate, formatPercentBp, todayIso } from '../../format';
import { hrefFor } from '../../router';
import { useLoad } from '../costs/common/useCall';
import { REMINDER_INPUT, ReminderCardItem, reminderKey } from '../nominations/ReminderList';
import { SeatStatusLabel } from '../vacancies/SeatStatusLabel';
import { ActionCard, CARD_ITEMS } from './ActionCard';
import { packageTodo } from './start-model';

/** Seats to fill: those empty now or within this many days. */
export const SEAT_HORIZON_DAYS = 90;

function SeatsCard() {
  const { t } = useTranslation();
  const seats = useLoad('vacancies:get', { endingWithinDays: SEAT_HORIZON_DAYS });
  const todo = seats.data?.todo ?? null;
  return (
    <ActionCard
      id="seats"
      heading={t('start.seats.heading', { days: SEAT_HORIZON_DAYS })}
      count={todo ? todo.length : null}
      loading={seats.loading}
      error={seats.error}
      none={t('start.seats.none')}
      items={(todo ?? []).slice(0, CARD_ITEMS).map((seat) => (
        <li key={seat.seatId}>
          <a href={hrefFor('group', seat.groupId)}>{seat.groupName}</a>
          <span className="action-card__detail">
            {seatLabelText(seat.seatLabel, t)} · <SeatStatusLabel status={seat.status} />
            {seat.status === 'ENDING' && seat.emptyFrom && ` ${t('start.seats.emptyFrom', { date: formatIsoDate(seat.emptyFrom) })}`}
          </span>
        </li>
      ))}
      link={{ href: hrefFor('vacancies'), text: t('start.seats.link') }}
    />
  );
}

/** Nominations to follow up (nominations:reminders): each row links to where it is resolved. */
function NominationsCard() {
  const { t } = useTranslation();
  const reminders = useLoad('nominations:reminders', REMINDER_INPUT);
  const rows = reminders.data;
  return (
    <ActionCard
      id="nominations"
      heading={t('nominations.reminders.heading')}
      count={rows ? rows.length : null}
      loading={reminders.loading}
      error={reminders.error}
      none={t('nominations.reminders.none')}
      items={(rows ?? []).slice(0, CARD_ITEMS).map((r) => (
        <ReminderCardItem key={reminderKey(r)} reminder={r} />
      ))}
      link={{ href: hrefFor('nominations'), text: t('nominations.reminders.link') }}
    />
  );
}

function countsByRule(warnings: readonly RuleWarning[]): [RuleCode, number][] {
  const counts = new Map<RuleCode, number>();
  for (const warning of warnings) counts.set(warning.code, (counts.get(warning.code) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1]);
}

function WarningCards() {
  const { t } = useTranslation();
  const rules = useLoad('rules:list', {});
  const warnings = rules.data?.warnings ?? null;
  const others = warnings?.filter((w) => w.code !== 'PERSON_OVER_ALLOCATED') ?? null;
  const over = warnings?.flatMap((w) => (w.code === 'PERSON_OVER_ALLOCATED' ? [w] : [])) ?? null;
  return (
    <>
      <ActionCard
        id="warnings"
        heading={t('start.warnings.heading')}
        count={others ? others.length : null}
        loading={rules.loading}
        error={rules.error}
        none={t('start.warnings.none')}
        items={countsByRule(others ?? []).map(([code, count]) => (
          <li key={code}>
            {t(`warnings.rule.${code}`)}
            <span className="action-card__figure">{formatInteger(count)}</span>
          </li>
        ))}
        link={{ href: hrefFor('warnings'), text: t('start.warnings.link') }}
      />
      <ActionCard
        id="overAllocated"
        heading={t('start.overAllocated.heading')}
        count={over ? over.length : null}
        loading={rules.loading}
        error={rules.error}
        none={t('start.overAllocated.none')}
        items={(over ?? [])
          .toSorted((a, b) => b.params.allocationBp - a.params.allocationBp)
          .slice(0, CARD_ITEMS)
          .map((w) => (
            <li key={w.key}>
              <a href={hrefFor('person', w.params.personId)}>{w.params.personName}</a>
              <span className="action-card__figure">{formatPercentBp(w.params.allocationBp)}</span>
            </li>
          ))}
        link={{ href: hrefFor('capacity'), text: t('start.overAllocated.link') }}
      />
    </>
  );
}

function PackagesCard() {
  const { t } = useTranslation();
  const history = useLoad('packages:history', {});
  const today = todayIso();
  const todo = history.data ? packageTodo(history.data.entries, today) : null;
  const items = [];
  if (todo?.due) {
    items.push(
      <li key="due">
        {todo.lastSent
          ? t('start.packages.notSentSince', { date: formatIsoDate(todo.lastSent), days: daysBetween(todo.lastSent, today) })
          : t('start.packages.neverSent')}
      </li>,
    );
  }
  if (todo && todo.partial > 0) items.push(<li key="partial">{t('start.packages.partial', { count: todo.partial })}</li>);
  return (
    <ActionCard
      id="packages"
      heading={t('start.packages.heading')}
      count={todo ? items.length : null}
      loading={history.loading}
      error={history.error}
      none={todo?.lastSent ? t('start.packages.upToDate', { date: formatIsoDate(todo.lastSent) }) : t('start.packages.none')}
      items={items}
      link={{ href: hrefFor('packages'), text: t('start.packages.link') }}
      tone="info"
    />
  );
}

/** The coordinator's start page: seats to fill, warnings, over-allocated persons, the package exchange. */
export function CoordinatorStart() {
  return (
    <div className="action-grid">
      <SeatsCard />
      <NominationsCard />
      <WarningCards />
      <PackagesCard />
    </div>
  );
}
