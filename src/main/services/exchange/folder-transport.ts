import fs from 'node:fs';
import path from 'node:path';
import { writeFileAtomic } from '../../lib/atomic-file';
import { BOX_NAME, PACKAGE_NAME, type ExchangeTransport, type TransportEntry } from './transport';

function codeOf(error: unknown): string {
  return error instanceof Error && 'code' in error ? String(error.code) : '';
}

/** Gone, or never there: a file removed meanwhile, a box not created yet. */
const GONE = new Set(['ENOENT', 'ENOTDIR']);

/**
 * The exchange folder: a folder shared between installations (a network share, a folder synced by the
 * region's file service), one subfolder per box. Writers write a temporary `.name.<random>.tmp` in the
 * box, fsync and rename it (lib/atomic-file.ts), so a reader sees a package whole or not at all; the
 * listing skips every name that is not a package's, and regular files only (no links, no folders).
 */
export class FolderTransport implements ExchangeTransport {
  constructor(readonly root: string) {}

  private pathOf(entry: TransportEntry): string {
    if (!BOX_NAME.test(entry.box) || !PACKAGE_NAME.test(entry.name)) throw new Error(`not a package in a box: ${entry.box}/${entry.name}`);
    return path.join(this.root, entry.box, entry.name);
  }

  async list(box: string): Promise<TransportEntry[]> {
    if (!BOX_NAME.test(box)) return [];
    let entries: fs.Dirent[];
    try {
      entries = await fs.promises.readdir(path.join(this.root, box), { withFileTypes: true });
    } catch (error) {
      if (GONE.has(codeOf(error))) return [];
      throw error;
    }
    return entries
      .filter((e) => e.isFile() && PACKAGE_NAME.test(e.name))
      .map((e) => ({ box, name: e.name }))
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  async read(entry: TransportEntry, maxBytes: number): Promise<Uint8Array | null> {
    let handle: fs.promises.FileHandle;
    try {
      handle = await fs.promises.open(this.pathOf(entry), fs.constants.O_RDONLY | (fs.constants.O_NOFOLLOW ?? 0));
    } catch (error) {
      if (GONE.has(codeOf(error)) || codeOf(error) === 'ELOOP') return null;
      throw error;
    }
    try {
      const stat = await handle.stat();
      if (!stat.isFile() || stat.size > maxBytes) return null;
      // An open file stays readable when it is removed meanwhile (POSIX); on Windows the removal waits.
      const bytes = Buffer.alloc(stat.size);
      let at = 0;
      while (at < bytes.length) {
        const { bytesRead } = await handle.read(bytes, at, bytes.length - at, at);
        if (bytesRead === 0) break;
        at += bytesRead;
      }
      return at === bytes.length ? bytes : null;
    } finally {
      await handle.close();
    }
  }

  async write(entry: TransportEntry, bytes: Uint8Array): Promise<void> {
    const target = this.pathOf(entry);
    await fs.promises.mkdir(path.dirname(target), { recursive: true });
    await writeFileAtomic(target, bytes, (written) => {
      if (!Buffer.from(bytes).equals(written)) throw new Error(`${entry.box}/${entry.name} did not read back correctly`);
    });
  }

  async remove(entry: TransportEntry): Promise<void> {
    await fs.promises.rm(this.pathOf(entry), { force: true });
  }
}
