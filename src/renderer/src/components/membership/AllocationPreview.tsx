import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { WarningOf } from '@shared/contract/rule-warnings';
import { call } from '../../api';
import { formatPercentBp, parsePercentToBp } from '../../format';
import { useLanguage } from '../../store/selectors';
import { monthLabel } from '../../views/planning/common/format';
import { useDebounced } from '../useDebounced';

type Props = { personId: string; startDate: string; endDate: string; allocation: string; defaultBp: number | null };

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The assignment as the preview channel takes it, or null while the form does not describe one yet. */
function plannedOf({ personId, startDate, endDate, allocation, defaultBp }: Props) {
  const typed = parsePercentToBp(allocation);
  const allocationBp = typed ?? defaultBp;
  if (!personId || !ISO_DAY.test(startDate) || (endDate !== '' && !ISO_DAY.test(endDate))) return null;
  if (allocationBp === null || Number.isNaN(allocationBp) || allocationBp > 10_000) return null;
  return { personId, startDate, endDate: endDate === '' ? null : endDate, allocationBp };
}

/** Tells, before saving, the over-allocation the assignment being typed would bring, and from which month. */
export function AllocationPreview(props: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const planned = plannedOf(props);
  const key = useDebounced(planned === null ? '' : JSON.stringify(planned), 250);
  const [found, setFound] = useState<{ key: string; warning: WarningOf<'PERSON_OVER_ALLOCATED'> | null } | null>(null);
  useEffect(() => {
    if (key === '') return;
    let live = true;
    void call('rules:preview-allocation', JSON.parse(key) as NonNullable<ReturnType<typeof plannedOf>>).then((result) => {
      const warning = result.ok && result.value.warning?.code === 'PERSON_OVER_ALLOCATED' ? result.value.warning : null;
      if (live) setFound({ key, warning });
    });
    return () => {
      live = false;
    };
  }, [key]);
  const warning = found !== null && found.key === key && planned !== null ? found.warning : null;
  return (
    <p role="status" className={warning ? 'notice notice--caution form__full' : 'visually-hidden'} data-testid="allocation-preview">
      {warning
        ? t('allocationPreview.overAllocated', {
            month: monthLabel(warning.firstMonth, language),
            allocation: formatPercentBp(warning.params.allocationBp),
            threshold: formatPercentBp(warning.params.thresholdBp),
          })
        : ''}
    </p>
  );
}
