import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupDetail } from '@shared/contract/register';
import { useReferenceData } from '../../api/lookups';
import { appErrorOf, useChannelMutation } from '../../api/query';
import { cancelOnEscape, StaleReload } from '../../components/EditInPlace';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SelectField, TextField } from '../../components/form/inputs';

type Seat = GroupDetail['seats'][number];
type Props = { seat: Seat; columns: number; onDone: (saved: boolean) => void; onReload: () => void };

/** A seat of an own regional group corrected in its own row: number, region, healthcare region; Escape cancels. */
export function SeatEditRow({ seat, columns, onDone, onReload }: Props) {
  const { t } = useTranslation();
  const id = useId();
  const reference = useReferenceData();
  const save = useChannelMutation('seats:update', { onSuccess: () => onDone(true) });
  const [ordinal, setOrdinal] = useState(String(seat.ordinal));
  const [regionCode, setRegionCode] = useState(seat.regionCode ?? '');
  const [healthcareRegionCode, setHealthcareRegionCode] = useState(seat.healthcareRegionCode ?? '');
  const [problem, setProblem] = useState<string | undefined>();
  // the version the user opened the row on: a save after someone else's change is refused, never silently over it
  const [openedVersion] = useState(seat.version);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const n = Number(ordinal.trim());
    if (!Number.isInteger(n) || n < 1 || n > 999) {
      setProblem(t('seatEdit.ordinalInvalid'));
      document.getElementById(`${id}-ordinal`)?.focus();
      return;
    }
    setProblem(undefined);
    save.mutate({
      id: seat.id,
      version: openedVersion,
      ordinal: n,
      regionCode: regionCode || null,
      healthcareRegionCode: healthcareRegionCode || null,
    });
  };
  const error = appErrorOf(save.error);
  return (
    <tr className="row--editing" data-testid="seat-edit-row">
      <td colSpan={columns} onKeyDown={cancelOnEscape(() => onDone(false))}>
        <form className="form stack" onSubmit={submit} noValidate aria-label={t('seatEdit.title', { seat: seat.label })}>
          <div className="form__row">
            <TextField
              id={`${id}-ordinal`}
              label={t('seatEdit.ordinal')}
              value={ordinal}
              onChange={setOrdinal}
              inputMode="numeric"
              size="short"
              error={problem}
              required
            />
            <SelectField id={`${id}-region`} label={t('seatEdit.region')} value={regionCode} onChange={setRegionCode}>
              <option value="">{t('seatEdit.noRegion')}</option>
              {(reference?.regions ?? []).map((r) => (
                <option key={r.code} value={r.code}>
                  {r.name}
                </option>
              ))}
            </SelectField>
            <SelectField
              id={`${id}-healthcare-region`}
              label={t('seatEdit.healthcareRegion')}
              value={healthcareRegionCode}
              onChange={setHealthcareRegionCode}
            >
              <option value="">{t('seatEdit.noRegion')}</option>
              {(reference?.healthcareRegions ?? []).map((h) => (
                <option key={h.code} value={h.code}>
                  {h.name}
                </option>
              ))}
            </SelectField>
          </div>
          {error && <ErrorAlert heading={t('seatEdit.failed')} error={error} headingLevel={3} />}
          <div className="actions">
            <button type="submit" className="button button--primary" disabled={save.isPending}>
              {t('common.save')}
            </button>
            <button type="button" className="button" onClick={() => onDone(false)}>
              {t('common.cancel')}
            </button>
            <StaleReload error={error} onReload={onReload} />
          </div>
        </form>
      </td>
    </tr>
  );
}
