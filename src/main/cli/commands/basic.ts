import fs from 'node:fs';
import type { Command } from '../command';
import { requireString } from '../command';
import { cliRefusal } from '../errors';
import { call, withApp } from '../services';

/** Removes a database that `init` created before it failed, so a failed init leaves nothing behind. */
function removeDatabaseFiles(dbPath: string): void {
  for (const suffix of ['', '-wal', '-shm']) {
    try {
      fs.rmSync(`${dbPath}${suffix}`, { force: true });
    } catch {
      // the path never held a file (e.g. its folder could not be created)
    }
  }
}

const init: Command = {
  name: 'init',
  summary: 'create a new database with the reference data and set whom it works for',
  usage: 'init --region CODE   (a region code such as 23, or a healthcare region such as NORRA)',
  options: { region: { type: 'string' } },
  async run(ctx) {
    const code = requireString(ctx.values, 'region', this.usage);
    const existed = fs.existsSync(ctx.dbPath);
    try {
      const info = await withApp(ctx, (app) => call(app, 'setup:complete', { ownerCode: code }), true);
      ctx.out.print(info, () => `Created ${ctx.dbPath} for ${info.owner?.name ?? code} (schema ${info.schemaVersion}).`);
    } catch (error) {
      if (!existed) removeDatabaseFiles(ctx.dbPath);
      throw error;
    }
  },
};

const info: Command = {
  name: 'info',
  summary: 'schema version, own region and record counts',
  usage: 'info [--json]',
  async run(ctx) {
    const value = await withApp(ctx, (app) => call(app, 'app:info', {}));
    const summary = {
      schemaVersion: value.schemaVersion,
      appVersion: value.appVersion,
      ownRegion: value.owner?.code ?? null,
      ownRegionName: value.owner?.name ?? null,
      ownerKind: value.owner?.kind ?? null,
      installationId: value.installationId,
      exampleDataLoaded: value.exampleDataLoaded,
      counts: value.counts,
    };
    ctx.out.print(summary, () =>
      [
        `Samplan ${value.appVersion}, schema ${value.schemaVersion}`,
        `Own region: ${value.owner ? `${value.owner.name} (${value.owner.code})` : 'not chosen'}`,
        ...Object.entries(value.counts).map(([k, n]) => `  ${k}: ${n}`),
      ].join('\n'),
    );
  },
};

const check: Command = {
  name: 'check',
  summary: 'integrity and foreign-key check of the database',
  usage: 'check [--json]',
  async run(ctx) {
    const { checkDatabase } = await import('../../services/check-service');
    const result = await withApp(ctx, async (app) => checkDatabase(app.ctx));
    ctx.out.print(result, () => (result.ok ? 'ok: integrity and foreign keys are intact' : `problems: ${result.problems.join('; ')}`));
    if (!result.ok) throw cliRefusal('cli.checkProblems');
  },
};

const demo: Command = {
  name: 'demo',
  summary: 'load the clearly labelled example data (VGR teams, Norra seats with fictitious people)',
  usage: 'demo [--json]',
  async run(ctx) {
    const result = await withApp(ctx, (app) => call(app, 'example:load', {}));
    ctx.out.print(
      result,
      () =>
        `Example data loaded: ${Object.entries(result)
          .map(([k, n]) => `${k} +${n}`)
          .join(', ')}`,
    );
  },
};

export const basicCommands: Command[] = [init, info, check, demo];
