// Reads a rule pack folder (JSON files only) into memory, with a content hash over every file.
import { createHash, type Hash } from 'node:crypto';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ArmoedetoetsError, isArmoedetoetsError } from '../errors.js';
import { t } from '../i18n.js';
import type { Lang } from '../types.js';
import { parseJson } from '../validation/json.js';
import { readTextFile, unreadable } from '../validation/read-file.js';

export interface PackFile {
  /** Path relative to the pack folder, with forward slashes. */
  path: string;
  data: unknown;
}

export interface PackFolder {
  dir: string;
  files: PackFile[];
  hash: string;
}

/** The largest shipped file is about 100 kB; a pack file above this is a mistake, not a rule file. */
const MAX_FILE_BYTES = 2_000_000;
/** Conditions nest about 11 levels in the shipped pack; far deeper is refused before parsing. */
const MAX_PACK_DEPTH = 40;

/** Every problem with a pack file is RULESET_INVALID (exit 2), naming the file. */
function packError(path: string, e: unknown, lang: Lang, prefix = ''): ArmoedetoetsError {
  const inner = isArmoedetoetsError(e) ? e : unreadable(path, e, lang);
  const issues = inner.issues.filter((i) => i.message !== inner.message);
  return new ArmoedetoetsError('RULESET_INVALID', prefix + inner.message, { issues, data: { ...inner.data, file: path }, cause: e });
}

/**
 * Every JSON file below `dir`, following symlinks. An entry that cannot be reached (a dangling
 * symlink, a loop, no permission) is an error naming it; a folder that is its own ancestor too.
 */
function listJson(dir: string, lang: Lang, ancestors: ReadonlySet<string>): string[] {
  const out: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch (e) {
    throw packError(dir, e, lang);
  }
  for (const name of names) {
    const full = join(dir, name);
    let st;
    try {
      st = statSync(full);
    } catch (e) {
      throw packError(full, e, lang);
    }
    if (st.isDirectory()) {
      const id = `${st.dev}:${st.ino}`;
      if (ancestors.has(id)) throw packError(full, Object.assign(new Error('symlink loop'), { code: 'ELOOP' }), lang);
      out.push(...listJson(full, lang, new Set([...ancestors, id])));
    } else if (name.endsWith('.json')) {
      // a FIFO, device or socket named *.json is refused by the reader without being opened
      out.push(full);
    }
  }
  return out;
}

/** Reads every JSON file below `dir`; "not found" and "broken" are different errors, in `lang`. */
/** Each file of a pack folder as text, in a stable order, with its path relative to the folder. */
function* packTexts(dir: string, lang: Lang): Generator<{ full: string; path: string; text: string }> {
  let root;
  try {
    root = statSync(dir);
  } catch {
    root = undefined;
  }
  if (!root?.isDirectory()) {
    throw new ArmoedetoetsError('RULESET_NOT_FOUND', t(lang, 'rulesNotFound', { dir }), { data: { dir } });
  }
  for (const full of listJson(dir, lang, new Set([`${root.dev}:${root.ino}`]))) {
    const path = relative(dir, full).split('\\').join('/');
    try {
      yield { full, path, text: readTextFile(full, MAX_FILE_BYTES, lang) };
    } catch (e) {
      throw packError(full, e, lang);
    }
  }
}

const hashUpdate = (hash: Hash, path: string, text: string): Hash => hash.update(path).update('\0').update(text).update('\0');

/** Parses and hashes pack texts given in the folder walk's order; a folder and uploaded texts share this. */
function packFrom(dir: string, texts: Iterable<{ full: string; path: string; text: string }>, lang: Lang): PackFolder {
  const hash = createHash('sha256');
  const files: PackFile[] = [];
  for (const { full, path, text } of texts) {
    hashUpdate(hash, path, text);
    try {
      files.push({ path, data: parseJson(text, lang, MAX_PACK_DEPTH) });
    } catch (e) {
      throw packError(full, e, lang, `${full}: `);
    }
  }
  return { dir, files, hash: hash.digest('hex').slice(0, 16) };
}

export function readPackFolder(dir: string, lang: Lang = 'nl'): PackFolder {
  return packFrom(dir, packTexts(dir, lang), lang);
}

/**
 * Uploaded pack files (relative path → text) as the same PackFolder the folder holding them would give:
 * the same order (the folder walk's: names compared per folder level), the same hash, the same parse.
 * `label` stands for the folder in messages. Paths are checked: relative, forward slashes, `*.json`,
 * no `.` or `..` segment; each text at most MAX_FILE_BYTES and free of NUL (as a file read would be).
 */
export function packFromTexts(label: string, texts: Readonly<Record<string, string>>, lang: Lang = 'nl'): PackFolder {
  const entries = Object.entries(texts).map(([path, text]) => {
    checkUploadedFile(label, path, text, lang);
    // A file read drops a leading BOM (decodeText): an uploaded text does too, so both hash alike.
    return { full: `${label}/${path}`, path, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  });
  entries.sort((a, b) => compareWalkOrder(a.path, b.path));
  return packFrom(label, entries, lang);
}

/** One segment of an uploaded file's path: what a file or folder name in a pack may be. */
const SEGMENT = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;

function checkUploadedFile(label: string, path: string, text: unknown, lang: Lang): void {
  const segments = path.split('/');
  let message: string | undefined;
  if (!path.endsWith('.json') || !segments.every((s) => SEGMENT.test(s) && s !== '.' && s !== '..')) message = t(lang, 'packPathInvalid', { path });
  else if (typeof text !== 'string') message = t(lang, 'packTextNotString', { path });
  else if (Buffer.byteLength(text, 'utf8') > MAX_FILE_BYTES)
    message = t(lang, 'fileTooLarge', { file: path, size: Buffer.byteLength(text, 'utf8'), max: MAX_FILE_BYTES });
  else if (text.includes('\u0000')) message = t(lang, 'encodingInvalid', { file: path, detail: t(lang, 'encodingNul') });
  if (message === undefined) return;
  throw new ArmoedetoetsError('RULESET_INVALID', `${label}: ${message}`, { issues: [{ path, message }], data: { file: path } });
}

/** The folder walk's order: path segments compared one by one (a folder's files come where its name sorts). */
function compareWalkOrder(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const p = x[i] as string;
    const q = y[i] as string;
    if (p !== q) return p < q ? -1 : 1;
  }
  return x.length - y.length;
}

/** The content hash readPackFolder would give, without parsing the files (checking a snapshot is still current). */
export function packFolderHash(dir: string, lang: Lang = 'nl'): string {
  const hash = createHash('sha256');
  for (const { path, text } of packTexts(dir, lang)) hashUpdate(hash, path, text);
  return hash.digest('hex').slice(0, 16);
}

export function fileAt(folder: PackFolder, path: string): unknown {
  return folder.files.find((f) => f.path === path)?.data;
}

export function filesUnder(folder: PackFolder, prefix: string): PackFile[] {
  return folder.files.filter((f) => f.path.startsWith(prefix));
}
