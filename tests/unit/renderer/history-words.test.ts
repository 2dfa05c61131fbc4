import { describe, expect, it } from 'vitest';
import sv from '../../../src/renderer/src/i18n/sv.json' with { type: 'json' };
import en from '../../../src/renderer/src/i18n/en.json' with { type: 'json' };
import type { AuditEntryView } from '../../../src/shared/contract/records';
import type { UndoStep } from '../../../src/shared/contract/undo';
import { actionText, actorText, historyChanges, subjectText } from '../../../src/renderer/src/components/history/history-words';
import { stepClause, type Word } from '../../../src/renderer/src/components/undo/undo-words';

type Tree = { readonly [key: string]: string | Tree };

/** A `t` over a real catalogue that fails on a missing key, so a wording with no translation cannot pass. */
function wordsOf(catalogue: Tree): Word {
  return (key, params = {}) => {
    let node: string | Tree | undefined = catalogue;
    for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined;
    if (typeof node !== 'string') throw new Error(`missing translation: ${key}`);
    return node.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? `{{${name}}}`));
  };
}

const t = wordsOf(sv);
const codes = { region: (c: string) => (c === '23' ? 'Region Jämtland Härjedalen' : null), healthcareRegion: () => null };
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}/;
const GROUP = '11111111-2222-3333-4444-555555555555';
const PERSON = '99999999-2222-3333-4444-555555555555';

function entry(action: string, before: object | null, after: object | null, names: Record<string, string> = {}): AuditEntryView {
  return {
    seq: 1,
    at: '2026-11-23T10:00:00.000Z',
    actor: 'Karin Berg',
    action,
    entity: 'memberships',
    recordId: 'm',
    before: before && JSON.stringify(before),
    after: after && JSON.stringify(after),
    names,
  };
}

const row = {
  id: 'm',
  version: 1,
  owner: '23',
  person_id: PERSON,
  group_id: GROUP,
  allocation_bp: 2000,
  start_date: '2026-01-01',
  end_date: null,
};

describe('the readable history', () => {
  it('words a changed share as "Andel 20 % → 25 %", leaving bookkeeping and unlabelled columns out', () => {
    const changed = entry('update', row, { ...row, version: 2, allocation_bp: 2500, is_example: 0, packageId: 'x' });
    const changes = historyChanges(changed, t, codes);
    expect(changes.map((c) => `${c.label} ${c.before} → ${c.after}`)).toEqual(['Andel 20\u00a0% → 25\u00a0%']);
  });

  it('shows a new record by its filled-in fields with names for ids, never an id', () => {
    const created = entry('create', null, row, { [PERSON]: 'Anna Lindqvist', [GROUP]: 'NPO Hjärt- och kärlsjukdomar' });
    const changes = historyChanges(created, t, codes);
    expect(changes.map((c) => [c.label, c.before, c.after])).toEqual([
      ['Person', null, 'Anna Lindqvist'],
      ['Grupp', null, 'NPO Hjärt- och kärlsjukdomar'],
      ['Startdatum', null, '2026-01-01'],
      ['Andel', null, '20\u00a0%'],
    ]);
    expect(JSON.stringify(changes)).not.toMatch(UUID);
    expect(subjectText(created, 'person', t)).toBe('Uppdrag i NPO Hjärt- och kärlsjukdomar');
    expect(subjectText(created, 'group', t)).toBe('Uppdrag för Anna Lindqvist');
    // a reference whose record is gone is named as such, not by its id
    expect(historyChanges(entry('create', null, row), t, codes)[0]!.after).toBe('borttagen uppgift');
  });

  it('names a seat as the seat columns do ("Norra", "Norra 2"), never by its healthcare-region code', () => {
    const SEAT = '77777777-2222-3333-4444-555555555555';
    const SEAT2 = '88888888-2222-3333-4444-555555555555';
    const created = entry('create', null, { ...row, seat_id: SEAT }, { [SEAT]: 'NORRA' });
    expect(historyChanges(created, t, codes).find((c) => c.field === 'seat_id')?.after).toBe('Norra');
    const moved = entry(
      'update',
      { ...row, seat_id: SEAT },
      { ...row, seat_id: SEAT2 },
      { [SEAT]: 'NORRA', [SEAT2]: 'STOCKHOLM_GOTLAND 2' },
    );
    const change = historyChanges(moved, t, codes).find((c) => c.field === 'seat_id');
    expect([change?.before, change?.after]).toEqual(['Norra', 'Stockholm-Gotland 2']);
    expect(JSON.stringify(historyChanges(moved, wordsOf(en), codes))).not.toMatch(/NORRA|STOCKHOLM_GOTLAND/);
  });

  it('says what happened in Swedish, packages by the sending region and erasures by the GDPR', () => {
    const names = { '23': 'Region Jämtland Härjedalen' };
    expect(actionText(entry('create', null, row), t)).toBe('Skapad');
    expect(actionText(entry('update-national-status', row, row), t)).toBe('Ändrad');
    expect(actionText(entry('correction', row, null), t)).toBe('Borttagen (felregistrering)');
    expect(actionText(entry('undo', row, row), t)).toBe('Ändring ångrad');
    expect(actionText(entry('import-new', null, row, names), t)).toBe('Importerad från paket från Region Jämtland Härjedalen');
    expect(actionText(entry('import-deleted', row, null, names), t)).toBe('Borttagen genom paket från Region Jämtland Härjedalen');
    expect(actionText(entry('erase', null, { erasureId: 'x' }), t)).toBe('Raderad enligt GDPR');
    expect(actionText(entry('something-new', null, null), t)).toBe('Ändrad');
    // a candidate's withdrawal is logged as the candidacy's end but reads "Återkallad" (as its status); a decided candidacy still ends
    const candidacy = (status: string) => ({ ...entry('end', { status: 'PROPOSED' }, { status }), entity: 'nomination_candidates' });
    expect(actionText(candidacy('WITHDRAWN'), t)).toBe('Återkallad');
    expect(actionText(candidacy('DECIDED'), t)).toBe('Avslutad');
    expect(actionText(entry('end', row, { ...row, status: 'WITHDRAWN' }), t)).toBe('Avslutad');
    expect(actorText('cli:Karin Berg', t)).toBe('Karin Berg (kommandoraden)');
    // no name configured: the installation's region, never a login
    expect(actorText('', t, 'Region Jämtland Härjedalen')).toBe('Region Jämtland Härjedalen (inget namn angivet)');
    expect(actorText('cli:', t, 'Region Jämtland Härjedalen')).toBe('Region Jämtland Härjedalen (inget namn angivet) (kommandoraden)');
    expect(actorText('', wordsOf(en), 'Region Jämtland Härjedalen')).toBe('Region Jämtland Härjedalen (no name given)');
  });

  it('words the undo step in both languages', () => {
    const step: UndoStep = {
      kind: 'update',
      entity: 'memberships',
      records: 1,
      fields: ['allocation_bp'],
      name: 'Anna Lindqvist',
      groupName: 'NPO Hjärt- och kärlsjukdomar',
      at: '2026-11-23T10:00:00.000Z',
      refusal: null,
    };
    expect(stepClause(step, t)).toBe('ändrade andel för Anna Lindqvist i NPO Hjärt- och kärlsjukdomar');
    expect(stepClause({ ...step, fields: ['allocation_bp', 'start_date', 'end_date'] }, t)).toBe(
      'ändrade andel, startdatum och slutdatum för Anna Lindqvist i NPO Hjärt- och kärlsjukdomar',
    );
    expect(stepClause({ ...step, kind: 'create', fields: [] }, t)).toBe(
      'lade till uppdraget för Anna Lindqvist i NPO Hjärt- och kärlsjukdomar',
    );
    expect(stepClause({ ...step, kind: 'successor' }, wordsOf(en))).toBe(
      "replaced the seat's holder with Anna Lindqvist in NPO Hjärt- och kärlsjukdomar",
    );
    for (const kind of ['end', 'delete', 'revive', 'erasure', 'package', 'other'] as const) {
      for (const entity of ['memberships', 'persons', 'groups', 'organisations', 'seats', 'team_activity_levels', 'cost_items']) {
        expect(() => stepClause({ ...step, kind, entity }, wordsOf(en))).not.toThrow();
        expect(() => stepClause({ ...step, kind, entity, name: null, groupName: null }, t)).not.toThrow();
      }
    }
  });

  it("words a person's candidacy: the group it is for, its status and dates in Swedish, never a code", () => {
    const REQUEST = '77777777-2222-3333-4444-555555555555';
    const names = { [REQUEST]: 'NPO Psykisk hälsa', [PERSON]: 'Bo Lind' };
    const proposed = { request_id: REQUEST, person_id: PERSON, status: 'PROPOSED', proposed_on: '2026-11-02', version: 1 };
    const withdrawn = { ...proposed, status: 'WITHDRAWN', closed_on: '2026-11-20', version: 2 };
    const candidacy = { ...entry('end', proposed, withdrawn, names), entity: 'nomination_candidates' };
    expect(subjectText(candidacy, 'person', t)).toBe('Kandidatur till NPO Psykisk hälsa');
    expect(subjectText(candidacy, 'person', wordsOf(en))).toBe('Candidacy for NPO Psykisk hälsa');
    expect(actionText(candidacy, t)).toBe('Återkallad');
    expect(actionText(candidacy, wordsOf(en))).toBe('Withdrawn');
    expect(historyChanges(candidacy, t, codes)).toEqual([
      { field: 'status', label: 'Status', before: 'Föreslagen', after: 'Återkallad' },
      { field: 'closed_on', label: 'Avslutad', before: null, after: '2026-11-20' },
    ]);
    const created = { ...entry('create', null, proposed, names), entity: 'nomination_candidates' };
    const words = historyChanges(created, t, codes).map((c) => `${c.label} ${c.after}`);
    expect(words).toEqual(['Person Bo Lind', 'Status Föreslagen', 'Föreslagen 2026-11-02']);
    for (const status of ['MANAGER_APPROVED', 'DECLARATION_RECEIVED', 'NOMINATED', 'DECIDED', 'NOT_CHOSEN']) {
      const changed = { ...entry('update', proposed, { ...proposed, status }, names), entity: 'nomination_candidates' };
      const [change] = historyChanges(changed, wordsOf(en), codes);
      expect(change?.after).not.toBe(status);
      expect(JSON.stringify(historyChanges(changed, t, codes))).not.toMatch(UUID);
    }
  });
});
