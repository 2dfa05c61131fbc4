import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DatabaseOpenError } from '../db/errors';
import { startBackend } from '../backend/backend';
import { DATABASE_FILE_NAME, defaultDataDir, findUp } from '../lib/paths';
import { moduleDir, nodeRuntimeInfo } from '../lib/runtime';
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
  // The backend module in this process (the server is already off any UI): backups, warm-up, jobs in a worker
  // thread; a damaged database file starts recovery mode (only the recovery channels) until a backup replaces it.
  const backend = await startBackend({ dbPath: path.join(dataDir, DATABASE_FILE_NAME), ...runtime }, log);
  const token = randomBytes(32).toString('base64url');
  const server = await createWebServer({
    host: '127.0.0.1',
    port: Number(values.port ?? 0),
    token,
    staticDir,
    dispatch: (channel, input) => backend.call(channel, input),
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  process.stdout.write(`Samplan (webbläsarläge) körs. Öppna: http://127.0.0.1:${port}/#token=${token}\n`);
  process.stdout.write(`Data: ${dataDir}\n`);
  if (backend.damaged)
    process.stdout.write(
      'Databasfilen är skadad och har inte ändrats. Öppna adressen ovan för att återställa en kontrollerad säkerhetskopia.\n',
    );
  const stop = () => {
    server.close();
    void backend.shutdown().finally(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  const message = error instanceof DatabaseOpenError || error instanceof Error ? error.message.split('\n')[0] : String(error);
  process.stderr.write(`samplan: ${message}\n`);
  process.exit(1);
});
