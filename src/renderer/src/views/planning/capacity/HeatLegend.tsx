import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { CapacitySettings } from '@shared/contract/planning';
import { bpToPercentText } from '../../../format';
import { BAND_ICON } from './BandLabel';
import { heatGradient } from './heat-scale';

/** The heatmap's scale as a bar from 0 to twice the "over" limit, with the limits and the band symbols in words. */
export function HeatLegend({ settings }: { settings: CapacitySettings }) {
  const { t } = useTranslation();
  const bar = useRef<HTMLDivElement>(null);
  const { highAtBp, overAboveBp } = settings;
  useLayoutEffect(() => {
    // set through the CSSOM: the CSP allows no style attributes in markup
    if (bar.current) bar.current.style.backgroundImage = heatGradient({ highAtBp, overAboveBp });
  }, [highAtBp, overAboveBp]);
  const high = bpToPercentText(highAtBp);
  const over = bpToPercentText(overAboveBp);
  const max = bpToPercentText(overAboveBp * 2);
  return (
    <div className="heat-legend" data-testid="heat-legend">
      <div className="heat-legend__scale" aria-hidden="true">
        <div ref={bar} className="heat-legend__bar" />
        <span className="heat-legend__tick">0 %</span>
        <span className="heat-legend__tick">{`${over} %`}</span>
        <span className="heat-legend__tick">{`${max} %`}</span>
      </div>
      <p className="muted">{t('planning.capacity.heat.legend', { high, over, max, highIcon: BAND_ICON.HIGH, overIcon: BAND_ICON.OVER })}</p>
    </div>
  );
}
