/**
 * The CLI option a contract field was given as (`regionCode` → `--region`), for naming the value in a
 * refusal the dispatcher sent back (cli/errors.ts). Imports nothing, so the CLI's start stays light;
 * zod's own refusals are worded in cli/validation-text.ts.
 */
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

/** The CLI option a contract field is typed as, when the two names differ (`regionCode` → `--region`). */
export function knownOption(field: string): string | undefined {
  return FLAGS[field];
}

/** The option a contract field path (`regionCode`, `items.0.year`) was given as, or the path itself. */
export function flagOf(path: readonly string[]): string {
  const last = path.at(-1);
  if (last === undefined) return 'värdet';
  return knownOption(last) ?? path.join('.');
}
