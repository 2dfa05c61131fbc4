import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MembershipView } from '@shared/contract/register';
import { Dialog } from '../Dialog';
import { DeleteMembershipDialog } from './DeleteMembershipDialog';
import { EndMembershipDialog } from './EndMembershipDialog';
import { MembershipForm } from './MembershipForm';
import { UndoButton } from '../undo/UndoButton';

type Notice = { text: string; focusId: string | null; undoable?: boolean; serial?: number };

/**
 * Edit, end and remove for the assignment tables of the person and group pages: the dialogs, and
 * after a save a visible confirmation (role=status) with focus back on the assignment's row (or on
 * the confirmation when the row is gone), never on the page body.
 */
export function useAssignmentCorrections(memberships: readonly MembershipView[], group?: Parameters<typeof MembershipForm>[0]['group']) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<MembershipView | null>(null);
  const [ending, setEnding] = useState<MembershipView | null>(null);
  const [removing, setRemoving] = useState<MembershipView | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  // focus moves once per save: to the row when it is (still) shown, else to the confirmation
  const focusPending = useRef(false);
  useEffect(() => {
    if (!notice || !focusPending.current) return;
    const row = notice.focusId ? document.querySelector<HTMLElement>(`[data-membership="${notice.focusId}"] th`) : null;
    const target = row ?? document.getElementById('assignment-notice');
    target?.focus();
    if (row || !notice.focusId) focusPending.current = false;
  }, [notice, memberships]);
  const serial = useRef(0);
  const announce = (next: Notice) => {
    focusPending.current = true;
    serial.current += 1;
    setNotice({ ...next, serial: serial.current });
  };
  const saved = (m: MembershipView | undefined) => {
    setEditing(null);
    if (m) announce({ text: t('corrections.saved', { group: m.groupName }), focusId: m.id, undoable: true });
  };
  const noticeElement = (
    <div role="status" data-testid="assignment-notice">
      {notice && (
        <p id="assignment-notice" className="notice notice--success" tabIndex={-1}>
          {notice.text}{' '}
          {notice.undoable && <UndoButton key={notice.serial} onUndone={() => announce({ text: t('undo.doneShort'), focusId: null })} />}
        </p>
      )}
    </div>
  );
  const dialogs = (
    <>
      <Dialog
        open={editing !== null}
        title={editing ? t('corrections.editTitle', { group: editing.groupName }) : ''}
        onClose={() => setEditing(null)}
      >
        {editing && (
          <div className="stack">
            <p className="muted">{t('corrections.editLead')}</p>
            <MembershipForm key={editing.id} membership={editing} group={group} onDone={saved} />
          </div>
        )}
      </Dialog>
      <EndMembershipDialog membership={ending} onClose={() => setEnding(null)} />
      <DeleteMembershipDialog
        membership={removing}
        onClose={(removed) => {
          setRemoving(null);
          if (removed) announce({ text: t('corrections.removed', { group: removed.groupName }), focusId: null, undoable: true });
        }}
      />
    </>
  );
  return { onEdit: setEditing, onEnd: setEnding, onDelete: setRemoving, onSaved: saved, noticeElement, dialogs };
}
