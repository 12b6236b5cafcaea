// Reading a file from disk safely: regular files only (after following symlinks), never more than a byte limit.
import { closeSync, constants, fstatSync, openSync, readSync, statSync, type Stats } from 'node:fs';
import { ArmoedetoetsError } from '../errors.js';
import { t, type MessageKey } from '../i18n.js';
import type { Lang } from '../types.js';
import { decodeText } from './decode.js';

/** What a path is when it is not a regular file. */
export type FileKind = 'directory' | 'fifo' | 'device' | 'socket' | 'other';

export type ReadResult =
  | { ok: true; bytes: Buffer }
  | { ok: false; problem: 'not-regular'; kind: FileKind }
  /** `size` when stat knew it; absent when the file held more than it said (procfs, a growing file). */
  | { ok: false; problem: 'too-large'; size?: number };

export function fileKind(st: Stats): FileKind | 'file' {
  if (st.isFile()) return 'file';
  if (st.isDirectory()) return 'directory';
  if (st.isFIFO()) return 'fifo';
  if (st.isCharacterDevice() || st.isBlockDevice()) return 'device';
  if (st.isSocket()) return 'socket';
  return 'other';
}

// Opening never waits for a FIFO's writer (the type is checked first, this guards the race); no effect on regular files.
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
/** Read in pieces: the limit is enforced on the bytes actually read, whatever stat said the size was. */
const CHUNK_BYTES = 64 * 1024;

/**
 * The bytes of a regular file, at most `maxBytes`. The type is checked with stat before the file is
 * opened, so a FIFO, device, socket or directory is never opened. Throws the system error (ENOENT,
 * EACCES, ELOOP …) when the path cannot be reached.
 */
export function readRegularFile(path: string, maxBytes: number): ReadResult {
  const st = statSync(path);
  const kind = fileKind(st);
  if (kind !== 'file') return { ok: false, problem: 'not-regular', kind };
  if (st.size > maxBytes) return { ok: false, problem: 'too-large', size: st.size };
  const fd = openSync(path, OPEN_FLAGS);
  try {
    // The path may have been swapped between stat and open: judge what was opened.
    const opened = fstatSync(fd);
    const openedKind = fileKind(opened);
    if (openedKind !== 'file') return { ok: false, problem: 'not-regular', kind: openedKind };
    return readBounded(fd, maxBytes);
  } finally {
    closeSync(fd);
  }
}

/** Reads an open file up to `maxBytes + 1` bytes: one byte more than allowed is enough to refuse it. */
export function readBounded(fd: number, maxBytes: number): ReadResult {
  const chunks: Buffer[] = [];
  let total = 0;
  const buf = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, maxBytes + 1));
  for (;;) {
    const n = readSync(fd, buf, 0, Math.min(buf.length, maxBytes + 1 - total), null);
    if (n === 0) break;
    chunks.push(Buffer.from(buf.subarray(0, n)));
    total += n;
    if (total > maxBytes) return { ok: false, problem: 'too-large' };
  }
  return { ok: true, bytes: Buffer.concat(chunks, total) };
}

export const KIND_KEY: Record<FileKind, MessageKey> = {
  directory: 'kindDirectory',
  fifo: 'kindFifo',
  device: 'kindDevice',
  socket: 'kindSocket',
  other: 'kindOther',
};

const ERRNO_KEY: Record<string, MessageKey> = {
  ENOENT: 'ioNotFound',
  EACCES: 'ioNoAccess',
  EPERM: 'ioNoAccess',
  ELOOP: 'ioLoop',
  ENOTDIR: 'ioNotDir',
  ENAMETOOLONG: 'ioNameTooLong',
  EISDIR: 'ioIsDir',
  ENOSPC: 'ioNoSpace',
  EROFS: 'ioReadOnly',
};

/** A system error in words: "bestaat niet, ENOENT"; the code alone when there are no words for it. */
export function errnoReason(e: unknown, lang: Lang): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  const key = code ? ERRNO_KEY[code] : undefined;
  if (key) return `${t(lang, key)}, ${code}`;
  return code ?? (e as Error)?.message ?? String(e);
}

/** A read that went wrong, as the one error type, naming the file. */
export function readProblem(file: string, r: Exclude<ReadResult, { ok: true }>, maxBytes: number, lang: Lang): ArmoedetoetsError {
  if (r.problem === 'not-regular') {
    const message = t(lang, 'fileNotRegular', { file, kind: t(lang, KIND_KEY[r.kind]) });
    return new ArmoedetoetsError('INPUT_UNREADABLE', message, { issues: [{ path: file, message }], data: { file, kind: r.kind } });
  }
  const message = r.size === undefined ? t(lang, 'fileTooLargeRead', { file, max: maxBytes }) : t(lang, 'fileTooLarge', { file, size: r.size, max: maxBytes });
  return new ArmoedetoetsError('INPUT_TOO_LARGE', message, { issues: [{ path: file, message }], data: { file, max: maxBytes } });
}

export function unreadable(file: string, e: unknown, lang: Lang): ArmoedetoetsError {
  const message = t(lang, 'fileUnreadable', { file, detail: errnoReason(e, lang) });
  return new ArmoedetoetsError('INPUT_UNREADABLE', message, { data: { file, errno: (e as NodeJS.ErrnoException)?.code }, cause: e });
}

/**
 * The text of a regular file of at most `maxBytes`, decoded (UTF-8 with or without BOM, UTF-16 with
 * BOM). Every problem is an ArmoedetoetsError naming the file in `lang`. `read` is the reader to use
 * (the CLI passes its IO's).
 */
export function readTextFile(file: string, maxBytes: number, lang: Lang, read: (path: string, max: number) => ReadResult = readRegularFile): string {
  let r: ReadResult;
  try {
    r = read(file, maxBytes);
  } catch (e) {
    throw unreadable(file, e, lang);
  }
  if (!r.ok) throw readProblem(file, r, maxBytes, lang);
  return decodeText(r.bytes, file, lang);
}
