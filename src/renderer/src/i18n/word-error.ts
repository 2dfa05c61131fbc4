import type { AppError } from '@shared/contract/errors';
import { isMessageKey, wordMessage, type MessageLanguage } from '@shared/messages';

/**
 * The sentence a person reads for a failed call: the backend's key and parameters worded from the message
 * catalogue in the UI's language. A failure without a key (not yet given one by its service) shows the
 * backend's own line.
 */
export function wordError(error: AppError, language: string): string {
  const detail = error.detail;
  if (!detail || !isMessageKey(detail.key)) return error.message;
  const lang: MessageLanguage = language.startsWith('en') ? 'en' : 'sv';
  return wordMessage(lang, detail.key, detail.params);
}
