import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { appErrorOf, useChannelQuery } from '../../api/query';
import type { PersonDetail } from '@shared/contract/register';
import { AuditHistory } from '../../components/AuditHistory';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingStatus } from '../../components/LoadingStatus';
import { ProvenanceNote } from '../../components/ProvenanceNote';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useLookups } from '../../components/useLookups';
import { WarningList } from '../../components/WarningList';
import { hrefFor } from '../../router';
import { useWrite } from '../../api/use-write';
import { PersonForm } from '../persons/PersonForm';
import { PersonPrivacyPanel } from '../privacy/PersonPrivacyPanel';
import { EndPersonDialog } from './EndPersonDialog';
import { PersonAssignments } from './PersonAssignments';
import { PersonDetailsPanel } from './PersonDetailsPanel';

function PersonPage({ person }: { person: PersonDetail }) {
  const { t } = useTranslation();
  const { ownerName } = useLookups();
  const warnings = useChannelQuery('rules:list', { personId: person.id }).data?.warnings ?? null;
  const { run: updatePerson, saving, error: saveError, clearError } = useWrite('persons:update');
  // the version the user opened the form on: a save after someone else's change is refused, never silently over it
  const [editedVersion, setEditedVersion] = useState<number | null>(null);
  const editing = editedVersion !== null;
  const [ending, setEnding] = useState(false);
  const startEdit = () => {
    clearError();
    setEditedVersion(person.version);
  };
  return (
    <>
      {person.readOnly && <ProvenanceNote owner={person.owner} ownerName={ownerName(person.owner)} provenance={person.provenance} />}
      {editing ? (
        <section className="stack" aria-labelledby="edit-person-heading">
          <h2 id="edit-person-heading">{t('person.editHeading')}</h2>
          <PersonForm
            person={person}
            defaultRegion={null}
            saving={saving}
            serverError={saveError}
            submitLabel={t('common.save')}
            onSubmit={(input) =>
              void updatePerson({ ...input, id: person.id, version: editedVersion ?? person.version }).then(
                (saved) => saved && setEditedVersion(null),
              )
            }
            onCancel={() => setEditedVersion(null)}
          />
        </section>
      ) : (
        <PersonDetailsPanel person={person} onEdit={startEdit} onEnd={() => setEnding(true)} />
      )}
      <section className="stack" aria-labelledby="person-warnings-heading">
        <h2 id="person-warnings-heading">{t('person.warningsHeading')}</h2>
        {warnings && warnings.length > 0 ? (
          <WarningList warnings={warnings} />
        ) : (
          <p className="muted" data-testid="no-warnings">
            {t('person.noWarnings')}
          </p>
        )}
      </section>
      <PersonAssignments person={person} />
      <section className="stack" aria-labelledby="person-history-heading">
        <h2 id="person-history-heading">{t('person.historyHeading')}</h2>
        <div className="panel">
          <AuditHistory context="person" entries={person.history} caption={t('person.historyCaption', { name: person.name })} />
        </div>
      </section>
      <PersonPrivacyPanel person={person} />
      <EndPersonDialog person={person} open={ending} onClose={() => setEnding(false)} />
    </>
  );
}

export function PersonView({ id }: { id: string }) {
  const { t } = useTranslation();
  const query = useChannelQuery('persons:get', { id });
  const person = query.data ?? null;
  const loading = query.isFetching;
  const error = appErrorOf(query.error);
  useDocumentTitle(person?.name ?? t('person.title'));
  return (
    <div className="stack stack--large" aria-busy={loading}>
      <p className="breadcrumb">
        <a href={hrefFor('persons')}>{t('persons.backToList')}</a>
      </p>
      <div className="title-row">
        <h1 tabIndex={-1}>{person?.name ?? t('person.title')}</h1>
        {person?.endedOn && <span className="tag tag--ended">{t('persons.endedOn', { date: person.endedOn })}</span>}
        {person?.readOnly && <span className="tag">{t('provenance.readOnlyTag')}</span>}
        {person?.isExample && <span className="tag tag--example">{t('common.example')}</span>}
      </div>
      {!person && loading && <LoadingStatus text={t('person.loading')} />}
      {error && <ErrorAlert heading={t('person.errorHeading')} error={error} />}
      {person && <PersonPage person={person} />}
    </div>
  );
}
