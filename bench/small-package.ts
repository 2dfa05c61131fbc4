import path from 'node:path';
import type { JobStatus } from '@shared/contract/jobs';
import { nodeBackendHost } from '../src/main/backend/node-host';
import { hostCall } from './backend-relay';
import { call, median, packageExportJob, round, timed } from './measure';
import { row, type BenchRow } from './report';
import { BENCH_BUNDLE_DIR, closeApp, openApp, RESOURCES_DIR } from './setup';

/**
 * A small package as a coordinator meets it (issue #16.4): 20 records of region 23 for Norra, previewed
 * and imported through the backend process exactly as the UI does it: `packages:inspect` for the preview,
 * `jobs:start` then `jobs:status` polled every UI_POLL_MS for the import (the UI's poll, useJob.ts), timed
 * from the start call to the status that says done, READING_MS after the preview (the user reads it).
 * Each run uses a fresh receiving database.
 */
const RUNS = 5;
/** The user reads the preview before choosing "Importera" (the backend prepares the import's worker meanwhile). */
const READING_MS = 2000;
/** useJob.ts's POLL_MS. */
const UI_POLL_MS = 150;

async function smallPackageBase64(dir: string): Promise<string> {
  const exporter = await openApp(path.join(dir, 'small-exporter.db'), '23');
  try {
    const h = exporter.handlers;
    const org = await call(h, 'organisations:create', { name: 'Östersunds sjukhus', type: 'COUNTY_HOSPITAL', regionCode: '23' });
    for (let i = 0; i < 19; i++) {
      await call(h, 'persons:create', {
        name: `Person ${i + 1}`,
        email: null,
        phone: null,
        regionCode: '23',
        profession: 'Läkare',
        gender: null,
        notes: null,
        organisationId: org.id,
      });
    }
    const exported = await packageExportJob(exporter.app, { scope: 'own', recipient: 'NORRA' });
    if (exported.summary.totalRecords !== 20) throw new Error(`the small package holds ${exported.summary.totalRecords} records, not 20`);
    return exported.contentBase64;
  } finally {
    await closeApp(exporter);
  }
}

/** Polls like the UI until the job ends. */
async function untilDone(host: ReturnType<typeof nodeBackendHost>, jobId: string, pollMs: number): Promise<JobStatus> {
  for (;;) {
    const status = await hostCall<JobStatus>(host, 'jobs:status', { jobId });
    if (status.state !== 'running') return status;
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

export async function smallPackage(dir: string, rows: BenchRow[]): Promise<void> {
  const contentBase64 = await smallPackageBase64(dir);
  const previews: number[] = [];
  const imports: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const dbPath = path.join(dir, `small-receiver-${i}.db`);
    await closeApp(await openApp(dbPath, 'NORRA'));
    const host = nodeBackendHost(path.join(BENCH_BUNDLE_DIR, 'backend.js'), {
      dbPath,
      resourcesDir: RESOURCES_DIR,
      appVersion: 'bench',
      actor: 'bench',
    });
    try {
      await host.start();
      previews.push((await timed(() => hostCall(host, 'packages:inspect', { fileName: 'small.samplan', contentBase64 }))).ms);
      await new Promise((resolve) => setTimeout(resolve, READING_MS));
      const imported = await timed(async () => {
        const { jobId } = await hostCall<{ jobId: string }>(host, 'jobs:start', { kind: 'package-import', contentBase64 });
        return untilDone(host, jobId, UI_POLL_MS);
      });
      if (imported.value.state !== 'done') throw new Error(`the small import ended ${imported.value.state}`);
      imports.push(imported.ms);
    } finally {
      await host.stop();
    }
  }
  const preview = median(previews);
  const imported = median(imports);
  rows.push(
    row(`preview a small package (20 records, through the backend, median of ${RUNS})`, {
      records: 20,
      ms: round(preview),
      target: '< 500 ms',
      met: preview < 500,
    }),
    row(
      `import a 20-record package (job start → done, polled every ${UI_POLL_MS} ms as the UI does, ${READING_MS / 1000} s after the preview, median of ${RUNS})`,
      {
        records: 20,
        ms: round(imported),
        target: '< 1000 ms',
        met: imported < 1000,
      },
    ),
  );
}
