import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { GroupDetail } from '@shared/contract/register';
import { call } from '../../api';
import { SelectField } from '../form/inputs';
import { healthcareRegionRank, seatLabelText } from '../hr-names';

type Seat = GroupDetail['seats'][number];

function seatText(seat: Seat, t: TFunction): string {
  const label = seatLabelText(seat.label, t);
  if (seat.holders.length === 0) return t('membershipForm.seatVacant', { seat: label });
  const holders = seat.holders
    .map((h) => (h.endDate ? t('membershipForm.holderUntil', { name: h.personName, date: h.endDate }) : h.personName))
    .join(', ');
  return t('membershipForm.seatHeld', { seat: label, holders });
}

type Props = {
  id: string;
  groupId: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  /** Seats already known (the group page); otherwise they are fetched for the chosen group. */
  seats?: Seat[] | undefined;
};

/** The chosen group's seats with who holds them, or none (co-opted and members outside the seats). */
export function SeatSelect({ id, groupId, value, onChange, error, seats: known }: Props) {
  const { t } = useTranslation();
  const [fetched, setFetched] = useState<{ groupId: string; seats: Seat[] } | null>(null);
  useEffect(() => {
    if (known || !groupId) return;
    let live = true;
    void call('groups:get', { id: groupId }).then((result) => {
      if (live && result.ok) setFetched({ groupId, seats: result.value.seats });
    });
    return () => {
      live = false;
    };
  }, [groupId, known]);
  const unsorted = known ?? (fetched?.groupId === groupId ? fetched.seats : []);
  const seats = [...unsorted].sort(
    (a, b) => healthcareRegionRank(a.healthcareRegionCode) - healthcareRegionRank(b.healthcareRegionCode) || a.ordinal - b.ordinal,
  );
  return (
    <SelectField
      id={id}
      label={t('membershipForm.seat')}
      hint={t('membershipForm.seatHint')}
      value={value}
      onChange={onChange}
      error={error}
      disabled={!groupId}
      wide
    >
      <option value="">{t('membershipForm.noSeat')}</option>
      {seats.map((seat) => (
        <option key={seat.id} value={seat.id}>
          {seatText(seat, t)}
        </option>
      ))}
    </SelectField>
  );
}
