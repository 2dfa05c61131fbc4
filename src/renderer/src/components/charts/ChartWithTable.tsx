import { useId, type ReactNode } from 'react';

type Props = {
  title: string;
  /** One or two sentences a screen-reader user hears instead of the picture. */
  description: string;
  chart: ReactNode;
  table: ReactNode;
  headingLevel?: 2 | 3;
  testId?: string;
};

/**
 * A chart is never alone: it is an image with an accessible name and description, and the same data
 * stands in a table beside it.
 */
export function ChartWithTable({ title, description, chart, table, headingLevel = 3, testId }: Props) {
  const id = useId();
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="chart-block" aria-labelledby={`${id}-title`} data-testid={testId}>
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
        <div className="chart-block__table">{table}</div>
      </div>
    </section>
  );
}
