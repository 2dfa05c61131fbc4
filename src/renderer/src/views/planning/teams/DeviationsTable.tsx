import { useTranslation } from 'react-i18next';
import type { MemberTime, PlannedTime } from '@shared/contract/planning';
import { formatPercentBp } from '../../../format';
import { hrefFor } from '../../../router';

/** A difference in basis points told by a sign, an arrow and a word, not by colour alone. */
function Difference({ bp, deviates }: { bp: number; deviates: boolean }) {
  const { t } = useTranslation();
  if (!deviates) return <span className="difference difference--none">{t('planning.teams.deviations.asPlanned')}</span>;
  const more = bp > 0;
  return (
    <span className={more ? 'difference difference--more' : 'difference difference--less'}>
      <span aria-hidden="true">{more ? '▲ ' : '▼ '}</span>
      {t(more ? 'planning.teams.deviations.more' : 'planning.teams.deviations.less', { share: formatPercentBp(Math.abs(bp)) })}
    </span>
  );
}

/** The members of one team: allocation, what the level implies now, and the difference over the window. */
export function MembersTable({ members, caption }: { members: MemberTime[]; caption: string }) {
  const { t } = useTranslation();
  if (members.length === 0) return <p data-testid="team-members-empty">{t('planning.teams.members.none')}</p>;
  return (
    <div className="table-scroll">
      <table className="table table--compact" data-testid="team-members">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('planning.teams.members.person')}</th>
            <th scope="col">{t('planning.teams.members.role')}</th>
            <th scope="col">{t('planning.teams.members.period')}</th>
            <th scope="col" className="numeric">
              {t('planning.teams.members.allocation')}
            </th>
            <th scope="col" className="numeric">
              {t('planning.teams.members.expectedNow')}
            </th>
            <th scope="col">{t('planning.teams.members.difference')}</th>
          </tr>
        </thead>
        <tbody>
          {members.map((m) => (
            <tr key={m.membershipId} data-person={m.personName} data-deviates={m.deviates}>
              <th scope="row">
                <a href={hrefFor('person', m.personId)}>{m.personName}</a>
              </th>
              <td>{t(`role.${m.role}`)}</td>
              <td>{`${m.startDate} – ${m.endDate ?? t('planning.capacity.cell.open')}`}</td>
              <td className="numeric">{formatPercentBp(m.allocationBp)}</td>
              <td className="numeric">{m.expectedBpNow === null ? t('common.none') : formatPercentBp(m.expectedBpNow)}</td>
              <td>
                <Difference bp={m.differenceBp} deviates={m.deviates} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Members whose actual allocation differs from what their team's level implies, largest difference first. */
export function DeviationsTable({ time }: { time: PlannedTime }) {
  const { t } = useTranslation();
  if (time.deviations.length === 0) return <p data-testid="deviations-empty">{t('planning.teams.deviations.none')}</p>;
  return (
    <div className="table-scroll table-scroll--tall" role="region" aria-labelledby="deviations-heading" tabIndex={0}>
      <table className="table table--compact" data-testid="deviations">
        <caption className="visually-hidden">{t('planning.teams.deviations.heading')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('planning.teams.members.person')}</th>
            <th scope="col">{t('planning.teams.deviations.team')}</th>
            <th scope="col">{t('planning.teams.members.role')}</th>
            <th scope="col" className="numeric">
              {t('planning.teams.members.allocation')}
            </th>
            <th scope="col" className="numeric">
              {t('planning.teams.members.expectedNow')}
            </th>
            <th scope="col">{t('planning.teams.members.difference')}</th>
          </tr>
        </thead>
        <tbody>
          {time.deviations.map((m) => (
            <tr key={m.membershipId} data-person={m.personName}>
              <th scope="row">
                <a href={hrefFor('person', m.personId)}>{m.personName}</a>
              </th>
              <td>
                <a href={hrefFor('group', m.groupId)}>{m.groupName}</a>
              </td>
              <td>{t(`role.${m.role}`)}</td>
              <td className="numeric">{formatPercentBp(m.allocationBp)}</td>
              <td className="numeric">{m.expectedBpNow === null ? t('common.none') : formatPercentBp(m.expectedBpNow)}</td>
              <td>
                <Difference bp={m.differenceBp} deviates={m.deviates} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
