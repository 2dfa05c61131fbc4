import type { TFunction } from 'i18next';

/**
 * Main explains rejected rows in English. The common reasons are translated here by their pattern;
 * any other reason is shown as written, marked as English for screen readers.
 */
const PATTERNS: { re: RegExp; text: (m: RegExpExecArray, t: TFunction) => string }[] = [
  { re: /^the name is missing$/, text: (_, t) => t('import.reasons.nameMissing') },
  { re: /^the start date is missing$/, text: (_, t) => t('import.reasons.startMissing') },
  { re: /^an ended assignment needs an end date$/, text: (_, t) => t('import.reasons.endedNeedsEnd') },
  { re: /^invalid e-mail address "(.*)"$/, text: (m, t) => t('import.reasons.email', { value: m[1] ?? '' }) },
  { re: /^unknown group "(.*)", offered for creation$/, text: (m, t) => t('import.reasons.unknownGroup', { value: m[1] ?? '' }) },
  { re: /^unknown region(?: code)? "(.*)"$/, text: (m, t) => t('import.reasons.unknownRegion', { value: m[1] ?? '' }) },
  { re: /^no such date "(.*)"$/, text: (m, t) => t('import.reasons.badDate', { value: m[1] ?? '' }) },
  {
    re: /^the end date (\S+) is before the start date (\S+)$/,
    text: (m, t) => t('import.reasons.endBeforeStart', { end: m[1] ?? '', start: m[2] ?? '' }),
  },
  { re: /^the person is already in row (\d+)$/, text: (m, t) => t('import.reasons.personInRow', { row: m[1] ?? '' }) },
  { re: /^same person, group, role and start as row (\d+)$/, text: (m, t) => t('import.reasons.sameAsRow', { row: m[1] ?? '' }) },
  {
    re: /^(\d+) groups are called "(.*)"; add a group type column/,
    text: (m, t) => t('import.reasons.ambiguousGroup', { count: Number(m[1]), value: m[2] ?? '' }),
  },
];

export function translateReason(reason: string, t: TFunction): { text: string; translated: boolean } {
  for (const { re, text } of PATTERNS) {
    const match = re.exec(reason);
    if (match) return { text: text(match, t), translated: true };
  }
  return { text: reason, translated: false };
}
