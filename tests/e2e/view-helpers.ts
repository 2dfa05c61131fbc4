import type { Locator } from '@playwright/test';
import { expect } from './fixtures';

/**
 * The chosen option of a <select> is shown whole: its text, measured in the select's own font, fits inside the
 * select less its padding and the arrow. (A select's scrollWidth does not tell, so the text is measured.)
 */
export async function expectWholeChoiceShown(select: Locator): Promise<void> {
  const fit = await select.evaluate((element) => {
    const el = element as HTMLSelectElement;
    const style = getComputedStyle(el);
    const context = document.createElement('canvas').getContext('2d');
    if (!context) return { text: '', width: Infinity, room: 0 };
    context.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const text = el.selectedOptions[0]?.text ?? '';
    const arrow = 20;
    // the exact width (clientWidth rounds down a select sized to its content)
    const inner = el.getBoundingClientRect().width - parseFloat(style.borderLeftWidth) - parseFloat(style.borderRightWidth);
    const room = inner - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - arrow;
    return { text, width: context.measureText(text).width, room };
  });
  expect(
    fit.width,
    `"${fit.text}" (${Math.ceil(fit.width)} px) is cut in a select with ${Math.floor(fit.room)} px for text`,
  ).toBeLessThanOrEqual(fit.room);
}

/**
 * Every category label of a bar chart (the texts anchored at their end, against the axis) lies inside the chart,
 * none cut at the left edge nor broken onto two lines.
 */
export async function expectChartLabelsInside(chart: Locator): Promise<void> {
  const labels = await chart.evaluate((element) => {
    const svg = element.querySelector('svg.recharts-surface');
    if (!svg) return [];
    const left = svg.getBoundingClientRect().left;
    return [...element.querySelectorAll('svg.recharts-surface text[text-anchor="end"]')].map((text) => ({
      text: text.textContent ?? '',
      lines: text.querySelectorAll('tspan').length,
      inside: text.getBoundingClientRect().left >= left - 0.5,
    }));
  });
  expect(labels.length).toBeGreaterThan(0);
  for (const label of labels) {
    expect(label.inside, `"${label.text}" is cut at the chart's left edge`).toBe(true);
    expect(label.lines, `"${label.text}" is broken onto ${label.lines} lines`).toBeLessThanOrEqual(1);
  }
}

/** How many lines an element's text is laid out on. */
export async function textLines(element: Locator): Promise<number> {
  return element.evaluate((el) => {
    const range = document.createRange();
    range.selectNodeContents(el);
    return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
  });
}
