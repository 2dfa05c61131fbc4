import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupDetail } from '@shared/contract/register';
import { call } from '../../api';
import { RemoveRecordDialog } from '../../components/RemoveRecordDialog';
import { navigate } from '../../router';
import { refetchChannel } from '../../api/query';

/** "Ta bort gruppen": an own regional group entered by mistake, without assignments or subgroups. */
export function RemoveGroup({ detail }: { detail: GroupDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const g = detail.group;
  if (g.readOnly || g.level === 'NATIONAL' || detail.history.length > 0 || detail.children.length > 0) return null;
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)}>
        {t('removeRecord.group.button')}
      </button>
      <RemoveRecordDialog
        open={open}
        title={t('removeRecord.group.title', { name: g.name })}
        explain={t('removeRecord.group.explain')}
        confirmLabel={t('removeRecord.group.confirm')}
        remove={() => call('groups:delete', { id: g.id, version: g.version })}
        onRemoved={() => navigate('groups')}
        onReload={() => void refetchChannel('groups:get', { id: g.id })}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
