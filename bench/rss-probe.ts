import { closeApp, openApp } from './setup';
import { call } from './measure';

/**
 * Stands in for the app's main process: opens the national database, runs each view once, and
 * prints its resident set size (MB) as JSON on stdout. `bench/run.ts` starts it as a child process so
 * the generator's and the benchmark's own memory do not count.
 */
async function main(): Promise<void> {
  const dbPath = process.argv[2];
  const healthcareRegion = process.argv[3];
  if (!dbPath || !healthcareRegion) throw new Error('usage: rss-probe.ts DB HEALTHCARE_REGION');
  const open = await openApp(dbPath, null);
  const afterOpen = process.memoryUsage().rss;
  await call(open.handlers, 'capacity:grid', { from: '2026-01', monthCount: 12, healthcareRegionCode: healthcareRegion });
  await call(open.handlers, 'vacancies:get', {});
  await call(open.handlers, 'cost-report:year', { year: 2026 });
  await call(open.handlers, 'persons:search', { query: 'anna' });
  const afterViews = process.memoryUsage().rss;
  await closeApp(open);
  process.stdout.write(
    `${JSON.stringify({ afterOpenMb: Math.round(afterOpen / 1024 ** 2), afterViewsMb: Math.round(afterViews / 1024 ** 2) })}\n`,
  );
}

main().catch((error: unknown) => {
  process.stderr.write(`rss-probe: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
