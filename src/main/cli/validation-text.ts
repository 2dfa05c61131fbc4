/**
 * One readable Swedish line for a zod refusal of a CLI command's input: the flag it is about (never
 * the contract's internal field name) and what is wrong, in Swedish. A message a schema wrote itself
 * (`'ett id eller år:revision, t.ex. 2026:1'`) is kept; zod's own English defaults never reach the user.
 * Loaded only when a command validates, so the CLI's start imports no zod.
 */
import { z } from 'zod';
import { wordMessage, type MessageKey } from '@shared/messages';
import { knownOption } from './option-names';

type Issue = z.core.$ZodIssue;

/** Flag names by input path (`fromId` → `--from`, `columns.account` → `--account-col`). */
export type FlagNames = Readonly<Record<string, string>>;

const englishDefault = z.locales.en().localeError;

/** True when the schema gave the issue its own message (not zod's English default). */
function ownMessage(issue: Issue): boolean {
  if (issue.code === 'invalid_type' || issue.code === 'invalid_union' || issue.code === 'invalid_value') return false;
  const fallback = englishDefault(issue as Parameters<typeof englishDefault>[0]);
  const text = typeof fallback === 'string' ? fallback : fallback?.message;
  return issue.message !== '' && issue.message !== text;
}

function kebab(key: string): string {
  return key.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** The flag an issue's path is about: the longest named prefix, an array index as "nr N". */
export function flagLabel(path: readonly PropertyKey[], flags: FlagNames): string {
  const keys = path.map(String);
  for (let n = keys.length; n > 0; n--) {
    const named = flags[keys.slice(0, n).join('.')];
    if (named === undefined) continue;
    const index = path.slice(n).find((p): p is number => typeof p === 'number');
    return index === undefined ? named : `${named} nr ${index + 1}`;
  }
  const first = path[0];
  if (typeof first !== 'string') return 'värdet';
  const index = path.slice(1).find((p): p is number => typeof p === 'number');
  return `${knownOption(first) ?? `--${kebab(first)}`}${index === undefined ? '' : ` nr ${index + 1}`}`;
}

function sizeText(issue: Extract<Issue, { code: 'too_small' | 'too_big' }>): string {
  const small = issue.code === 'too_small';
  const bound = String(small ? issue.minimum : issue.maximum);
  const limit = small ? 'minst' : 'högst';
  if (issue.origin === 'string') return `${limit} ${bound} tecken`;
  if (issue.origin === 'array' || issue.origin === 'set') return `${limit} ${bound} värden`;
  return `${limit} ${bound}`;
}

/** A union's own message: the first alternative's issue that a schema worded itself. */
function unionMessage(issue: Extract<Issue, { code: 'invalid_union' }>): string | undefined {
  for (const alternative of issue.errors) for (const inner of alternative) if (ownMessage(inner)) return inner.message;
  return undefined;
}

function issueText(issue: Issue, label: string): string {
  if (ownMessage(issue)) return issue.code === 'custom' ? issue.message : `${label}: ${issue.message}`;
  switch (issue.code) {
    case 'invalid_type':
      return /received undefined$/.test(issue.message) ? `${label} saknas` : `${label} har fel sorts värde`;
    case 'invalid_value':
      return `${label} tar ${issue.values.map(String).join(', ')}`;
    case 'too_small':
    case 'too_big':
      return `${label} ska vara ${sizeText(issue)}`;
    case 'unrecognized_keys':
      return `okända fält i ${label === 'värdet' ? 'indata' : label}: ${issue.keys.join(', ')}`;
    case 'invalid_union': {
      const own = unionMessage(issue);
      return own === undefined ? `${label} har ett ogiltigt värde` : `${label}: ${own}`;
    }
    default:
      return `${label} har ett ogiltigt värde`;
  }
}

/** Fields whose every refusal is one line of the catalogue (their schemas word them for the UI, in English). */
const WHOLE_LINES: Readonly<Record<string, MessageKey>> = { regionCode: 'cli.regionTwoDigits' };

/** The first issue of a zod refusal as one Swedish line naming the flag. */
export function validationText(error: z.ZodError, flags: FlagNames = {}): string {
  const issue = error.issues[0];
  if (!issue) return 'ogiltigt värde';
  const whole = WHOLE_LINES[String(issue.path.at(-1))];
  if (whole) return wordMessage('sv', whole);
  return issueText(issue, flagLabel(issue.path, flags)).replace(/\s+/g, ' ').trim();
}
