import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import rendererEn from '../../src/renderer/src/i18n/en.json' with { type: 'json' };
import rendererSv from '../../src/renderer/src/i18n/sv.json' with { type: 'json' };
import { stepClause, type Word } from '../../src/renderer/src/components/undo/undo-words';
import type { StartedApp } from '../../src/main/services/bootstrap';
import { fillTemplate, wordMessage, type MessageLanguage } from '../../src/shared/messages';
import { caller } from '../helpers/call';
import { startTestApp } from '../helpers/temp';

/**
 * #14: the undo button and the "changed since" refusal name a record by the one display name the
 * backend puts in the undo step, so both say "Anna Lindqvist i NPO …" for an assignment, in both languages.
 */
let app: StartedApp;
let api: ReturnType<typeof caller>;

beforeEach(async () => {
  app = await startTestApp();
  api = caller(app);
  await api.ok('setup:complete', { ownerCode: '23' });
});
afterEach(() => app.opened.close());

type Tree = { readonly [key: string]: string | Tree };
const RENDERER: Record<MessageLanguage, Tree> = { sv: rendererSv, en: rendererEn };

/** The renderer's `t` over its real catalogue; a missing key fails the test. */
function wordsOf(catalogue: Tree): Word {
  return (key, params = {}) => {
    let node: string | Tree | undefined = catalogue;
    for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
    if (typeof node !== 'string') throw new Error(`missing translation: ${key}`);
    return fillTemplate(node, params);
  };
}

const personFields = { email: null, phone: null, regionCode: '23', organisationId: null, profession: null, gender: null, notes: null };

describe('the display name of an undo step', () => {
  it('is the same in the undo button and in the refusal for an assignment: person, then group', async () => {
    const anna = await api.ok('persons:create', { ...personFields, name: 'Anna Lindqvist' });
    const groups = await api.ok('groups:list', { type: 'NPO', level: null, query: 'Psykisk hälsa' });
    const group = groups[0]!;
    const fields = {
      personId: anna.id,
      groupId: group.id,
      seatId: null,
      role: 'MEMBER',
      endDate: null,
      status: 'DECIDED',
      notes: null,
    } as const;
    const m = await api.ok('memberships:create', { ...fields, startDate: '2026-01-01', allocationBp: 2000 });
    await api.ok('memberships:update', { ...fields, id: m.id, version: 1, startDate: '2026-01-01', allocationBp: 2500 });

    const { step } = await api.ok('undo:peek', {});
    expect(step).toMatchObject({ entity: 'memberships', name: 'Anna Lindqvist', groupName: group.name, refusal: null });

    // someone else writes a newer version: the same step is now refused, naming the record the same way
    app.ctx.sqlite.prepare('UPDATE memberships SET version = version + 1, allocation_bp = 3000 WHERE id = ?').run(m.id);
    const refused = await api.raw('undo:last', {});
    if (refused.ok || !refused.error.detail) throw new Error('the undo should have been refused with a detail');
    const detail = refused.error.detail;

    const expected = { sv: `Anna Lindqvist i ${group.name}`, en: `Anna Lindqvist in ${group.name}` };
    for (const language of ['sv', 'en'] as const) {
      const button = stepClause(step!, wordsOf(RENDERER[language]));
      const refusal = wordMessage(language, detail.key, detail.params);
      expect(button).toContain(expected[language]);
      expect(refusal).toContain(expected[language]);
    }
  });
});
