import type { AppError } from '../../src/shared/contract/errors';
import { wordMessage } from '../../src/shared/messages';

/** What a Swedish user reads for a refusal: its key worded from the catalogue (the message itself is English, for logs). */
export function inSwedish(result: { ok: true } | { ok: false; error: AppError }): string | null {
  if (result.ok) return null;
  const detail = result.error.detail;
  return detail ? wordMessage('sv', detail.key, detail.params) : `(no key) ${result.error.message}`;
}
