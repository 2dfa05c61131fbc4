import { useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Pathway } from '@shared/contract/planning';
import { Dialog } from '../../../components/Dialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingStatus } from '../../../components/LoadingStatus';
import { useDebounced } from '../../../components/useDebounced';
import { useDocumentTitle } from '../../../components/useDocumentTitle';
import { useLookups } from '../../../components/useLookups';
import { formatInteger } from '../../../format';
import { useStore } from '../../../store';
import { useOwner } from '../../../store/selectors';
import { useLoad } from '../../costs/common/useCall';
import { ImplementationDialog, type ImplementationTarget } from './ImplementationDialog';
import { PathwayForm } from './PathwayForm';
import { PathwayMatrixTable, RegionCounts } from './PathwayMatrixTable';
import { NationalStatusLabel } from './status';
import { useReferenceData } from '../../../api/lookups';
import { call } from '../../../api';
import { CARE_PATHWAY_STATUSES, type CarePathwayStatus, type ImplementationStatus } from '@shared/domain/enums';
import type { Result } from '@shared/contract/errors';
import { RemoveRecordDialog } from '../../../components/RemoveRecordDialog';
import { SavedStatus } from '../../../components/EditInPlace';
import { InlineStatus } from './InlineStatus';

type TableProps = {
  pathways: Pathway[];
  onEdit: (p: Pathway) => void;
  onStatus: (p: Pathway, status: CarePathwayStatus) => Promise<Result<unknown>>;
  onStale: () => void;
};

function PathwaysTable({ pathways, onEdit, onStatus, onStale }: TableProps) {
  const { t } = useTranslation();
  const { ownerName } = useLookups();
  if (pathways.length === 0) return <p>{t('planning.pathways.noPathways')}</p>;
  return (
    <div className="table-scroll table-scroll--tall" role="region" aria-labelledby="pathway-list-heading" tabIndex={0}>
      <table className="table table--compact" data-testid="pathway-list">
        <caption className="visually-hidden">{t('planning.pathways.listCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('planning.pathways.pathway')}</th>
            <th scope="col">{t('planning.pathways.nationalStatusHeader')}</th>
            <th scope="col">{t('planning.pathways.statusDate')}</th>
            <th scope="col">{t('planning.pathways.owner')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('planning.pathways.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {pathways.map((p) => (
            <tr key={p.id} data-pathway={p.name}>
              <th scope="row">{p.name}</th>
              <td>
                {p.editable === 'NONE' ? (
                  <NationalStatusLabel status={p.nationalStatus} />
                ) : (
                  <InlineStatus
                    id={`national-status-${p.id}`}
                    value={p.nationalStatus}
                    options={CARE_PATHWAY_STATUSES.map((s) => ({ value: s, label: t(`planning.nationalStatus.${s}`) }))}
                    label={t('pathwayEdit.nationalStatusOf', { pathway: p.name })}
                    save={(nationalStatus) => onStatus(p, nationalStatus)}
                    onStale={onStale}
                  >
                    <NationalStatusLabel status={p.nationalStatus} />
                  </InlineStatus>
                )}
              </td>
              <td>{p.statusDate ?? t('common.none')}</td>
              <td>{ownerName(p.owner) ?? p.owner}</td>
              <td>
                {p.editable === 'NONE' ? (
                  <span className="muted">{t('planning.pathways.readOnly')}</span>
                ) : (
                  <button type="button" className="button button--small" onClick={() => onEdit(p)}>
                    {p.editable === 'FULL' ? t('planning.pathways.edit') : t('planning.pathways.editStatus')}
                    <span className="visually-hidden">{` ${p.name}`}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** Vårdförlopp: national pathways and their status, each region's implementation, and the matrix with counts. */
export function PathwaysView() {
  const { t } = useTranslation();
  const id = useId();
  const owner = useOwner();
  const reference = useReferenceData();
  const filter = useStore((s) => s.pathwayFilter);
  const setFilter = useStore((s) => s.setPathwayFilter);
  const {
    data: pathways,
    loading,
    error,
    reload: reloadPathways,
  } = useLoad('pathways:list', { query: filter.query.trim(), nationalStatus: null });
  const { data: matrix, error: matrixError } = useLoad('pathways:matrix', { healthcareRegionCode: null });
  const [query, setQuery] = useState(filter.query);
  const settled = useDebounced(query, 300);
  const [editing, setEditing] = useState<Pathway | null>(null);
  const [target, setTarget] = useState<ImplementationTarget | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const [removing, setRemoving] = useState<ImplementationTarget | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const reload = reloadPathways;
  const afterSave = async <T,>(result: Result<T>, what: string): Promise<Result<T>> => {
    if (result.ok) {
      // the list refetches on its own after a write (every call is followed by a change check)
      setSaved(t('pathwayEdit.saved', { what }));
    }
    return result;
  };
  const saveNational = async (p: Pathway, nationalStatus: CarePathwayStatus) =>
    afterSave(
      await call('pathways:update', { id: p.id, version: p.version, name: p.name, nationalStatus, statusDate: p.statusDate }),
      t('pathwayEdit.nationalStatusOf', { pathway: p.name }),
    );
  const saveImplementation = async (target: ImplementationTarget, status: ImplementationStatus) => {
    const impl = target.implementation;
    const dates =
      status === 'NOT_STARTED'
        ? { decidedOn: null, startedOn: null, implementedOn: null }
        : {
            decidedOn: impl?.decidedOn ?? null,
            startedOn: impl?.startedOn ?? null,
            implementedOn: impl?.implementedOn ?? null,
          };
    const input = { carePathwayId: target.pathway.id, regionCode: target.regionCode, status, ...dates };
    const result = await call('pathways:set-implementation', {
      ...input,
      responsibleGroupId: impl?.responsibleGroupId ?? null,
      version: impl?.version ?? null,
    });
    return afterSave(result, t('pathwayEdit.statusIn', { pathway: target.pathway.name, region: target.regionName }));
  };
  useDocumentTitle(t('planning.pathways.title'));
  useEffect(() => {
    if (settled !== useStore.getState().pathwayFilter.query) setFilter({ query: settled });
  }, [settled, setFilter]);
  const editableRegions = useMemo(() => {
    if (!owner) return new Set<string>();
    if (owner.kind === 'REGION') return new Set([owner.code]);
    return new Set((reference?.regions ?? []).filter((r) => r.healthcareRegionCodes.includes(owner.code)).map((r) => r.code));
  }, [owner, reference]);
  const openEdit = (p: Pathway) => {
    setEditing(p);
  };
  return (
    <div className="stack stack--large" aria-busy={loading}>
      <div className="stack">
        <h1 tabIndex={-1}>{t('planning.pathways.title')}</h1>
        <p className="lead">{t('planning.pathways.lead')}</p>
        <div className="filters" role="search" aria-label={t('planning.pathways.filtersLabel')}>
          <div className="field filters__item filters__search">
            <label className="field__label field__label--small" htmlFor={`${id}-q`}>
              {t('planning.pathways.search')}
            </label>
            <input
              id={`${id}-q`}
              className="field__input"
              type="search"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              autoComplete="off"
            />
          </div>
        </div>
      </div>
      {error && <ErrorAlert heading={t('planning.pathways.errorHeading')} error={error} />}
      {matrixError && <ErrorAlert heading={t('planning.pathways.errorHeading')} error={matrixError} />}
      {!pathways && loading && <LoadingStatus text={t('planning.pathways.loading')} />}
      {matrix && pathways && (
        <section className="stack" aria-labelledby="pathway-matrix-heading">
          <h2 id="pathway-matrix-heading">{t('planning.pathways.matrixHeading')}</h2>
          <p className="muted">{t('planning.pathways.matrixLead', { regions: matrix.regions.map((r) => r.name).join(', ') })}</p>
          <RegionCounts matrix={matrix} />
          <PathwayMatrixTable
            matrix={matrix}
            pathways={pathways}
            editableRegions={editableRegions}
            onEdit={setTarget}
            onStatus={saveImplementation}
            onRemove={(target) => (setSaved(null), setRemoving(target))}
            onStale={reload}
          />
          <SavedStatus text={saved} />
        </section>
      )}
      {pathways && (
        <section className="stack" aria-labelledby="pathway-list-heading">
          <h2 id="pathway-list-heading">{t('planning.pathways.listHeading')}</h2>
          <p className="muted" role="status">
            {t('planning.pathways.listCount', { count: pathways.length, shown: formatInteger(pathways.length) })}
          </p>
          <PathwaysTable pathways={pathways} onEdit={openEdit} onStatus={saveNational} onStale={reload} />
        </section>
      )}
      <section className="panel stack" aria-labelledby="pathway-new-heading">
        <h2 id="pathway-new-heading">{t('planning.pathways.newHeading')}</h2>
        <p className="muted">{t('planning.pathways.newLead')}</p>
        <PathwayForm pathway={null} onDone={(p) => setAdded(p.name)} />
        <p role="status" className={added ? 'saved-note' : 'visually-hidden'}>
          {added ? t('planning.pathways.added', { name: added }) : ''}
        </p>
      </section>
      <Dialog
        open={editing !== null}
        title={editing ? t('planning.pathways.editTitle', { name: editing.name }) : ''}
        onClose={() => setEditing(null)}
      >
        {editing && <PathwayForm key={editing.id} pathway={editing} onDone={() => setEditing(null)} onCancel={() => setEditing(null)} />}
      </Dialog>
      <ImplementationDialog target={target} onClose={() => setTarget(null)} />
      {removing?.implementation && (
        <RemoveRecordDialog
          open
          title={t('pathwayEdit.removeTitle', { pathway: removing.pathway.name, region: removing.regionName })}
          explain={t('pathwayEdit.removeExplain')}
          confirmLabel={t('pathwayEdit.removeConfirm')}
          remove={() =>
            call('pathways:delete-implementation', { id: removing.implementation!.id, version: removing.implementation!.version })
          }
          onRemoved={() => {
            setSaved(t('pathwayEdit.removed', { pathway: removing.pathway.name, region: removing.regionName }));
            reload();
          }}
          onReload={reload}
          onClose={() => setRemoving(null)}
        />
      )}
    </div>
  );
}
