import { describe, expect, it } from 'vitest';
import {
  contrast,
  heatColour,
  heatGradient,
  heatRgb,
  luminance,
  type Rgb,
} from '../../../src/renderer/src/views/planning/capacity/heat-scale';

const limits = { highAtBp: 5000, overAboveBp: 8000 };

function rgb(hex: string): Rgb {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as unknown as Rgb;
}

describe('the capacity heatmap colour scale', () => {
  it('gives the text in every cell at least 4.5:1 contrast, from 0 to far over the limit', () => {
    for (let bp = 0; bp <= 30_000; bp += 25) {
      const { background, text } = heatColour(bp, limits);
      expect(contrast(rgb(background), rgb(text)), `${bp} bp`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('is perceptually ordered: it grows darker with the load (luminance never rises as the load rises)', () => {
    let previous = Number.POSITIVE_INFINITY;
    for (let bp = 0; bp <= 16_000; bp += 50) {
      const l = luminance(heatRgb(bp, limits));
      expect(l, `${bp} bp`).toBeLessThanOrEqual(previous + 0.002); // 8-bit rounding only;
      previous = l;
    }
  });

  it('is continuous: neighbouring loads get neighbouring colours (no step larger than a few units of a channel)', () => {
    for (let bp = 0; bp < 20_000; bp += 10) {
      const a = heatRgb(bp, limits);
      const b = heatRgb(bp + 10, limits);
      const step = Math.max(...a.map((c, i) => Math.abs(c - b[i]!)));
      expect(step, `${bp} bp`).toBeLessThanOrEqual(3);
    }
  });

  it('tells the bands apart: calm, high and over are clearly different colours', () => {
    const calm = heatRgb(1000, limits);
    const high = heatRgb(5000, limits);
    const over = heatRgb(9000, limits);
    expect(contrast(calm, over)).toBeGreaterThan(1.8);
    expect(luminance(calm)).toBeGreaterThan(luminance(high));
    expect(luminance(high)).toBeGreaterThan(luminance(over));
  });

  it('follows the band limits: the colour at the "high" limit moves with the setting', () => {
    expect(heatRgb(7000, { highAtBp: 7000, overAboveBp: 9000 })).toEqual(heatRgb(5000, limits));
    expect(heatRgb(-100, limits)).toEqual(heatRgb(0, limits));
    expect(heatRgb(1_000_000, limits)).toEqual(heatRgb(16_000, limits));
  });

  it('draws the legend from the same colours', () => {
    const gradient = heatGradient(limits, 4);
    expect(gradient.startsWith('linear-gradient(to right, ')).toBe(true);
    expect(gradient).toContain(heatColour(0, limits).background);
    expect(gradient).toContain(`${heatColour(16_000, limits).background} 100.0%`);
  });
});
