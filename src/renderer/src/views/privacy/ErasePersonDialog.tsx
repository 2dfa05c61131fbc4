import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonDetail } from '@shared/contract/register';
import type { Result } from '@shared/contract/errors';
import { call } from '../../api';
import { Dialog } from '../../components/Dialog';
import { ErrorAlert } from '../../components/ErrorAlert';
import { TextField } from '../../components/form/inputs';
import { Spinner } from '../../components/Spinner';
import { navigate } from '../../router';
import { useAction } from '../costs/common/useCall';

type Props = { person: PersonDetail; open: boolean; onClose: () => void };

/** "Radera person": explains what erasure means and asks for the person's name typed as confirmation. */
export function ErasePersonDialog({ person, open, onClose }: Props) {
  return (
    <EraseDialog
      name={person.name}
      open={open}
      onClose={onClose}
      erase={(confirmName) => call('privacy:erase', { personId: person.id, confirmName })}
      onErased={() => navigate('erasures')}
    />
  );
}

type EraseProps = {
  name: string;
  open: boolean;
  onClose: () => void;
  erase: (confirmName: string) => Promise<Result<unknown>>;
  onErased: () => void;
};

/**
 * The GDPR erasure (Art. 17) of a person or of a nomination's candidate who is not (yet) a person: what it
 * means, then the name typed as confirmation.
 */
export function EraseDialog({ name, open, onClose, erase: eraseCall, onErased }: EraseProps) {
  const { t } = useTranslation();
  const id = useId();
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const erase = useAction();
  const close = () => {
    setTyped('');
    setProblem(undefined);
    onClose();
  };
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (typed.trim() !== name.trim()) {
      setProblem(t('privacy.erase.mismatch'));
      document.getElementById(`${id}-name`)?.focus();
      return;
    }
    setProblem(undefined);
    void erase
      .run(() => eraseCall(typed))
      .then((done) => {
        if (done) onErased();
      });
  };
  return (
    <Dialog open={open} title={t('privacy.erase.title', { name })} onClose={close}>
      <form className="stack" onSubmit={submit} noValidate>
        <p>{t('privacy.erase.explain')}</p>
        <ul>
          <li>{t('privacy.erase.local')}</li>
          <li>{t('privacy.erase.packages')}</li>
          <li>{t('privacy.erase.audit')}</li>
          <li>{t('privacy.erase.backups')}</li>
        </ul>
        <p>{t('privacy.erase.extractFirst')}</p>
        <TextField
          id={`${id}-name`}
          label={t('privacy.erase.typeName', { name })}
          value={typed}
          onChange={setTyped}
          error={problem}
          required
        />
        {erase.error && <ErrorAlert heading={t('privacy.erase.failed')} error={erase.error} headingLevel={3} />}
        <div className="actions">
          <button type="submit" className="button button--danger" disabled={erase.busy}>
            {erase.busy && <Spinner />}
            {t('privacy.erase.confirm')}
          </button>
          <button type="button" className="button" onClick={close}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
