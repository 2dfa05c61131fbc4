import { useTranslation } from 'react-i18next';
import { channelKey, queryClient } from '../../api/query';
import { useWrite } from '../../api/use-write';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { hrefFor, navigate } from '../../router';
import { useOwner } from '../../store/selectors';
import { PersonForm } from './PersonForm';

export function NewPersonView() {
  const { t } = useTranslation();
  const owner = useOwner();
  const create = useWrite('persons:create');
  useDocumentTitle(t('persons.newTitle'));
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
        saving={create.saving}
        serverError={create.error}
        submitLabel={t('persons.create')}
        onSubmit={(input) => {
          void create.run(input).then((created) => {
            if (!created) return;
            // the page the user goes to next shows it at once
            queryClient.setQueryData(channelKey('persons:get', { id: created.id }), created);
            navigate('person', created.id);
          });
        }}
        onCancel={() => navigate('persons')}
      />
    </div>
  );
}
