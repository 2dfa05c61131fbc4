/**
 * A zod refusal of CLI input in one Swedish line: the flag the value came from (the contract's field
 * names mapped to the CLI's options) and what is wrong with it, from the message catalogue — never
 * zod's English message.
 */
import type { z } from 'zod';
import { wordMessage, type MessageKey } from '@shared/messages';

/** Contract field → the CLI option a user typed it as. */
const FLAGS: Readonly<Record<string, string>> = {
  regionCode: '--region',
  healthcareRegionCode: '--healthcare-region',
  groupType: '--type',
  status: '--status',
  scope: '--scope',
  scale: '--scale',
  seed: '--seed',
  fromId: '--from',
  toId: '--to',
  personId: '--person',
  groupId: '--group',
  year: '--year',
  horizonMonths: '--horizon',
  days: '--days',
  fingerprint: 'FINGERPRINT',
  ownerCode: 'CODE',
};

/** The option a contract field path (`regionCode`, `items.0.year`) was given as, or the path itself. */
export function flagOf(path: readonly string[]): string {
  const last = path.at(-1);
  if (last === undefined) return 'värdet';
  return FLAGS[last] ?? path.join('.');
}

/** Fields whose every refusal has its own line, saying what the value should be. */
const WHOLE_LINES: Readonly<Record<string, MessageKey>> = { regionCode: 'cli.regionTwoDigits', monthCount: 'cli.monthWindow' };

function fieldOf(issue: z.core.$ZodIssue): string {
  return flagOf(issue.path.map(String));
}

function reasonOf(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_value':
      return wordMessage('sv', 'cli.reason.oneOf', { values: issue.values.map(String).join(', ') });
    case 'invalid_format':
      return issue.format === 'uuid' ? wordMessage('sv', 'cli.reason.id') : wordMessage('sv', 'cli.reason.form');
    case 'too_small':
      return wordMessage('sv', 'cli.reason.tooSmall');
    case 'too_big':
      return wordMessage('sv', 'cli.reason.tooBig');
    case 'invalid_type':
      return wordMessage('sv', 'cli.reason.missing');
    default:
      return wordMessage('sv', 'cli.reason.form');
  }
}

/** "--region har fel värde: har fel form" for the first issue of a zod failure. */
export function validationLine(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return wordMessage('sv', 'input.invalid');
  const whole = WHOLE_LINES[String(issue.path.at(-1))];
  if (whole) return wordMessage('sv', whole);
  return wordMessage('sv', 'cli.invalidValue', { field: fieldOf(issue), reason: reasonOf(issue) });
}
