import { z } from 'zod';
import type { ErrorDetail } from './domain-error';

/**
 * An uploaded file's content as base64, with refusals a person can read: a Swedish line without the
 * field's name and a detail the renderer words (`file.tooLarge` with the limit in MB). The length is
 * checked first, so an oversized text is refused without running the base64 pattern over it.
 */
export function base64FileSchema(maxBytes: number) {
  const maxChars = Math.ceil(maxBytes / 3) * 4;
  const megabytes = Math.round(maxBytes / (1024 * 1024));
  return z.string().superRefine((value, ctx) => {
    const refuse = (message: string, detail: ErrorDetail) => ctx.addIssue({ code: 'custom', message, params: { detail }, abort: true });
    if (value.length === 0) return refuse('Filen är tom.', { key: 'file.empty', params: {} });
    if (value.length > maxChars) return refuse(`Filen är större än ${megabytes} MB.`, { key: 'file.tooLarge', params: { megabytes } });
    if (value.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(value))
      return refuse('Filens innehåll kunde inte läsas (inte giltig base64).', { key: 'file.notBase64', params: {} });
  });
}
