import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { appErrorOf, refetchChannel, useChannelQuery } from '../../api/query';
import { useWrite } from '../../api/use-write';
import type { GroupDetail } from '@shared/contract/register';
import { AuditHistory } from '../../components/AuditHistory';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingStatus } from '../../components/LoadingStatus';
import { ProvenanceNote } from '../../components/ProvenanceNote';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useLookups } from '../../components/useLookups';
import { WarningList } from '../../components/WarningList';
import { hrefFor } from '../../router';
import { GroupForm } from '../groups/GroupForm';
import { cancelOnEscape, SavedStatus, StaleReload, useFocusReturn } from '../../components/EditInPlace';
import { GROUP_EDIT_BUTTON, GroupDetailsPanel } from './GroupDetailsPanel';
import { GroupLeadership } from './GroupLeadership';
import { GroupMembers } from './GroupMembers';

function GroupPage({ detail }: { detail: GroupDetail }) {
  const { t } = useTranslation();
  const { ownerName } = useLookups();
  const warnings = useChannelQuery('rules:list', { groupId: detail.group.id }).data?.warnings ?? null;
  const { run: updateGroup, saving, error: saveError, clearError } = useWrite('groups:update');
  // the version the user opened the form on: a save after someone else's change is refused, never silently over it
  const [editedVersion, setEditedVersion] = useState<number | null>(null);
  const editing = editedVersion !== null;
  const [saved, setSaved] = useState<string | null>(null);
  const g = detail.group;
  const returnFocus = useFocusReturn(GROUP_EDIT_BUTTON, g.version);
  const stopEditing = (savedName: string | null) => {
    setEditedVersion(null);
    setSaved(savedName === null ? null : t('removeRecord.saved', { name: savedName }));
    returnFocus();
  };
  return (
    <>
      {g.readOnly && <ProvenanceNote owner={g.owner} ownerName={ownerName(g.owner)} provenance={detail.provenance} />}
      <GroupLeadership chair={detail.chair} processLeader={detail.processLeader} />
      {editing ? (
        <section className="stack" aria-labelledby="edit-group-heading" onKeyDown={cancelOnEscape(() => stopEditing(null))}>
          <h2 id="edit-group-heading">{t('group.editHeading')}</h2>
          <GroupForm
            group={g}
            saving={saving}
            serverError={saveError}
            submitLabel={t('common.save')}
            onCancel={() => stopEditing(null)}
            onSubmit={(input) =>
              void updateGroup({ ...input, id: g.id, version: editedVersion ?? g.version }).then((ok) => ok && stopEditing(input.name))
            }
          />
          <StaleReload error={saveError} onReload={() => void refetchChannel('groups:get', { id: g.id }).then(() => stopEditing(null))} />
        </section>
      ) : (
        <GroupDetailsPanel
          detail={detail}
          onEdit={() => {
            clearError();
            setSaved(null);
            setEditedVersion(g.version);
          }}
        />
      )}
      <SavedStatus text={saved} />
      <section className="stack" aria-labelledby="group-warnings-heading">
        <h2 id="group-warnings-heading">{t('group.warningsHeading')}</h2>
        {warnings && warnings.length > 0 ? (
          <WarningList warnings={warnings} />
        ) : (
          <p className="muted" data-testid="no-warnings">
            {t('group.noWarnings')}
          </p>
        )}
      </section>
      <GroupMembers detail={detail} />
      {detail.children.length > 0 && (
        <section className="stack" aria-labelledby="children-heading">
          <h2 id="children-heading">{t('group.childrenHeading')}</h2>
          <ul className="panel link-list">
            {detail.children.map((c) => (
              <li key={c.id}>
                <a href={hrefFor('group', c.id)}>{c.name}</a> <span className="muted">{t(`groupType.${c.type}`)}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="stack" aria-labelledby="group-audit-heading">
        <h2 id="group-audit-heading">{t('group.auditHeading')}</h2>
        <div className="panel">
          <AuditHistory context="group" entries={detail.audit} caption={t('group.auditCaption', { name: g.name })} />
        </div>
      </section>
    </>
  );
}

export function GroupView({ id }: { id: string }) {
  const { t } = useTranslation();
  const query = useChannelQuery('groups:get', { id });
  const detail = query.data ?? null;
  const loading = query.isFetching;
  const error = appErrorOf(query.error);
  useDocumentTitle(detail?.group.name ?? t('group.title'));
  const g = detail?.group;
  return (
    <div className="stack stack--large" aria-busy={loading}>
      <p className="breadcrumb">
        <a href={hrefFor('groups')}>{t('groups.backToList')}</a>
      </p>
      <div className="title-row">
        <h1 tabIndex={-1}>{g?.name ?? t('group.title')}</h1>
        {g && <span className="tag">{t(`groupType.${g.type}`)}</span>}
        {g && <span className="tag">{t(`groupLevel.${g.level}`)}</span>}
        {g?.readOnly && <span className="tag">{t('provenance.readOnlyTag')}</span>}
        {g?.isExample && <span className="tag tag--example">{t('common.example')}</span>}
      </div>
      {!detail && loading && <LoadingStatus text={t('group.loading')} />}
      {error && <ErrorAlert heading={t('group.errorHeading')} error={error} />}
      {detail && <GroupPage detail={detail} />}
    </div>
  );
}
