import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test as base } from './fixtures';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const CLI = path.join(ROOT, 'out', 'node', 'cli.js');

/** `small` in CI; SAMPLAN_E2E_SCALE=national runs the 30 000-person dataset locally. */
export const SCALE = process.env['SAMPLAN_E2E_SCALE'] === 'national' ? 'national' : 'small';
const SEED = '1';

function cli(...args: string[]): void {
  execFileSync(process.execPath, [CLI, ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: { ...process.env, NODE_ENV: 'test' },
  });
}

type WorkerFixtures = { generatedDb: string };

/**
 * Like the usual fixtures, but the data folder already holds the generator's dataset (`init --region 23`
 * then `generate --scale SCALE --seed 1`), built once per worker and copied before the server starts.
 */
export const test = base.extend<object, WorkerFixtures>({
  generatedDb: [
    async ({}, provide) => {
      const dir = await mkdtemp(path.join(os.tmpdir(), 'samplan-e2e-scale-'));
      const file = path.join(dir, 'samplan.db');
      cli('--db', file, 'init', '--region', '23');
      cli('--db', file, 'generate', '--scale', SCALE, '--seed', SEED);
      await provide(file);
      await rm(dir, { recursive: true, force: true });
    },
    { scope: 'worker', timeout: 900_000 },
  ],
  dataDir: async ({ generatedDb }, provide) => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'samplan-e2e-'));
    for (const suffix of ['', '-wal']) {
      if (fs.existsSync(generatedDb + suffix)) fs.copyFileSync(generatedDb + suffix, path.join(dir, `samplan.db${suffix}`));
    }
    await provide(dir);
    await rm(dir, { recursive: true, force: true });
  },
});

export { expect } from './fixtures';

/**
 * Goes to `hash` inside the running app and measures, in the page, the time from the navigation to
 * the first frame painted with `rowSelector` present.
 */
export async function timeToFirstRows(page: Page, hash: string, rowSelector: string): Promise<number> {
  return page.evaluate(
    ({ target, selector }) =>
      new Promise<number>((resolve) => {
        const start = performance.now();
        window.location.hash = target;
        const poll = () => {
          if (document.querySelector(selector)) requestAnimationFrame(() => resolve(performance.now() - start));
          else requestAnimationFrame(poll);
        };
        requestAnimationFrame(poll);
      }),
    { target: hash, selector: rowSelector },
  );
}

export type ScrollFigures = {
  frames: number;
  maxGapMs: number;
  p95GapMs: number;
  longTasks: number;
  longTaskMs: number;
  reachedEnd: boolean;
};

/**
 * Scrolls `scrollSelector` down by `pxPerFrame` every animation frame for `steps` frames (a fast, steady
 * scroll), then jumps to the bottom and waits until the last row (`lastRowSelector`) is rendered; reports
 * the frame gaps and the long tasks seen meanwhile.
 */
export async function scrollThrough(
  page: Page,
  scrollSelector: string,
  lastRowSelector: string,
  steps: number,
  pxPerFrame = 120,
): Promise<ScrollFigures> {
  return page.evaluate(
    ({ scroll, lastRow, count, px }) =>
      new Promise<ScrollFigures>((resolve) => {
        const element = document.querySelector<HTMLElement>(scroll);
        if (!element) throw new Error(`no ${scroll}`);
        const tasks: number[] = [];
        const observer = new PerformanceObserver((list) => {
          for (const entry of list.getEntries()) tasks.push(entry.duration);
        });
        observer.observe({ type: 'longtask', buffered: false });
        const stamps: number[] = [];
        let step = 0;
        const settle = (deadline: number) => {
          if (document.querySelector(lastRow) || performance.now() > deadline) {
            observer.disconnect();
            const gaps = stamps
              .slice(1)
              .map((t, i) => t - (stamps[i] ?? t))
              .sort((a, b) => a - b);
            resolve({
              frames: stamps.length,
              maxGapMs: gaps[gaps.length - 1] ?? 0,
              p95GapMs: gaps[Math.floor(gaps.length * 0.95)] ?? 0,
              longTasks: tasks.length,
              longTaskMs: tasks.reduce((a, b) => a + b, 0),
              reachedEnd: document.querySelector(lastRow) !== null,
            });
          } else requestAnimationFrame(() => settle(deadline));
        };
        const frame = (t: number) => {
          stamps.push(t);
          step += 1;
          element.scrollTop += px;
          if (step < count) requestAnimationFrame(frame);
          else {
            element.scrollTop = element.scrollHeight;
            settle(performance.now() + 10_000);
          }
        };
        requestAnimationFrame(frame);
      }),
    { scroll: scrollSelector, lastRow: lastRowSelector, count: steps, px: pxPerFrame },
  );
}
