import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/shared/contract/domain-error';
import { refusal } from '../../src/shared/contract/errors';
import { fillTemplate, MESSAGE_KEYS, messageTemplate, wordMessage } from '../../src/shared/messages';
import enUi from '../../src/renderer/src/i18n/en.json';
import svUi from '../../src/renderer/src/i18n/sv.json';
import { cliErrorOf } from '../../src/main/cli/errors';

function placeholders(text: string | null): string[] {
  return [...(text ?? '').matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1] ?? '').sort();
}

describe('the message catalogue', () => {
  it('words every key in Swedish and English, with the same placeholders', () => {
    expect(MESSAGE_KEYS.length).toBeGreaterThan(10);
    for (const key of MESSAGE_KEYS) {
      const sv = messageTemplate('sv', key);
      const en = messageTemplate('en', key);
      expect(sv?.trim(), key).toBeTruthy();
      expect(en?.trim(), key).toBeTruthy();
      expect(placeholders(en), key).toEqual(placeholders(sv));
    }
  });

  it('the renderer has a Swedish and an English name for every error code', () => {
    for (const code of ERROR_CODES) {
      expect(svUi.errors.kind[code], code).toBeTruthy();
      expect(enUi.errors.kind[code], code).toBeTruthy();
    }
  });

  it('fills placeholders and leaves a missing one visible', () => {
    expect(fillTemplate('{{a}} och {{ b }}', { a: 1, b: 'två' })).toBe('1 och två');
    expect(fillTemplate('{{a}} och {{b}}', { a: 1 })).toBe('1 och {{b}}');
  });

  it('a refusal carries its key and parameters, an English message for logs, and the CLI words it in Swedish', () => {
    const error = refusal('VALIDATION', 'installation.unknownRegion', { input: 'Jämtlnd' });
    expect(error.detail).toEqual({ key: 'installation.unknownRegion', params: { input: 'Jämtlnd' } });
    expect(error.message).toBe(wordMessage('en', 'installation.unknownRegion', { input: 'Jämtlnd' }));
    expect(cliErrorOf(error).message).toBe(
      '”Jämtlnd” är ingen känd region eller sjukvårdsregion. Skriv koden (t.ex. 23 eller NORRA) eller namnet.',
    );
    // the value the contract refused is named by its option, never by zod's English reason
    expect(cliErrorOf({ message: 'year: Expected number', detail: { key: 'input.invalid', params: {} } }).message).toBe(
      'Uppgifterna kunde inte tas emot: ett värde saknas eller har fel form. (--year)',
    );
    expect(cliErrorOf({ message: 'plain line' }).message).toBe('plain line');
  });
});
