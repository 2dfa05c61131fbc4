import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Organisation } from '@shared/contract/register';
import { call } from '../../api';
import { refetchChannel } from '../../api/query';
import { cancelOnEscape, focusLater } from '../../components/EditInPlace';
import { RemoveRecordDialog } from '../../components/RemoveRecordDialog';
import { OrganisationForm } from './OrganisationForm';

/** The id of a row's edit button, where focus returns after editing in place. */
export const editButtonId = (o: Organisation) => `organisation-edit-${o.id}`;

/** Focus the row's edit button once React has drawn the row again. */
export function focusEditButton(o: Organisation): void {
  focusLater(editButtonId(o));
}

/** "Ändra" (in place) and "Ta bort" for an own organisation nobody belongs to. */
export function OrganisationActions({ organisation: o, onEdit }: { organisation: Organisation; onEdit: (o: Organisation) => void }) {
  const { t } = useTranslation();
  const [removing, setRemoving] = useState(false);
  return (
    <div className="actions actions--inline">
      <button type="button" id={editButtonId(o)} className="button button--small" onClick={() => onEdit(o)}>
        {t('common.edit')}
        <span className="visually-hidden"> {o.name}</span>
      </button>
      {o.personCount === 0 && (
        <button type="button" className="button button--small" onClick={() => setRemoving(true)}>
          {t('removeRecord.remove')}
          <span className="visually-hidden"> {o.name}</span>
        </button>
      )}
      <RemoveRecordDialog
        open={removing}
        title={t('removeRecord.organisation.title', { name: o.name })}
        explain={t('removeRecord.organisation.explain')}
        confirmLabel={t('removeRecord.organisation.confirm')}
        remove={() => call('organisations:delete', { id: o.id, version: o.version })}
        // the list refetches on its own: the write changed the register
        onRemoved={() => undefined}
        onReload={() => void refetchChannel('organisations:list')}
        onClose={() => setRemoving(false)}
      />
    </div>
  );
}

/** The edit form in a row of its own under the organisation; Escape cancels (the form offers "Läs in igen" on a stale version). */
export function OrganisationEditRow({
  organisation,
  columns,
  onDone,
}: {
  organisation: Organisation;
  columns: number;
  onDone: (saved: Organisation | null) => void;
}) {
  return (
    <tr className="row--editing">
      <td colSpan={columns} onKeyDown={cancelOnEscape(() => onDone(null))}>
        <OrganisationForm key={organisation.id} editing={organisation} defaultRegion={null} onDone={onDone} />
      </td>
    </tr>
  );
}
