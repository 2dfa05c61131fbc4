import { startBackend, type Backend } from '../../src/main/backend/backend';
import { startServices, type StartedApp } from '../../src/main/services/bootstrap';
import type { ChannelInput } from '../../src/shared/contract/channels';
import type { Result } from '../../src/shared/contract/errors';
import { caller } from './call';
export { regionalGroup } from './inputs';
import { RESOURCES_DIR, startTestApp } from './temp';

/**
 * The setup integration tests share: a fresh installation working for one region (23, Jämtland
 * Härjedalen, healthcare region Norra, unless told) with the test clock (2026-11-23), called as the UI
 * calls it, and the inputs they build on; the backend as its host runs it, for tests across a restart.
 */

export type Api = ReturnType<typeof caller>;

export type RegionAppOptions = {
  /** The owner code of the installation; 23 unless told. */
  owner?: string;
  /** The user's name (settings), so that the history and undo name who acted; none unless told. */
  userName?: string;
  now?: () => Date;
};

/** A fresh installation set up for `owner`, and its caller. The test closes `app.opened` afterwards. */
export async function startRegionApp(options: RegionAppOptions = {}): Promise<{ app: StartedApp; api: Api }> {
  const app = await startTestApp(options.now ? { now: options.now } : {});
  const api = caller(app);
  await api.ok('setup:complete', { ownerCode: options.owner ?? '23' });
  if (options.userName !== undefined) await api.ok('settings:update', { userName: options.userName });
  return { app, api };
}

/** A person's fields besides the name, in region 23 with nothing else known: `{ ...personFields, name }`. */
export const personFields = {
  email: null,
  phone: null,
  regionCode: '23',
  organisationId: null,
  profession: null,
  gender: null,
  notes: null,
} satisfies Omit<ChannelInput<'persons:create'>, 'name'>;

/** A plain nomination request from the national group for one member of `groupId`, due 2026-12-15, with `changes`. */
export function nominationRequest(
  groupId: string,
  changes: Partial<ChannelInput<'nominations:create-request'>> = {},
): ChannelInput<'nominations:create-request'> {
  return {
    groupId,
    seatId: null,
    requestedBy: 'NATIONAL_GROUP',
    requesterName: null,
    personsWanted: 1,
    competence: null,
    role: 'MEMBER',
    allocationBp: null,
    periodStart: null,
    periodEnd: null,
    dueDate: '2026-12-15',
    reference: null,
    link: null,
    notes: null,
    ...changes,
  };
}

/** The backend module as a host runs it, in this process, without background work or recovery; the file is created if missing. */
export function openBackend(dbPath: string, appVersion = '1.0.0'): Promise<Backend> {
  return startBackend(
    { dbPath, resourcesDir: RESOURCES_DIR, appVersion, actor: 'test' },
    { error: () => undefined },
    {
      create: true,
      background: false,
      recover: false,
    },
  );
}

/** A backend call that must succeed: its value (a refusal throws, naming the channel). */
export async function backendOk(backend: Backend, channel: string, input: unknown): Promise<unknown> {
  const result: Result<unknown> = await backend.call(channel, input);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value;
}

/** `work` on another app on the same file (its own read model, nothing saved at its close): a fresh computation to compare with. */
export async function withFreshApp<T>(dbPath: string, work: (app: StartedApp) => T | Promise<T>): Promise<T> {
  const app = await startServices({
    dbPath,
    resourcesDir: RESOURCES_DIR,
    appVersion: 'oracle',
    actor: 'test',
    create: false,
    now: () => new Date(),
  });
  try {
    return await work(app);
  } finally {
    await app.opened.close();
  }
}
