import type { TFunction } from 'i18next';
import type { ListExportInput, VacancyView } from '@shared/contract/register-insights';
import { seatLabelText } from '../../components/hr-names';

/** The seats to fill as the to-do list shows them, for the .xlsx export. */
export function todoExport(view: VacancyView, t: TFunction): ListExportInput {
  return {
    fileName: t('vacancies.exportFile'),
    // a sheet name holds at most 31 characters: its own short word, not the heading cut off ("… i din sjukvårdsre")
    sheetName: t('vacancies.exportSheet').slice(0, 31),
    columns: [
      { header: t('vacancies.group'), format: 'text' },
      { header: t('vacancies.exportGroupType'), format: 'text' },
      { header: t('vacancies.seat'), format: 'text' },
      { header: t('vacancies.status'), format: 'text' },
      { header: t('vacancies.exportEmptyFrom'), format: 'date' },
      { header: t('vacancies.exportDaysLeft'), format: 'integer' },
      { header: t('vacancies.holder'), format: 'text' },
      { header: t('vacancies.next'), format: 'text' },
    ],
    rows: view.todo.map((item) => [
      item.groupName,
      t(`groupType.${item.groupType}`),
      seatLabelText(item.seatLabel, t),
      t(`seatStatus.${item.status}`),
      item.emptyFrom,
      item.daysLeft,
      item.holders.map((h) => h.personName).join(', ') || null,
      item.upcoming.map((h) => t('vacancies.upcoming', { name: h.personName, date: h.startDate })).join(', ') || null,
    ]),
  };
}
