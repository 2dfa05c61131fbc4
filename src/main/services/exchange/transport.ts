/**
 * How packages travel between installations (docs/package-format.md, "Exchange folder"): a small
 * interface the exchange logic (exchange-service.ts) uses and nothing else. The shared folder
 * (folder-transport.ts) is the one implementation; an object store or a WebDAV server could be another.
 *
 * A transport holds boxes (`till-NORRA`, `till-23`, `till-alla`), each a flat set of package files.
 * Its promises: `write` makes a file appear complete or not at all (never half); `list` names only
 * complete package files (no temporary or foreign names); `read` of a file removed meanwhile gives null
 * instead of failing; `remove` of a file already gone succeeds. Nothing relies on locking: two
 * installations may write into the same box at once, because every package has its own name.
 */
export type TransportEntry = { readonly box: string; readonly name: string };

export interface ExchangeTransport {
  /** The complete package files of a box (none when the box does not exist yet), sorted by name. */
  list(box: string): Promise<TransportEntry[]>;
  /** A package file's bytes, or null when it is gone (removed while being read) or larger than `maxBytes`. */
  read(entry: TransportEntry, maxBytes: number): Promise<Uint8Array | null>;
  /** Writes a package file under its final name, atomically; creates the box when needed. */
  write(entry: TransportEntry, bytes: Uint8Array): Promise<void>;
  /** Removes a package file; one already gone is no error. */
  remove(entry: TransportEntry): Promise<void>;
}

/** The box of packages to everyone. */
export const BOX_TO_ALL = 'till-alla';

/** The box for a recipient code (`NORRA` → `till-NORRA`); null (a package to no one in particular) → `till-alla`. */
export function boxOf(recipient: string | null): string {
  return recipient === null ? BOX_TO_ALL : `till-${recipient}`;
}

/** A package file's name in a box: `samplan-….samplan`, nothing else (temporary and foreign files do not match). */
export const PACKAGE_NAME = /^samplan-[A-Za-z0-9_-]{1,160}\.samplan$/;

/** A box name: `till-` and an owner code, or `till-alla`. */
export const BOX_NAME = /^till-[A-Za-z0-9_]{1,40}$/;
