import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonDetail } from '@shared/contract/register';
import { AssignmentsTable } from '../../components/membership/AssignmentsTable';
import { MembershipForm } from '../../components/membership/MembershipForm';
import { useAssignmentCorrections } from '../../components/membership/useAssignmentCorrections';
import { AssignmentTimeline } from './AssignmentTimeline';

const PHASES = ['CURRENT', 'PLANNED', 'PAST'] as const;

/** The person's assignments: add one, a timeline, and a table per phase with edit, end and remove on each. */
export function PersonAssignments({ person }: { person: PersonDetail }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const corrections = useAssignmentCorrections(person.memberships);
  const canAdd = !person.endedOn;
  return (
    <section className="stack" aria-labelledby="assignments-heading">
      <div className="section-head">
        <h2 id="assignments-heading">{t('person.assignmentsHeading')}</h2>
        {canAdd && !adding && (
          <button type="button" className="button button--primary" onClick={() => setAdding(true)}>
            {t('person.addAssignment')}
          </button>
        )}
      </div>
      {corrections.noticeElement}
      {adding && (
        <section aria-labelledby="add-assignment-heading" className="stack">
          <h3 id="add-assignment-heading">{t('person.addAssignmentHeading')}</h3>
          <MembershipForm
            personId={person.id}
            onDone={(saved) => {
              setAdding(false);
              corrections.onSaved(saved);
            }}
          />
        </section>
      )}
      {person.memberships.length === 0 ? (
        <p className="muted">{t('person.noAssignments')}</p>
      ) : (
        <div className="panel">
          <AssignmentTimeline memberships={person.memberships} />
          {PHASES.map((phase) => {
            const rows = person.memberships.filter((m) => m.phase === phase);
            if (rows.length === 0) return null;
            return (
              <AssignmentsTable
                key={phase}
                memberships={rows}
                caption={t(`person.phaseCaption.${phase}`, { count: rows.length })}
                onEnd={person.readOnly ? undefined : corrections.onEnd}
                onEdit={person.readOnly ? undefined : corrections.onEdit}
                onDelete={person.readOnly ? undefined : corrections.onDelete}
                show="group"
                testId={`assignments-${phase.toLowerCase()}`}
              />
            );
          })}
        </div>
      )}
      {corrections.dialogs}
    </section>
  );
}
