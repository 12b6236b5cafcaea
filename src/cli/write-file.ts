// Writing an output file whole or not at all: a temporary file beside the target, renamed into place.
import { randomBytes } from 'node:crypto';
import { closeSync, fchmodSync, fsyncSync, lstatSync, openSync, readlinkSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { fileKind } from '../validation/read-file.js';

/** As the kernel allows (Linux follows at most 40 links in one lookup). */
const MAX_LINKS = 40;

function errno(code: string, message: string, extra: Record<string, unknown> = {}): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code, ...extra });
}

/** The file a path finally names: symlinks followed (also a dangling one, whose target is then created). */
export function resolveLinks(path: string): string {
  let p = path;
  for (let hops = 0; ; hops++) {
    let st;
    try {
      st = lstatSync(p);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return p;
      throw e;
    }
    if (!st.isSymbolicLink()) return p;
    if (hops >= MAX_LINKS) throw errno('ELOOP', `too many symbolic links: ${path}`);
    const link = readlinkSync(p);
    p = isAbsolute(link) ? link : join(dirname(p), link);
  }
}

/** Writes all of `data` to `fd`. The seam through which a test makes a write fail halfway. */
export type WriteAll = (fd: number, data: Uint8Array) => void;

export const writeAll: WriteAll = (fd, data) => {
  for (let off = 0; off < data.length;) off += writeSync(fd, data, off, data.length - off);
};

/**
 * Writes `data` to `path`: through symlinks to their target, never over a directory, device, FIFO
 * or socket (error code ENOTREG, with the `kind`), via a temporary file in the target's folder that
 * is renamed over the target only once it is complete. A failure leaves the earlier file as it was.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array, write: WriteAll = writeAll): void {
  const target = resolveLinks(path);
  let mode: number | undefined;
  try {
    const st = statSync(target);
    const kind = fileKind(st);
    if (kind !== 'file') throw errno('ENOTREG', `not a regular file: ${target}`, { kind });
    mode = st.mode & 0o7777;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  // 'wx': never through a file or link someone left at the temporary name
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const fd = openSync(tmp, 'wx', 0o666);
  try {
    if (mode !== undefined) fchmodSync(fd, mode); // a replaced file keeps its permissions
    write(fd, bytes);
    fsyncSync(fd);
  } catch (e) {
    closeSync(fd);
    rmSync(tmp, { force: true });
    throw e;
  }
  try {
    closeSync(fd);
    renameSync(tmp, target);
  } catch (e) {
    rmSync(tmp, { force: true });
    throw e;
  }
}
