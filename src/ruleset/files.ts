// Reads a rule pack folder (JSON files only) into memory, with a content hash over every file.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ArmoedetoetsError } from '../errors.js';

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

const MAX_FILE_BYTES = 2_000_000;

function listJson(dir: string, root: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    const st = statSync(full);
    if (st.isDirectory()) out.push(...listJson(full, root));
    else if (name.endsWith('.json')) out.push(full);
  }
  return out;
}

/** Reads every JSON file below `dir`; "not found" and "broken" are different errors. */
export function readPackFolder(dir: string): PackFolder {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) {
    throw new ArmoedetoetsError('RULESET_NOT_FOUND', `Regelmap niet gevonden: ${dir}`, { data: { dir } });
  }
  const hash = createHash('sha256');
  const files: PackFile[] = [];
  for (const full of listJson(dir, dir)) {
    const path = relative(dir, full).split('\\').join('/');
    const size = statSync(full).size;
    if (size > MAX_FILE_BYTES) {
      throw new ArmoedetoetsError('RULESET_INVALID', `${path}: bestand is te groot (${size} bytes)`, { data: { file: path } });
    }
    const text = readFileSync(full, 'utf8');
    hash.update(path).update('\0').update(text).update('\0');
    try {
      files.push({ path, data: JSON.parse(text) as unknown });
    } catch (cause) {
      throw new ArmoedetoetsError('RULESET_INVALID', `${path}: geen geldige JSON (${(cause as Error).message})`, {
        data: { file: path },
        cause,
      });
    }
  }
  return { dir, files, hash: hash.digest('hex').slice(0, 16) };
}

export function fileAt(folder: PackFolder, path: string): unknown {
  return folder.files.find((f) => f.path === path)?.data;
}

export function filesUnder(folder: PackFolder, prefix: string): PackFile[] {
  return folder.files.filter((f) => f.path.startsWith(prefix));
}
