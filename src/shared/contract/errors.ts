import { z } from 'zod';
import { ERROR_CODES, oneLine } from './domain-error';

export { DomainError, ERROR_CODES, oneLine, type ErrorCode } from './domain-error';

export const appErrorSchema = z.strictObject({
  code: z.enum(ERROR_CODES),
  message: z.string(),
});
export type AppError = z.infer<typeof appErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** One readable line for a zod failure: the first issue with its path. */
export function describeValidationError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'Invalid input';
  const path = issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : '';
  return oneLine(`${path}${issue.message}`);
}
