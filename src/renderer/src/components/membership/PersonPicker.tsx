import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonSummary } from '@shared/contract/register';
import { call } from '../../api';
import { FilteredSelect } from '../FilteredSelect';
import { useDebounced } from '../useDebounced';

type Props = { id: string; value: string; onChange: (value: string) => void; error?: string | undefined };

/** Choose a person: the filter searches the whole register (name, e-mail, profession, organisation). */
export function PersonPicker({ id, value, onChange, error }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const settled = useDebounced(query, 250);
  const [rows, setRows] = useState<PersonSummary[]>([]);
  useEffect(() => {
    let live = true;
    void call('persons:search', { query: settled.trim(), regionCode: null, includeEnded: false, limit: 100, offset: 0 }).then((result) => {
      if (live && result.ok) setRows(result.value.rows);
    });
    return () => {
      live = false;
    };
  }, [settled]);
  const [chosen, setChosen] = useState<PersonSummary | null>(null);
  const options = useMemo(() => {
    const all = chosen && !rows.some((p) => p.id === chosen.id) ? [chosen, ...rows] : rows;
    return all.map((p) => ({ value: p.id, label: [p.name, p.organisationName, p.email].filter(Boolean).join(' · ') }));
  }, [rows, chosen]);
  const choose = (personId: string) => {
    setChosen(rows.find((p) => p.id === personId) ?? null);
    onChange(personId);
  };
  return (
    <FilteredSelect
      id={id}
      label={t('membershipForm.person')}
      filterLabel={t('membershipForm.personFilter')}
      options={options}
      value={value}
      onChange={choose}
      onFilter={setQuery}
      filterLocally={false}
      error={error}
      placeholder={t('membershipForm.choosePersonOption')}
    />
  );
}
