import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonDetail } from '@shared/contract/register';
import { call } from '../../api';
import { RemoveRecordDialog } from '../../components/RemoveRecordDialog';
import { navigate } from '../../router';
import { refetchChannel } from '../../api/query';

/**
 * "Ta bort (felregistrerad)": a person created by mistake, while no assignment is left. A correction
 * (a tombstone that travels), not the GDPR erasure "Radera person" further down the page.
 */
export function RemoveMistakenPerson({ person }: { person: PersonDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const live = person.memberships.filter((m) => !m.readOnly).length;
  if (person.readOnly) return null;
  return (
    <>
      <button type="button" className="button" onClick={() => setOpen(true)} data-testid="person-remove-mistaken">
        {t('removeRecord.person.button')}
      </button>
      <RemoveRecordDialog
        open={open}
        title={t('removeRecord.person.title', { name: person.name })}
        explain={live > 0 ? t('removeRecord.person.hasAssignments', { count: live }) : t('removeRecord.person.explain')}
        confirmLabel={t('removeRecord.person.confirm')}
        remove={() => call('persons:remove-mistaken', { id: person.id, version: person.version })}
        onRemoved={() => navigate('persons')}
        onReload={() => void refetchChannel('persons:get', { id: person.id })}
        onClose={() => setOpen(false)}
      />
    </>
  );
}
