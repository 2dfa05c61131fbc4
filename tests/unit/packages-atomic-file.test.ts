import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { writeFileAtomic } from '../../src/main/lib/atomic-file';

const dir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'samplan-atomic-'));
const errno = (code: string) => Object.assign(new Error(code), { code });

afterEach(() => vi.restoreAllMocks());

describe('writeFileAtomic', () => {
  it('writes through a temp file in the same folder, then reads back', async () => {
    const d = dir();
    const seen: Buffer[] = [];
    await writeFileAtomic(path.join(d, 'p.samplan'), Buffer.from('data'), (b) => seen.push(b));
    expect(fs.readdirSync(d)).toEqual(['p.samplan']);
    expect(seen.map(String)).toEqual(['data']);
  });

  it('retries a rename that Windows briefly refuses (EPERM, EACCES, EBUSY)', async () => {
    const d = dir();
    const real = fs.renameSync;
    const rename = vi.spyOn(fs, 'renameSync');
    rename
      .mockImplementationOnce(() => {
        throw errno('EPERM');
      })
      .mockImplementationOnce(() => {
        throw errno('EBUSY');
      })
      .mockImplementation(real);
    await writeFileAtomic(path.join(d, 'p.samplan'), Buffer.from('data'), () => undefined);
    expect(rename).toHaveBeenCalledTimes(3);
    expect(fs.readdirSync(d)).toEqual(['p.samplan']);
  });

  it('leaves nothing under the final name when the rename fails for good or the check fails', async () => {
    const d = dir();
    vi.spyOn(fs, 'renameSync').mockImplementation(() => {
      throw errno('ENOSPC');
    });
    await expect(writeFileAtomic(path.join(d, 'a.samplan'), Buffer.from('x'), () => undefined)).rejects.toThrow(/ENOSPC/);
    expect(fs.readdirSync(d)).toEqual([]);
    vi.restoreAllMocks();
    await expect(
      writeFileAtomic(path.join(d, 'b.samplan'), Buffer.from('x'), () => {
        throw new Error('bad read-back');
      }),
    ).rejects.toThrow(/bad read-back/);
    expect(fs.readdirSync(d)).toEqual([]);
  });
});
