import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AppError } from '@shared/contract/errors';
import { Spinner } from '../../components/Spinner';
import { formatInteger } from '../../format';

/** How many list items a card shows; the link at the bottom leads to the rest. */
export const CARD_ITEMS = 5;

type Props = {
  id: string;
  heading: string;
  /** null while loading or after an error. */
  count: number | null;
  loading: boolean;
  error: AppError | null;
  /** Shown when the count is 0: the good news. */
  none: string;
  /** The first few things to act on (at most CARD_ITEMS). */
  items: ReactNode[];
  /** The view that resolves it. */
  link: { href: string; text: string };
  /** Marks the card as needing action (count above 0) with a coloured edge. */
  tone?: 'warning' | 'info';
};

/** One thing to act on: how many, the first few, and a link into the view where it is resolved. */
export function ActionCard({ id, heading, count, loading, error, none, items, link, tone = 'warning' }: Props) {
  const { t } = useTranslation();
  const attention = count !== null && count > 0;
  return (
    <section
      className={attention ? `action-card action-card--${tone}` : 'action-card'}
      aria-labelledby={`${id}-heading`}
      aria-busy={loading}
      data-testid={`start-${id}`}
    >
      <h2 id={`${id}-heading`} className="action-card__heading">
        <span className="action-card__count" data-testid={`start-${id}-count`}>
          {count === null ? '–' : formatInteger(count)}
        </span>
        <span>{heading}</span>
      </h2>
      {loading && count === null && (
        <p className="muted">
          <Spinner /> {t('start.loading')}
        </p>
      )}
      {error && (
        <p className="action-card__error" role="alert">
          {t('start.loadFailed')}
        </p>
      )}
      {count === 0 && <p className="muted">{none}</p>}
      {items.length > 0 && <ul className="action-card__list">{items}</ul>}
      <p className="action-card__more">
        <a href={link.href}>{link.text}</a>
      </p>
    </section>
  );
}
