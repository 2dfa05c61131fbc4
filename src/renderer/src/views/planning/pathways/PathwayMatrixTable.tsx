import { useTranslation } from 'react-i18next';
import type { Pathway, PathwayMatrix } from '@shared/contract/planning';
import type { Result } from '@shared/contract/errors';
import { IMPLEMENTATION_STATUSES, type ImplementationStatus } from '@shared/domain/enums';
import { InlineStatus } from './InlineStatus';
import { formatInteger } from '../../../format';
import type { ImplementationTarget } from './ImplementationDialog';
import { ImplementationLabel } from './status';

/** The counts beside "started" and "implemented" (implemented is already its own column). */
const STATUS_COLUMNS: readonly ImplementationStatus[] = ['NOT_STARTED', 'DECIDED', 'IN_PROGRESS'];

type Props = {
  matrix: PathwayMatrix;
  pathways: Pathway[];
  /** The regions whose status this installation may record. */
  editableRegions: ReadonlySet<string>;
  onEdit: (target: ImplementationTarget) => void;
  /** Saves a status chosen in the cell itself. */
  onStatus: (target: ImplementationTarget, status: ImplementationStatus) => Promise<Result<unknown>>;
  onRemove: (target: ImplementationTarget) => void;
  onStale: () => void;
};

/** Started and implemented per region, like the seed's "0–11 started per region". */
export function RegionCounts({ matrix }: { matrix: PathwayMatrix }) {
  const { t } = useTranslation();
  const caption = t('planning.pathways.countsCaption', { number: formatInteger(matrix.pathwayCount) });
  return (
    <div className="stack stack--tight">
      <h3 id="pathway-counts-heading">{caption}</h3>
      <div className="table-scroll">
        <table className="table table--compact" data-testid="pathway-counts">
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('planning.pathways.region')}</th>
              <th scope="col" className="numeric">
                {t('planning.pathways.started')}
              </th>
              <th scope="col" className="numeric">
                {t('planning.pathways.implementedCount')}
              </th>
              {STATUS_COLUMNS.map((s) => (
                <th key={s} scope="col" className="numeric">
                  {t(`planning.implementation.${s}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.regions.map((r) => (
              <tr key={r.code} data-region={r.code}>
                <th scope="row">{r.name}</th>
                <td className="numeric" data-testid="started">
                  {t('planning.pathways.ofTotal', { value: formatInteger(r.started), total: formatInteger(matrix.pathwayCount) })}
                </td>
                <td className="numeric" data-testid="implemented">
                  {t('planning.pathways.ofTotal', { value: formatInteger(r.implemented), total: formatInteger(matrix.pathwayCount) })}
                </td>
                {STATUS_COLUMNS.map((s) => (
                  <td key={s} className="numeric">
                    {formatInteger(r.counts[s])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}

/** Pathways × the regions of the own healthcare region; a cell the installation may record is a button. */
export function PathwayMatrixTable({ matrix, pathways, editableRegions, onEdit, onStatus, onRemove, onStale }: Props) {
  const { t } = useTranslation();
  const byId = new Map(pathways.map((p) => [p.id, p]));
  const options = IMPLEMENTATION_STATUSES.map((s) => ({ value: s, label: t(`planning.implementation.${s}`) }));
  const rows = matrix.rows.filter((row) => byId.has(row.pathwayId));
  if (rows.length === 0) return <p data-testid="pathway-matrix-empty">{t('planning.pathways.noPathways')}</p>;
  return (
    <div className="table-scroll table-scroll--tall" role="region" aria-labelledby="pathway-matrix-heading" tabIndex={0}>
      <table className="table table--compact pathway-matrix" data-testid="pathway-matrix">
        <caption className="visually-hidden">{t('planning.pathways.matrixCaption')}</caption>
        <thead>
          <tr>
            <th scope="col" className="pathway-matrix__name">
              {t('planning.pathways.pathway')}
            </th>
            {matrix.regions.map((r) => (
              <th key={r.code} scope="col">
                {r.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const pathway = byId.get(row.pathwayId);
            if (!pathway) return null;
            return (
              <tr key={row.pathwayId} data-pathway={row.name}>
                <th scope="row">
                  {row.name}
                  <span className="cell-sub">{t(`planning.nationalStatus.${row.nationalStatus}`)}</span>
                </th>
                {row.cells.map((cell) => {
                  const region = matrix.regions.find((r) => r.code === cell.regionCode);
                  const impl = pathway.implementations.find((i) => i.regionCode === cell.regionCode) ?? null;
                  const date = impl?.implementedOn ?? impl?.startedOn ?? impl?.decidedOn ?? null;
                  const content = (
                    <>
                      <ImplementationLabel status={cell.status} />
                      {date && <span className="cell-sub">{date}</span>}
                      {cell.responsibleGroupName && <span className="cell-sub">{cell.responsibleGroupName}</span>}
                    </>
                  );
                  const editable = editableRegions.has(cell.regionCode) && !(impl?.readOnly ?? false);
                  const target = {
                    pathway,
                    regionCode: cell.regionCode,
                    regionName: region?.name ?? cell.regionCode,
                    implementation: impl,
                  };
                  return (
                    <td
                      key={cell.regionCode}
                      className={`pathway-cell pathway-cell--${cell.status.toLowerCase()}`}
                      data-region={cell.regionCode}
                      data-status={cell.status}
                    >
                      {editable ? (
                        <InlineStatus
                          id={`pathway-cell-${row.pathwayId}-${cell.regionCode}`}
                          value={cell.status}
                          options={options}
                          label={t('pathwayEdit.statusIn', { pathway: row.name, region: target.regionName })}
                          save={(status) => onStatus(target, status)}
                          onStale={onStale}
                          extra={(close) => (
                            <>
                              <button type="button" className="button button--small" onClick={() => (close(), onEdit(target))}>
                                {t('pathwayEdit.moreDetails')}
                              </button>
                              {impl && (
                                <button type="button" className="button button--small" onClick={() => (close(), onRemove(target))}>
                                  {t('removeRecord.remove')}
                                </button>
                              )}
                            </>
                          )}
                        >
                          {content}
                        </InlineStatus>
                      ) : (
                        <div className="pathway-cell__static">{content}</div>
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t('planning.pathways.started')}</th>
            {matrix.regions.map((r) => (
              <td key={r.code} data-region={r.code} data-testid="matrix-started">
                {formatInteger(r.started)}
              </td>
            ))}
          </tr>
          <tr>
            <th scope="row">{t('planning.pathways.implementedCount')}</th>
            {matrix.regions.map((r) => (
              <td key={r.code} data-region={r.code} data-testid="matrix-implemented">
                {formatInteger(r.implemented)}
              </td>
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
