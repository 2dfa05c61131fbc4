import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PACKAGE_RECORD_TYPES } from '../../src/shared/contract/packages';
import { RECORD_FIELDS, RECORD_REFERENCES } from '../../src/main/domain/packages/record-schemas';
import { MESSAGE_KEYS, messageTemplate, wordMessage } from '../../src/shared/messages';

/** Issue #16.2: every refusal, notice and reason of package exchange is a key worded in Swedish and English. */
const DIRS = ['src/main/services/packages', 'src/main/domain/packages'];
const sources = DIRS.flatMap((dir) =>
  fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => ({ file: path.join(dir, f), text: fs.readFileSync(path.join(dir, f), 'utf8') })),
);

/** The text of each `new DomainError(…)` call, up to its closing parenthesis. */
function domainErrorCalls(text: string): string[] {
  const calls: string[] = [];
  let at = text.indexOf('new DomainError(');
  while (at >= 0) {
    let depth = 0;
    let end = at + 'new DomainError'.length;
    for (; end < text.length; end++) {
      if (text[end] === '(') depth++;
      if (text[end] === ')' && --depth === 0) break;
    }
    calls.push(text.slice(at, end + 1));
    at = text.indexOf('new DomainError(', end);
  }
  return calls;
}

const worded = (key: string) => messageTemplate('sv', key) !== null && messageTemplate('en', key) !== null;

describe('package messages', () => {
  it('every message key the package code names is worded in Swedish and English', () => {
    const keys = new Set<string>();
    for (const { text } of sources) for (const m of text.matchAll(/'((?:package|installation|internal)\.[\w.]+)'/g)) keys.add(m[1]!);
    // Keys built from a record type: labels of every type, missing references of every referenced type.
    for (const type of PACKAGE_RECORD_TYPES) keys.add(`package.label.${type}`);
    for (const type of PACKAGE_RECORD_TYPES)
      for (const target of Object.values(RECORD_REFERENCES[type])) keys.add(`package.reason.missing.${target}`);
    for (const kind of ['national', 'own', 'notSender', 'notMember']) keys.add(`package.reason.ignored.${kind}`);
    expect(keys.size).toBeGreaterThan(40);
    for (const key of keys) expect(worded(key), key).toBe(true);
  });

  it('every DomainError of package exchange carries a key (refusal() or a detail), so no English sentence reaches a user', () => {
    for (const { file, text } of sources) {
      for (const call of domainErrorCalls(text)) expect(/key: |detail\b|DAMAGED/.test(call), `${file}: ${call}`).toBe(true);
    }
  });

  it('every field of every record type has a Swedish and an English label', () => {
    for (const type of PACKAGE_RECORD_TYPES)
      for (const field of Object.keys(RECORD_FIELDS[type])) expect(worded(`package.field.${field}`), field).toBe(true);
  });

  it('the confirmations name both parties', () => {
    const params = { recipient: 'Sjukvårdsregion Norr', local: 'Västra Götalandsregionen' };
    expect(wordMessage('sv', 'package.confirm.recipient', params)).toBe(
      'Paketet är adresserat till Sjukvårdsregion Norr, inte till Västra Götalandsregionen. Importera ändå?',
    );
    expect(wordMessage('en', 'package.confirm.recipient', params)).toBe(
      'The package is addressed to Sjukvårdsregion Norr, not to Västra Götalandsregionen. Import anyway?',
    );
    expect(wordMessage('sv', 'package.label.memberships', { person: 'Björn Åström', group: 'NPO Hjärt- och kärlsjukdomar' })).toBe(
      'Uppdrag: Björn Åström i NPO Hjärt- och kärlsjukdomar',
    );
    expect(MESSAGE_KEYS.filter((k) => k.startsWith('package.')).length).toBeGreaterThan(60);
  });
});
