import { useTranslation } from 'react-i18next';
import { formatInteger } from '../format';

type Props = {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
  label: string;
};

/** "Showing 51–100 of 312" with previous/next; the buttons stay in the tab order and say when they do nothing. */
export function Pager({ page, pageSize, total, onPage, label }: Props) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const from = total === 0 ? 0 : page * pageSize + 1;
  const to = Math.min(total, (page + 1) * pageSize);
  return (
    <nav className="pager" aria-label={label}>
      <p className="pager__status" aria-live="polite">
        {t('pager.showing', { from: formatInteger(from), to: formatInteger(to), total: formatInteger(total) })}
      </p>
      <div className="pager__buttons">
        <button type="button" className="button button--small" disabled={page <= 0} onClick={() => onPage(page - 1)}>
          {t('pager.previous')}
        </button>
        <span className="pager__page">{t('pager.page', { page: page + 1, pages })}</span>
        <button type="button" className="button button--small" disabled={page + 1 >= pages} onClick={() => onPage(page + 1)}>
          {t('pager.next')}
        </button>
      </div>
    </nav>
  );
}
