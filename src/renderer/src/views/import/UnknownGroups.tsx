import { useTranslation } from 'react-i18next';
import type { CreateGroupRequest, UnknownGroup } from '@shared/contract/register-import';
import { GROUP_TYPES, type GroupType } from '@shared/domain/enums';
import { useStore } from '../../store';
import { useImportPreview } from './useImport';
import { levelFor } from '../groups/group-form-model';

/** National groups are reference data: an import may create only regional ones. */
const CREATABLE_TYPES = GROUP_TYPES.filter((type) => !['NPO', 'NSG', 'NAG', 'PRIMARY_CARE_COUNCIL'].includes(type));

/** A national group the register lacks: never created by an import; the registered group it probably means. */
function NationalRow({ group }: { group: UnknownGroup }) {
  const { t } = useTranslation();
  return (
    <tr data-national="true">
      <td>
        <strong>{group.name}</strong>
        <span className="cell-sub">{t('import.suggestionLabel')}</span>
      </td>
      <td>{group.suggestion === null ? t('import.noSuggestion') : t('import.suggestion', { name: group.suggestion })}</td>
      <td>{group.rows.join(', ')}</td>
    </tr>
  );
}

/** Groups the file names but the register lacks: created on import only when ticked, with the chosen type. */
export function UnknownGroups({ groups }: { groups: UnknownGroup[] }) {
  const { t } = useTranslation();
  const chosen = useStore((s) => s.importCreateGroups);
  const setChosen = useStore((s) => s.setImportCreateGroups);
  const busy = useImportPreview().previewing;
  const typeOf = (g: UnknownGroup): GroupType => {
    const type = chosen.find((c) => c.name === g.name)?.type ?? g.suggestedType ?? 'RPT';
    return CREATABLE_TYPES.includes(type) ? type : 'RPT';
  };
  const request = (g: UnknownGroup, type: GroupType): CreateGroupRequest => ({
    name: g.name,
    type,
    level: levelFor(type, g.suggestedLevel),
  });
  const toggle = (g: UnknownGroup, on: boolean) =>
    setChosen(on ? [...chosen.filter((c) => c.name !== g.name), request(g, typeOf(g))] : chosen.filter((c) => c.name !== g.name));
  const retype = (g: UnknownGroup, type: GroupType) => setChosen(chosen.map((c) => (c.name === g.name ? request(g, type) : c)));
  return (
    <table className="table table--compact" data-testid="unknown-groups">
      <caption className="visually-hidden">{t('import.unknownCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('import.createGroup')}</th>
          <th scope="col">{t('import.typeOrSuggestion')}</th>
          <th scope="col">{t('import.rowsLabel')}</th>
        </tr>
      </thead>
      <tbody>
        {groups.map((g, index) => {
          const on = chosen.some((c) => c.name === g.name);
          if (!g.creatable) return <NationalRow key={g.name} group={g} />;
          return (
            <tr key={g.name}>
              <td>
                <div className="checkbox">
                  <input
                    id={`unknown-${index}`}
                    type="checkbox"
                    checked={on}
                    disabled={busy}
                    onChange={(e) => toggle(g, e.target.checked)}
                  />
                  <label htmlFor={`unknown-${index}`}>{t('import.createGroupNamed', { name: g.name })}</label>
                </div>
              </td>
              <td>
                <label htmlFor={`unknown-type-${index}`} className="visually-hidden">
                  {t('import.typeFor', { name: g.name })}
                </label>
                <select
                  id={`unknown-type-${index}`}
                  className="field__input field__input--inline"
                  value={typeOf(g)}
                  disabled={!on || busy}
                  onChange={(e) => retype(g, GROUP_TYPES.find((x) => x === e.target.value) ?? typeOf(g))}
                >
                  {CREATABLE_TYPES.map((type) => (
                    <option key={type} value={type}>
                      {t(`groupType.${type}`)}
                    </option>
                  ))}
                </select>
              </td>
              <td>{g.rows.join(', ')}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
