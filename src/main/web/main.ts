import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DatabaseOpenError } from '../db/errors';
import { dispatch } from '../ipc/dispatch';
import { startRecoverable } from '../ipc/recovery';
import { warmViewsSoon } from '../services/warm-up';
import { DATABASE_FILE_NAME, defaultDataDir, findUp } from '../lib/paths';
import { moduleDir, nodeRuntimeInfo } from '../lib/runtime';
import { startBackupRoutine } from '../services/backup-schedule';
import { createWebServer } from './server';

/**
 * `npm run web`: the whole app in an ordinary browser. Same services, same contract and validation
 * as the desktop app; only the transport differs (HTTP on 127.0.0.1 with a per-start secret token).
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { port: { type: 'string' }, 'data-dir': { type: 'string' }, host: { type: 'string' } },
    strict: true,
  });
  const runtime = nodeRuntimeInfo(import.meta.url);
  const dataDir = path.resolve(values['data-dir'] ?? defaultDataDir());
  const root = findUp(moduleDir(import.meta.url), 'package.json') ?? process.cwd();
  // SAMPLAN_WEB_DIR lets parallel test runs serve separate renderer builds (vite.web.config.ts reads the same variable).
  const staticDir = path.resolve(root, process.env['SAMPLAN_WEB_DIR'] ?? path.join('out', 'web'));
  const log = { error: (m: string) => process.stderr.write(`${m}\n`) };
  let stopBackups = (): void => undefined;
  // The handlers and the stop hook read the running app at call time, so a backup restore swaps the database under
  // them; a damaged database file starts recovery mode (only the recovery channels) until a backup replaces it.
  const running = await startRecoverable(
    { dbPath: path.join(dataDir, DATABASE_FILE_NAME), ...runtime, create: true },
    {
      onStarted: (app) => {
        stopBackups = startBackupRoutine(app, log);
        warmViewsSoon(app, log);
      },
    },
  );
  const token = randomBytes(32).toString('base64url');
  const server = await createWebServer({
    host: '127.0.0.1',
    port: Number(values.port ?? 0),
    token,
    staticDir,
    dispatch: (channel, input) => dispatch(running.handlers, channel, input, log),
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.stdout.write(`Samplan (webbläsarläge) körs. Öppna: http://127.0.0.1:${port}/#token=${token}\n`);
  process.stdout.write(`Data: ${dataDir}\n`);
  if (running.damaged)
    process.stdout.write(
      'Databasfilen är skadad och har inte ändrats. Öppna adressen ovan för att återställa en kontrollerad säkerhetskopia.\n',
    );
  const stop = () => {
    stopBackups();
    server.close();
    void (running.app?.opened.close() ?? Promise.resolve()).then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const message = error instanceof DatabaseOpenError || error instanceof Error ? error.message.split('\n')[0] : String(error);
  process.stderr.write(`samplan: ${message}\n`);
  process.exit(1);
});
