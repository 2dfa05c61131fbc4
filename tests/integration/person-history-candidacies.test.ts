import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { StartedApp } from '../../src/main/services/bootstrap';
import { nominationRequest, personFields, startRegionApp, type Api } from '../helpers/setup';

/** A person's history (persons:get) holds their nomination candidacies, named by the group they were nominated to. */
let app: StartedApp;
let api: Api;

beforeEach(async () => {
  ({ app, api } = await startRegionApp({ userName: 'Karin Berg' }));
});
afterEach(() => app.opened.close());

describe("a person's history and their candidacies", () => {
  it('lists proposing, each step and the withdrawal of a candidacy, with the group it is for', async () => {
    const bo = await api.ok('persons:create', { ...personFields, name: 'Bo Lind' });
    const [group] = await api.ok('groups:list', { type: 'NPO', level: null, query: 'Psykisk hälsa' });
    const request = await api.ok('nominations:create-request', nominationRequest(group!.id));
    let detail = await api.ok('nominations:propose', {
      requestId: request.request.id,
      personId: bo.id,
      newPerson: null,
      proposedOn: '2026-11-02',
      proposedBy: null,
      link: null,
      notes: null,
    });
    let candidate = detail.candidates[0]!;
    detail = await api.ok('nominations:advance', {
      id: candidate.id,
      version: candidate.version,
      step: 'MANAGER_APPROVED',
      on: '2026-11-10',
      by: 'Chefen Eva',
      outcome: null,
      reference: null,
    });
    candidate = detail.candidates[0]!;
    await api.ok('nominations:withdraw', { id: candidate.id, version: candidate.version, on: '2026-11-20' });

    const { history } = await api.ok('persons:get', { id: bo.id });
    const candidacy = history.filter((e) => e.entity === 'nomination_candidates');
    expect(candidacy.map((e) => e.action)).toEqual(['end', 'update', 'create']);
    for (const entry of candidacy) {
      expect(entry.recordId).toBe(candidate.id);
      expect(entry.names[request.request.id]).toBe(group!.name);
    }
    const statuses = candidacy.map((e) => (JSON.parse(e.after!) as { status: string }).status);
    expect(statuses).toEqual(['WITHDRAWN', 'MANAGER_APPROVED', 'PROPOSED']);
    // the person's own entry is still there, last
    expect(history.at(-1)).toMatchObject({ entity: 'persons', action: 'create' });
  });
});
