import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { MembershipView } from '@shared/contract/register';
import { todayIso } from '../../format';
import { barOf, timeScale } from './timeline-scale';

const pct = (n: number) => `${n.toFixed(2)}%`;

/**
 * All assignments on one time axis: past grey, current blue, planned outlined; a line marks today.
 * Decorative for screen readers: the table below holds the same facts.
 */
export function AssignmentTimeline({ memberships }: { memberships: MembershipView[] }) {
  const { t } = useTranslation();
  const today = todayIso();
  const sorted = useMemo(() => [...memberships].sort((a, b) => a.startDate.localeCompare(b.startDate)), [memberships]);
  const scale = useMemo(() => timeScale(sorted, today), [sorted, today]);
  const now = pct(scale.at(today));
  return (
    <figure className="timeline" data-testid="assignment-timeline">
      <figcaption className="timeline__caption">{t('person.timelineCaption')}</figcaption>
      <div className="timeline__row timeline__row--axis" aria-hidden="true">
        <span />
        <svg className="timeline__axis" width="100%" height="24">
          {scale.years.map((y) => (
            <g key={y.year}>
              <line x1={pct(y.x)} x2={pct(y.x)} y1="16" y2="24" className="timeline__tick" />
              <text x={pct(y.x)} y="12" className="timeline__year" textAnchor="middle">
                {y.year}
              </text>
            </g>
          ))}
        </svg>
      </div>
      <ul className="timeline__rows">
        {sorted.map((m) => {
          const bar = barOf(m, scale);
          return (
            <li key={m.id} className="timeline__row">
              <span className="timeline__label">
                {m.groupName}
                <span className="cell-sub">
                  {t(`role.${m.role}`)} · {t(`phase.${m.phase}`)}
                </span>
              </span>
              <svg className="timeline__track" width="100%" height="28" aria-hidden="true">
                {scale.years.map((y) => (
                  <line key={y.year} x1={pct(y.x)} x2={pct(y.x)} y1="0" y2="28" className="timeline__grid" />
                ))}
                <rect
                  x={pct(bar.x)}
                  width={pct(bar.width)}
                  y="6"
                  height="16"
                  rx="3"
                  className={`timeline__bar timeline__bar--${m.phase.toLowerCase()}`}
                />
                <line x1={now} x2={now} y1="0" y2="28" className="timeline__now" />
              </svg>
            </li>
          );
        })}
      </ul>
      <p className="timeline__legend" aria-hidden="true">
        <span className="legend legend--past">{t('phase.PAST')}</span>
        <span className="legend legend--current">{t('phase.CURRENT')}</span>
        <span className="legend legend--planned">{t('phase.PLANNED')}</span>
        <span className="legend legend--today">{t('person.today', { date: today })}</span>
      </p>
    </figure>
  );
}
