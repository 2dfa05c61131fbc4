import { describe, expect, it } from 'vitest';
import { pairKey, possibleDuplicates } from '../../src/main/domain/rules/duplicates';
import { emptySnapshot, person } from '../helpers/snapshot';
import type { SnapshotPerson } from '../../src/main/domain/register-snapshot';

function duplicates(persons: SnapshotPerson[], dismissed: string[] = []) {
  const s = emptySnapshot();
  s.organisations.push(
    { id: 'nus', name: 'Norrlands universitetssjukhus', type: 'UNIVERSITY_HOSPITAL' },
    { id: 'sus', name: 'Sunderby sjukhus', type: 'COUNTY_HOSPITAL' },
  );
  s.persons.push(...persons);
  return possibleDuplicates(s, new Set(dismissed));
}

describe('POSSIBLE_DUPLICATE_PERSON', () => {
  it('folds names with the one text folding: "Åsa Öberg" and "Asa Oberg" in the same organisation are possible duplicates', () => {
    const [warning, ...rest] = duplicates([
      person('a', { name: 'Åsa Öberg', organisationId: 'sus' }),
      person('b', { name: 'Asa Oberg', organisationId: 'sus' }),
      person('c', { name: 'Åsa Öberg', organisationId: null }),
    ]);
    expect(rest).toEqual([]);
    expect(warning).toMatchObject({ code: 'POSSIBLE_DUPLICATE_PERSON', personIds: ['a', 'b'] });
  });

  it('finds the same e-mail whatever its case', () => {
    const [warning] = duplicates([
      person('a', { email: 'Asa.Oberg@Example.org' }),
      person('b', { email: ' asa.oberg@example.org' }),
      person('c', { email: 'other@example.org' }),
    ]);
    expect(warning).toMatchObject({
      code: 'POSSIBLE_DUPLICATE_PERSON',
      personIds: ['a', 'b'],
      dismissal: { rule: 'POSSIBLE_DUPLICATE_PERSON', key: 'a|b' },
      params: { reasons: ['EMAIL'], email: 'asa.oberg@example.org', organisationName: null },
    });
  });

  it('finds the same name written differently at the same organisation, but not at another one', () => {
    const found = duplicates([
      person('a', { name: 'Åsa Öberg', organisationId: 'nus' }),
      person('b', { name: 'asa  oberg', organisationId: 'nus' }),
      person('c', { name: 'Åsa Öberg', organisationId: 'sus' }),
      person('d', { name: 'Åsa Öberg', organisationId: null }),
      person('e', { name: 'Åsa Öberg', organisationId: null }),
    ]);
    expect(found.map((w) => w.dismissal?.key)).toEqual(['a|b']);
    expect(found[0]?.params).toMatchObject({
      reasons: ['NAME_AND_ORGANISATION'],
      organisationName: 'Norrlands universitetssjukhus',
      email: null,
    });
  });

  it('reports one warning per pair with every reason, and never a dismissed pair', () => {
    const persons = [
      person('b', { name: 'Erik Nordin', email: 'erik@example.org', organisationId: 'nus' }),
      person('a', { name: 'Erik  Nordin', email: 'ERIK@example.org', organisationId: 'nus' }),
    ];
    const [warning, ...rest] = duplicates(persons);
    expect(rest).toEqual([]);
    expect(warning?.params.reasons).toEqual(['EMAIL', 'NAME_AND_ORGANISATION']);
    expect(warning?.dismissal?.key).toBe(pairKey('b', 'a'));
    expect(duplicates(persons, [pairKey('a', 'b')])).toEqual([]);
    expect(duplicates([...persons, person('c', { email: 'erik@example.org' })], ['a|b']).map((w) => w.dismissal?.key)).toEqual([
      'a|c',
      'b|c',
    ]);
  });
});
