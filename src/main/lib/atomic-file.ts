import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const RETRYABLE = new Set(['EPERM', 'EACCES', 'EBUSY']);

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** rename, retried a few times when Windows (antivirus, indexer) briefly locks the target. */
async function renameWithRetry(from: string, to: string, attempts = 6): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      fs.renameSync(from, to);
      return;
    } catch (error) {
      const code = error instanceof Error && 'code' in error ? String(error.code) : '';
      if (!RETRYABLE.has(code) || attempt >= attempts) throw error;
      await sleep(50 * attempt);
    }
  }
}

function fsyncDirectory(dir: string): void {
  try {
    const fd = fs.openSync(dir, 'r');
    try {
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  } catch {
    // directories cannot be opened for fsync on Windows; the rename is still atomic there
  }
}

/**
 * Writes a file so that its final name holds either nothing or the complete content: a temp file in
 * the same folder, fsync, rename, then the file is read back and checked with `verify`.
 */
export async function writeFileAtomic(file: string, bytes: Uint8Array, verify: (written: Buffer) => void): Promise<void> {
  const dir = path.dirname(file);
  const temp = path.join(dir, `.${path.basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = fs.openSync(temp, 'wx', 0o644);
  try {
    fs.writeSync(fd, bytes);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  try {
    await renameWithRetry(temp, file);
  } catch (error) {
    fs.rmSync(temp, { force: true });
    throw error;
  }
  fsyncDirectory(dir);
  try {
    verify(fs.readFileSync(file));
  } catch (error) {
    fs.rmSync(file, { force: true });
    throw error;
  }
}
