import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { HostingDetail } from '@shared/contract/cost/records';
import { call } from '../../../api';
import { Dialog } from '../../../components/Dialog';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { navigate } from '../../../router';
import { SavedNote, useFocusWhen } from '../common/controls';
import { useAction } from '../common/useCall';
import { HostingFields, draftOf, hostingInput, type HostingDraft } from './HostingFields';

function EditForm({ detail, onSaved, onCancel }: { detail: HostingDetail; onSaved: (d: HostingDetail) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const h = detail.hosting;
  const [draft, setDraft] = useState<HostingDraft>(draftOf(h));
  const action = useAction();
  const heading = useFocusWhen<HTMLHeadingElement>(true);
  const save = async (e: FormEvent) => {
    e.preventDefault();
    const next = await action.run(() =>
      call('hostings:update', { id: h.id, version: h.version, groupId: h.groupId, ...hostingInput(draft) }),
    );
    if (next) onSaved(next);
  };
  return (
    <form className="panel stack" onSubmit={(e) => void save(e)} aria-labelledby={`${id}-h`} noValidate data-testid="hosting-edit-form">
      <h2 id={`${id}-h`} ref={heading} tabIndex={-1}>
        {t('costs.hosting.editHeading')}
      </h2>
      {action.error && <ErrorAlert heading={t('costs.item.saveFailed')} error={action.error} headingLevel={3} />}
      <div className="cost-form">
        <HostingFields idPrefix={id} draft={draft} onChange={setDraft} />
      </div>
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={action.busy}>
          {t('costs.common.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('costs.common.cancel')}
        </button>
      </div>
    </form>
  );
}

function DeleteHosting({ detail }: { detail: HostingDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const action = useAction();
  const h = detail.hosting;
  const remove = async () => {
    if (await action.run(() => call('hostings:delete', { id: h.id, version: h.version }))) {
      setOpen(false);
      navigate('costHostings');
    }
  };
  return (
    <>
      <button type="button" className="button button--danger" onClick={() => setOpen(true)}>
        {t('costs.hosting.delete')}
      </button>
      <Dialog open={open} title={t('costs.hosting.deleteTitle')} onClose={() => setOpen(false)}>
        <p>{t('costs.hosting.deleteText', { name: h.groupName, items: detail.items.length })}</p>
        {action.error && <ErrorAlert heading={t('costs.item.deleteFailed')} error={action.error} headingLevel={3} />}
        <div className="actions">
          <button type="button" className="button button--danger" disabled={action.busy} onClick={() => void remove()}>
            {t('costs.hosting.deleteConfirm')}
          </button>
          <button type="button" className="button" onClick={() => setOpen(false)}>
            {t('costs.common.cancel')}
          </button>
        </div>
      </Dialog>
    </>
  );
}

/** Change the hosting (host, status, period, key, rounding) or delete it (kept as a tombstone for sync). */
export function HostingSettings({ detail, onSaved }: { detail: HostingDetail; onSaved: (d: HostingDetail) => void }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState(false);
  const [saved, setSaved] = useState<string | null>(null);
  if (detail.hosting.readOnly) return null;
  if (editing) {
    const done = (d: HostingDetail) => {
      setEditing(false);
      setSaved(t('costs.common.saved'));
      onSaved(d);
    };
    return <EditForm detail={detail} onSaved={done} onCancel={() => setEditing(false)} />;
  }
  return (
    <div className="actions" data-testid="hosting-settings">
      <button
        type="button"
        className="button"
        onClick={() => {
          setSaved(null);
          setEditing(true);
        }}
      >
        {t('costs.hosting.edit')}
      </button>
      <DeleteHosting detail={detail} />
      <SavedNote text={saved} />
    </div>
  );
}
