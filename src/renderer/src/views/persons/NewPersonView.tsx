import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { hrefFor, navigate } from '../../router';
import { useStore } from '../../store';
import { useOwner, usePending, useScopeError } from '../../store/selectors';
import { PersonForm } from './PersonForm';

export function NewPersonView() {
  const { t } = useTranslation();
  const owner = useOwner();
  const createPerson = useStore((s) => s.createPerson);
  const clearError = useStore((s) => s.clearError);
  const saving = usePending('personSave');
  const error = useScopeError('personSave');
  useDocumentTitle(t('persons.newTitle'));
  useEffect(() => {
    clearError('personSave');
  }, [clearError]);
  return (
    <div className="stack">
      <p className="breadcrumb">
        <a href={hrefFor('persons')}>{t('persons.backToList')}</a>
      </p>
      <h1 tabIndex={-1}>{t('persons.newTitle')}</h1>
      <p className="lead">{t('persons.newLead')}</p>
      <PersonForm
        person={null}
        defaultRegion={owner?.kind === 'REGION' ? owner.code : null}
        saving={saving}
        serverError={error}
        submitLabel={t('persons.create')}
        onSubmit={(input) => {
          void createPerson(input).then((created) => {
            if (created) navigate('person', created.id);
          });
        }}
        onCancel={() => navigate('persons')}
      />
    </div>
  );
}
