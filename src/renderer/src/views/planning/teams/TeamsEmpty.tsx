import { useTranslation } from 'react-i18next';
import { hrefFor } from '../../../router';
import { useStore } from '../../../store';

/**
 * The board when it holds no team: what a team is and the way forward (a new RPT group or an import),
 * or, when a region is chosen, that the other regions may have teams.
 */
export function TeamsEmpty({ regionChosen }: { regionChosen: boolean }) {
  const { t } = useTranslation();
  const setFilter = useStore((s) => s.setBoardFilter);
  return (
    <div className="panel empty-state" data-testid="teams-empty">
      <h3>{t(regionChosen ? 'planning.teams.empty.regionHeading' : 'planning.teams.empty.heading')}</h3>
      <p>{t(regionChosen ? 'planning.teams.empty.regionText' : 'planning.teams.empty.text')}</p>
      <div className="actions">
        {regionChosen ? (
          <button type="button" className="button button--secondary" onClick={() => setFilter({ regionCode: null })}>
            {t('planning.teams.empty.allRegions')}
          </button>
        ) : (
          <>
            <a className="button" href={hrefFor('groupNew')}>
              {t('planning.teams.empty.newGroup')}
            </a>
            <a className="button button--secondary" href={hrefFor('import')}>
              {t('planning.teams.empty.import')}
            </a>
          </>
        )}
      </div>
    </div>
  );
}
