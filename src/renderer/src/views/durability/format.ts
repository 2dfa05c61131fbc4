import { formatInteger } from '../../format';

/** A file size as `12 kB` or `3,4 MB` (binary units, Swedish decimal comma via the number format). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${formatInteger(bytes)} B`;
  if (bytes < 1024 * 1024) return `${formatInteger(Math.round(bytes / 1024))} kB`;
  const megabytes = Math.round((bytes / (1024 * 1024)) * 10) / 10;
  return `${megabytes.toLocaleString('sv-SE')} MB`;
}
