import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { hrefFor, navigate } from '../../router';
import { useStore } from '../../store';
import { usePending, useScopeError } from '../../store/selectors';
import { GroupForm } from './GroupForm';

export function NewGroupView() {
  const { t } = useTranslation();
  const createGroup = useStore((s) => s.createGroup);
  const clearError = useStore((s) => s.clearError);
  const saving = usePending('groupSave');
  const error = useScopeError('groupSave');
  useDocumentTitle(t('groups.newTitle'));
  useEffect(() => clearError('groupSave'), [clearError]);
  return (
    <div className="stack">
      <p className="breadcrumb">
        <a href={hrefFor('groups')}>{t('groups.backToList')}</a>
      </p>
      <h1 tabIndex={-1}>{t('groups.newTitle')}</h1>
      <p className="lead">{t('groups.newLead')}</p>
      <GroupForm
        group={null}
        saving={saving}
        serverError={error}
        submitLabel={t('groups.create')}
        onSubmit={(input) => void createGroup(input).then((created) => created && navigate('group', created.group.id))}
        onCancel={() => navigate('groups')}
      />
    </div>
  );
}
