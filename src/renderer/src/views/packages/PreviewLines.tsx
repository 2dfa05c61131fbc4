import { useTranslation } from 'react-i18next';
import { type ImportOutcome, type PreviewLine, type RecordOutcome, type Worded } from '@shared/contract/packages';
import { isMessageKey, wordMessage, type MessageLanguage } from '@shared/messages';
import { formatInteger } from '../../format';
import { changesText } from './change-values';

/** Words a backend message (key + parameters, names resolved) in the UI's language. */
export function useWorded(): (message: Worded) => string {
  const { i18n } = useTranslation();
  const language: MessageLanguage = i18n.language.startsWith('en') ? 'en' : 'sv';
  return (message) => (isMessageKey(message.key) ? wordMessage(language, message.key, message.params) : '');
}

/** The order the groups are shown in: what changes first, what is left alone last. */
const GROUP_ORDER: readonly RecordOutcome[] = ['rejected', 'new', 'changed', 'deleted', 'ignored', 'unchanged'];

function LineText({ line }: { line: PreviewLine }) {
  const { t } = useTranslation();
  const word = useWorded();
  const label = word(line.label);
  if (line.reason) return <>{t('packages.lines.withReason', { label, reason: word(line.reason) })}</>;
  if (line.outcome === 'changed' && line.changes.length > 0) {
    const changes = changesText(t, (key) => word({ key, params: {} }), line.recordType, line.changes);
    return <>{t('packages.lines.withChanges', { label, changes })}</>;
  }
  return <>{t(`packages.lines.line.${line.outcome}`, { label })}</>;
}

function Group({ outcome, lines, more, total }: { outcome: RecordOutcome; lines: PreviewLine[]; more: number; total: number }) {
  const { t } = useTranslation();
  const list = (
    <>
      <ul className="plain-list package-lines">
        {lines.map((line, index) => (
          <li key={index}>
            <LineText line={line} />
          </li>
        ))}
      </ul>
      {more > 0 && <p className="muted">{t('packages.lines.more', { count: more })}</p>}
    </>
  );
  const heading = t(`packages.lines.group.${outcome}`, { count: total, formatted: formatInteger(total) });
  // What is left alone is folded away; what happens is shown open.
  if (outcome === 'unchanged') {
    return (
      <details className="package-group" data-testid={`preview-group-${outcome}`}>
        <summary>{heading}</summary>
        {list}
      </details>
    );
  }
  return (
    <div className={outcome === 'rejected' ? 'package-warning' : 'package-group'} data-testid={`preview-group-${outcome}`}>
      <h3 className={outcome === 'rejected' ? 'package-warning__heading' : undefined}>{heading}</h3>
      {outcome === 'rejected' && <p>{t('packages.lines.rejectedLead')}</p>}
      {list}
    </div>
  );
}

/** Every record of the package by name, grouped by what the import does with it (nya, ändrade, borttagna …). */
export function PreviewGroups({ outcome }: { outcome: ImportOutcome }) {
  const groups = GROUP_ORDER.filter((o) => outcome.totals[o] > 0);
  if (groups.length === 0) return null;
  return (
    <div className="stack" data-testid="preview-groups">
      {groups.map((o) => (
        <Group
          key={o}
          outcome={o}
          lines={outcome.lines.filter((l) => l.outcome === o)}
          more={outcome.moreLines[o]}
          total={outcome.totals[o]}
        />
      ))}
    </div>
  );
}

/** The notices (another recipient, an older package, a date in the future), regions by name. */
export function Notices({ outcome }: { outcome: ImportOutcome }) {
  const { t } = useTranslation();
  const word = useWorded();
  if (outcome.notices.length === 0) return null;
  return (
    <div className="package-warning" data-testid="preview-warnings">
      <h3 className="package-warning__heading">{t('packages.preview.warningsHeading')}</h3>
      <ul className="plain-list">
        {outcome.notices.map((n) => (
          <li key={`${n.key}`}>{word(n)}</li>
        ))}
      </ul>
    </div>
  );
}
