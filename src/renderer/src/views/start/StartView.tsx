import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { hrefFor } from '../../router';
import { useStore } from '../../store';
import { useCounts, useLastExampleResult, useOwner } from '../../store/selectors';
import { START_ROLES } from '../../store/ui-slice';
import { ExampleDataPanel } from '../overview/ExampleDataPanel';
import { CoordinatorStart } from './CoordinatorStart';
import { ExchangeCard } from './ExchangeCard';
import { FinanceStart } from './FinanceStart';

function RoleChoice() {
  const { t } = useTranslation();
  const id = useId();
  const role = useStore((s) => s.startRole);
  const setRole = useStore((s) => s.setStartRole);
  return (
    <fieldset className="role-switch">
      <legend className="role-switch__legend">{t('start.roleLegend')}</legend>
      {START_ROLES.map((option) => (
        <label key={option} className="role-switch__option" htmlFor={`${id}-${option}`}>
          <input
            id={`${id}-${option}`}
            type="radio"
            name={`${id}-role`}
            value={option}
            checked={role === option}
            onChange={() => setRole(option)}
          />
          {t(`start.role.${option}`)}
        </label>
      ))}
    </fieldset>
  );
}

/**
 * An empty register: the way in is the example data (or the test data under Administration). Right after the
 * example data is loaded the panel stays to show what was added, without saying the register is empty.
 */
function GettingStarted({ empty }: { empty: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="stack">
      {empty && <p className="lead">{t('start.emptyLead')}</p>}
      <ExampleDataPanel />
      <p>
        <a href={hrefFor('data')}>{t('start.dataLink')}</a>
      </p>
    </div>
  );
}

/** The start page: what needs action now, for the coordinator or for finance. */
export function StartView() {
  const { t } = useTranslation();
  const owner = useOwner();
  const counts = useCounts();
  const added = useLastExampleResult();
  const role = useStore((s) => s.startRole);
  useDocumentTitle(t('overview.title'));
  // nothing registered yet: the cards would all say 0, so the page shows the way in instead
  const empty = counts !== null && counts.persons === 0;
  return (
    <div className="stack">
      <div className="page-head page-head--start">
        <div>
          <h1 tabIndex={-1}>{t('overview.title')}</h1>
          {owner && (
            <p className="start-owner">
              {t('overview.ownerHeading')}{' '}
              <strong className="owner-name" data-testid="overview-owner">
                {owner.name}
              </strong>{' '}
              <span className="start-owner__code">({t('ownerCode', { kind: t(`ownerKind.${owner.kind}`), code: owner.code })})</span>
            </p>
          )}
        </div>
        <RoleChoice />
      </div>
      <ExchangeCard />
      {!empty && (
        <>
          <p className="lead">{t(`start.lead.${role}`)}</p>
          {role === 'coordinator' ? <CoordinatorStart /> : <FinanceStart />}
        </>
      )}
      {/* after the cards: once there is data, what needs action comes first and what was just loaded under it
          (the same place in the tree either way, so the panel is kept, not rebuilt, when the data arrives) */}
      {empty || added ? <GettingStarted empty={empty} /> : null}
    </div>
  );
}
