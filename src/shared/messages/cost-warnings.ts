/**
 * The cost engine's warnings in words (#15.8). A warning travels as a code with parameters (names, years,
 * labels — never codes a user would not know); the renderer, the CLI and the PDF/xlsx exporters word it
 * from the same catalogue (`costWarning.<CODE>`), in the user's language:
 * - `reasonKey` (a `costReason.*` key) is worded first and filled in as `{{reason}}`;
 * - `role` (a membership role code) is worded from `costRole.*`; other text is used as it is.
 * A warning without parameters (from a budget locked by an older version) keeps its stored message.
 */
import { isMessageKey, wordMessage, type MessageLanguage } from './index';

export type WordableWarning = { code: string; message: string; params?: Readonly<Record<string, string | number>> };

function roleWord(language: MessageLanguage, role: string | number | undefined): string | number | undefined {
  if (typeof role !== 'string') return role;
  const key = `costRole.${role === '' ? 'none' : role}`;
  return isMessageKey(key) ? wordMessage(language, key) : role;
}

/** One sentence for a cost warning in the language. */
export function wordCostWarning(language: MessageLanguage, warning: WordableWarning): string {
  const key = `costWarning.${warning.code}`;
  if (warning.params === undefined || !isMessageKey(key)) return warning.message;
  const params: Record<string, string | number> = { ...warning.params };
  const role = roleWord(language, params.role);
  if (role !== undefined) params.role = role;
  const reasonKey = params.reasonKey;
  if (typeof reasonKey === 'string') {
    params.reason = isMessageKey(reasonKey) ? wordMessage(language, reasonKey, params) : wordMessage(language, 'costReason.invalid');
  }
  return wordMessage(language, key, params);
}
