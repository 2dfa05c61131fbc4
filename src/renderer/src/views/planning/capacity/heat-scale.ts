/**
 * The capacity heatmap's colour scale: one continuous, perceptually ordered scale from an empty month
 * through the "high" limit and the "over" limit to twice the "over" limit, interpolated in OKLab (so equal
 * steps of load look like equal steps of colour). The text on each colour is black or white, whichever
 * contrasts more (never below 4.5:1). Pure: no DOM, no React.
 */

export type Rgb = readonly [number, number, number];
export type HeatColour = { background: string; text: string };
export type HeatLimits = { highAtBp: number; overAboveBp: number };

/** Anchor colours: calm (0 %), light amber (the "high" limit), orange (the "over" limit), deep red (twice "over"). */
const CALM: Rgb = [0xf2, 0xf6, 0xfa];
const LOW: Rgb = [0xe8, 0xf0, 0xcc];
const HIGH: Rgb = [0xfc, 0xdc, 0x8a];
const OVER: Rgb = [0xf0, 0x8a, 0x4b];
const EXTREME: Rgb = [0x9e, 0x1a, 0x2c];

const BLACK: Rgb = [0, 0, 0];
const WHITE: Rgb = [255, 255, 255];

function toLinear(channel: number): number {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function fromLinear(value: number): number {
  const v = Math.min(1, Math.max(0, value));
  const c = v <= 0.0031308 ? v * 12.92 : 1.055 * v ** (1 / 2.4) - 0.055;
  return Math.round(c * 255);
}

type Lab = readonly [number, number, number];

function toOklab([r8, g8, b8]: Rgb): Lab {
  const [r, g, b] = [toLinear(r8), toLinear(g8), toLinear(b8)];
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return [
    0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s,
    1.9779984951 * l - 2.428592205 * m + 0.4505937099 * s,
    0.0259040371 * l + 0.7827717662 * m - 0.808675766 * s,
  ];
}

function fromOklab([L, a, b]: Lab): Rgb {
  const l = (L + 0.3963377774 * a + 0.2158037573 * b) ** 3;
  const m = (L - 0.1055613458 * a - 0.0638541728 * b) ** 3;
  const s = (L - 0.0894841775 * a - 1.291485548 * b) ** 3;
  return [
    fromLinear(4.0767416621 * l - 3.3077115913 * m + 0.2309699292 * s),
    fromLinear(-1.2684380046 * l + 2.6097574011 * m - 0.3413193965 * s),
    fromLinear(-0.0041960863 * l - 0.7034186147 * m + 1.707614701 * s),
  ];
}

function mix(from: Rgb, to: Rgb, t: number): Rgb {
  const a = toOklab(from);
  const b = toOklab(to);
  return fromOklab([a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t]);
}

/** WCAG relative luminance of an sRGB colour. */
export function luminance([r, g, b]: Rgb): number {
  return 0.2126 * toLinear(r) + 0.7152 * toLinear(g) + 0.0722 * toLinear(b);
}

/** WCAG contrast ratio of two colours (1–21). */
export function contrast(a: Rgb, b: Rgb): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

export function hex([r, g, b]: Rgb): string {
  return `#${[r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** The stops of the scale in basis points of a full-time post, in rising order. */
export function heatStops(limits: HeatLimits): { bp: number; colour: Rgb }[] {
  const over = Math.max(limits.overAboveBp, 1);
  const high = Math.min(Math.max(limits.highAtBp, 1), over);
  return [
    { bp: 0, colour: CALM },
    { bp: high / 2, colour: LOW },
    { bp: high, colour: HIGH },
    { bp: over, colour: OVER },
    { bp: over * 2, colour: EXTREME },
  ];
}

/** The background of a load of `bp` basis points (10 000 = a full-time post): continuous, clamped at twice "over". */
export function heatRgb(bp: number, limits: HeatLimits): Rgb {
  const stops = heatStops(limits);
  const value = Math.max(0, bp);
  for (let i = 1; i < stops.length; i++) {
    const lower = stops[i - 1]!;
    const upper = stops[i]!;
    if (value <= upper.bp) {
      const span = upper.bp - lower.bp;
      return mix(lower.colour, upper.colour, span <= 0 ? 1 : (value - lower.bp) / span);
    }
  }
  return stops[stops.length - 1]!.colour;
}

/** Background and text colour of a cell: the text is black or white, whichever contrasts more. */
export function heatColour(bp: number, limits: HeatLimits): HeatColour {
  const background = heatRgb(bp, limits);
  const text = contrast(background, BLACK) >= contrast(background, WHITE) ? BLACK : WHITE;
  return { background: hex(background), text: hex(text) };
}

/** A CSS gradient of the whole scale, for the legend (from 0 to twice "over"). */
export function heatGradient(limits: HeatLimits, steps = 16): string {
  const stops = heatStops(limits);
  const top = stops[stops.length - 1]!.bp;
  const parts = Array.from({ length: steps + 1 }, (_, i) => {
    const bp = (top * i) / steps;
    return `${hex(heatRgb(bp, limits))} ${((100 * i) / steps).toFixed(1)}%`;
  });
  return `linear-gradient(to right, ${parts.join(', ')})`;
}
