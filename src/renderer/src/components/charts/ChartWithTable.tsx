import { useId, type ReactNode } from 'react';

type Props = {
  title: string;
  /** One or two sentences a screen-reader user hears instead of the picture. */
  description: string;
  chart: ReactNode;
  table: ReactNode;
  /**
   * The name of the table's own scroll box (e.g. "Årsarbetskrafter per månad, tabell"): a wide table then
   * scrolls sideways within it, and the box can be reached and scrolled with the keyboard.
   */
  tableLabel?: string;
  headingLevel?: 2 | 3;
  /** `side`: chart and table beside each other (planning's wide layout); `stacked`: the table under the chart. */
  layout?: 'side' | 'stacked';
  testId?: string;
};

/**
 * A chart is never alone: it is an image with an accessible name and description, and the same data
 * stands in a table beside (or under) it.
 */
export function ChartWithTable({ title, description, chart, table, tableLabel, headingLevel = 3, layout, testId }: Props) {
  const id = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className={layout ? `chart-block chart-block--${layout}` : 'chart-block'} aria-labelledby={`${id}-title`} data-testid={testId}>
      <Heading id={`${id}-title`} className="chart-block__title">
        {title}
      </Heading>
      <div className="chart-block__body">
        <figure className="chart-block__figure">
          <div className="chart-block__chart" role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
            {chart}
          </div>
          <figcaption id={`${id}-desc`} className="chart-block__desc">
            {description}
          </figcaption>
        </figure>
        {tableLabel === undefined ? (
          <div className="chart-block__table">{table}</div>
        ) : (
          <div className="chart-block__table" role="region" aria-label={tableLabel} tabIndex={0}>
            {table}
          </div>
        )}
      </div>
    </section>
  );
}
