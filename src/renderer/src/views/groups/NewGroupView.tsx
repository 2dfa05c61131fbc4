import { useTranslation } from 'react-i18next';
import { channelKey, queryClient } from '../../api/query';
import { useWrite } from '../../api/use-write';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { hrefFor, navigate } from '../../router';
import { GroupForm } from './GroupForm';

export function NewGroupView() {
  const { t } = useTranslation();
  const create = useWrite('groups:create');
  useDocumentTitle(t('groups.newTitle'));
  return (
    <div className="stack">
      <p className="breadcrumb">
        <a href={hrefFor('groups')}>{t('groups.backToList')}</a>
      </p>
      <h1 tabIndex={-1}>{t('groups.newTitle')}</h1>
      <p className="lead">{t('groups.newLead')}</p>
      <GroupForm
        group={null}
        saving={create.saving}
        serverError={create.error}
        submitLabel={t('groups.create')}
        onSubmit={(input) =>
          void create.run(input).then((created) => {
            if (!created) return;
            queryClient.setQueryData(channelKey('groups:get', { id: created.group.id }), created);
            navigate('group', created.group.id);
          })
        }
        onCancel={() => navigate('groups')}
      />
    </div>
  );
}
