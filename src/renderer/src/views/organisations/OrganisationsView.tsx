import { Fragment, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '@shared/contract/register';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { HeaderColumn } from '../../components/table/SortableHeaderRow';
import { SortableTableHead } from '../../components/table/SortableTableHead';
import { useClientSort } from '../../components/table/useClientSort';
import { LoadingStatus } from '../../components/LoadingStatus';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useLookups } from '../../components/useLookups';
import { formatInteger } from '../../format';
import { useOwner } from '../../store/selectors';
import { focusEditButton, OrganisationActions, OrganisationEditRow } from './OrganisationActions';
import { OrganisationForm } from './OrganisationForm';
import { useOrganisationsQuery } from '../../api/lookups';
import { appErrorOf } from '../../api/query';

type TableProps = {
  organisations: Organisation[];
  onEdit: (o: Organisation) => void;
  editing: Organisation | null;
  onDone: (saved: Organisation | null) => void;
};

type SortKey = 'name' | 'type' | 'region' | 'persons';

/** The organisations as a dense table sorted by any column (names in Swedish order, the person count by value). */
function OrganisationsTable({ organisations, onEdit, editing, onDone }: TableProps) {
  const { t } = useTranslation();
  const { regionName, ownerName } = useLookups();
  const values = useMemo(
    () => ({
      name: (o: Organisation) => o.name,
      type: (o: Organisation) => t(`organisationType.${o.type}`),
      region: (o: Organisation) => regionName(o.regionCode) ?? null,
      persons: (o: Organisation) => o.personCount,
    }),
    [t, regionName],
  );
  const sorted = useClientSort<Organisation, SortKey>(organisations, values, { sort: 'name' });
  const columns = useMemo<HeaderColumn<SortKey>[]>(
    () => [
      { id: 'name', label: t('organisations.name'), sortKey: 'name' },
      { id: 'type', label: t('organisations.type'), sortKey: 'type' },
      { id: 'region', label: t('organisations.region'), sortKey: 'region' },
      { id: 'persons', label: t('organisations.persons'), sortKey: 'persons', numeric: true },
      { id: 'actions', label: t('organisations.actions') },
    ],
    [t],
  );
  return (
    <div className="dense-scroll" role="region" aria-label={t('organisations.caption', { count: organisations.length })} tabIndex={0}>
      <table className="table table--compact table--dense table--organisations" data-testid="organisations-table">
        <SortableTableHead<SortKey>
          caption={t('organisations.caption', { count: organisations.length })}
          captionVisible
          columns={columns}
          sorting={sorted}
        />
        <tbody>
          {sorted.rows.map((o) => (
            <Fragment key={o.id}>
              <tr data-organisation={o.name}>
                <th scope="row">{o.name}</th>
                <td>{t(`organisationType.${o.type}`)}</td>
                <td>{regionName(o.regionCode) ?? <span className="muted">{t('common.none')}</span>}</td>
                <td className="numeric">{formatInteger(o.personCount)}</td>
                <td>
                  {o.readOnly ? (
                    <span className="muted">{t('organisations.ownedBy', { owner: ownerName(o.owner) ?? o.owner })}</span>
                  ) : (
                    <OrganisationActions organisation={o} onEdit={onEdit} />
                  )}
                </td>
              </tr>
              {/* saved against the version the user opened, even when the list was fetched anew meanwhile */}
              {editing?.id === o.id && <OrganisationEditRow organisation={editing} columns={5} onDone={onDone} />}
            </Fragment>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export function OrganisationsView() {
  const { t } = useTranslation();
  const owner = useOwner();
  const query = useOrganisationsQuery();
  const organisations = query.data ?? null;
  const loading = query.isFetching;
  const error = appErrorOf(query.error);
  const [editing, setEditing] = useState<Organisation | null>(null);
  const [saved, setSaved] = useState<Organisation | null>(null);
  useDocumentTitle(t('organisations.title'));
  const edit = (o: Organisation | null) => {
    setSaved(null);
    setEditing(o);
  };
  const done = (o: Organisation | null) => {
    const row = editing;
    edit(null);
    setSaved(o);
    if (o ?? row) focusEditButton((o ?? row)!);
  };
  return (
    <div className="stack" aria-busy={loading}>
      <h1 tabIndex={-1}>{t('organisations.title')}</h1>
      <p className="lead">{t('organisations.lead')}</p>
      <OrganisationForm key="new" editing={null} defaultRegion={owner?.kind === 'REGION' ? owner.code : null} onDone={done} />
      <p role="status" className={saved ? 'notice notice--success' : 'visually-hidden'}>
        {saved ? t('organisations.saved', { name: saved.name }) : ''}
      </p>
      {error && <ErrorAlert heading={t('organisations.errorHeading')} error={error} />}
      {!organisations && loading && <LoadingStatus text={t('organisations.loading')} />}
      {organisations && (
        <div className="panel panel--table">
          {organisations.length === 0 ? (
            <p>{t('organisations.empty')}</p>
          ) : (
            <OrganisationsTable organisations={organisations} onEdit={edit} editing={editing} onDone={done} />
          )}
        </div>
      )}
    </div>
  );
}
