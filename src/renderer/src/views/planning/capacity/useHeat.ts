import { useLayoutEffect, type RefObject } from 'react';
import { heatColour, type HeatLimits } from './heat-scale';

/**
 * Colours an element on the heatmap's scale: background and text colour as custom properties set through
 * the CSSOM (the CSP allows no style attributes in markup); planning.css paints with them.
 */
export function useHeat(ref: RefObject<HTMLElement | null>, bp: number | null, limits: HeatLimits): void {
  const { highAtBp, overAboveBp } = limits;
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    if (bp === null) {
      element.style.removeProperty('--heat-bg');
      element.style.removeProperty('--heat-fg');
      return;
    }
    const colour = heatColour(bp, { highAtBp, overAboveBp });
    element.style.setProperty('--heat-bg', colour.background);
    element.style.setProperty('--heat-fg', colour.text);
  }, [ref, bp, highAtBp, overAboveBp]);
}
