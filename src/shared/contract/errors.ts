import { z } from 'zod';
import { DomainError, ERROR_CODES, ERROR_DETAIL_KEYS, oneLine, type ErrorDetail } from './domain-error';

export {
  DomainError,
  refusal,
  ERROR_CODES,
  ERROR_DETAIL_KEYS,
  oneLine,
  type ErrorCode,
  type ErrorDetail,
  type ErrorDetailKey,
} from './domain-error';

export const errorDetailSchema = z.strictObject({
  key: z.enum(ERROR_DETAIL_KEYS),
  params: z.record(z.string(), z.union([z.string(), z.number()])),
}) satisfies z.ZodType<ErrorDetail>;

export const appErrorSchema = z.strictObject({
  code: z.enum(ERROR_CODES),
  message: z.string(),
  /** A refusal the renderer can word (`record.stale` with the versions); `message` is the readable fallback. */
  detail: errorDetailSchema.optional(),
});
export type AppError = z.infer<typeof appErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** A typed error that crossed a boundary (a job's worker, the port) as a DomainError again; one without a key is worded as an internal error. */
export function domainErrorOf(error: AppError): DomainError {
  return new DomainError(error.code, error.message, error.detail ?? { key: 'internal.error', params: {} });
}

/** The detail a schema attached to its issue (base64FileSchema), when it is one the renderer can word. */
export function issueDetail(error: z.ZodError): ErrorDetail | undefined {
  const issue = error.issues[0];
  const params = issue?.code === 'custom' ? (issue.params as Record<string, unknown> | undefined) : undefined;
  const parsed = errorDetailSchema.safeParse(params?.detail);
  return parsed.success ? parsed.data : undefined;
}

/**
 * One readable line for a zod failure: the first issue with its path; an issue that carries a detail
 * is written for a person already and is shown without the (internal) field name.
 */
export function describeValidationError(error: z.ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'Invalid input';
  if (issueDetail(error)) return oneLine(issue.message);
  const path = issue.path.length > 0 ? `${issue.path.map(String).join('.')}: ` : '';
  return oneLine(`${path}${issue.message}`);
}
