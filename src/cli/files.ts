// The CLI's real file system: bounded reads of regular files, atomic writes, identities of files.
import { mkdirSync, readdirSync, statSync } from 'node:fs';
import { fileKind, readRegularFile } from '../validation/read-file.js';
import type { CliIO, FileInfo } from './io.js';
import { writeFileAtomic } from './write-file.js';

export function fileInfo(path: string): FileInfo | undefined {
  try {
    const st = statSync(path);
    return { kind: fileKind(st), id: `${st.dev}:${st.ino}` };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw e;
  }
}

export const realFiles: Pick<CliIO, 'readFile' | 'writeFile' | 'fileInfo' | 'isDirectory' | 'listDir' | 'makeDir'> = {
  readFile: readRegularFile,
  writeFile: (p, data) => writeFileAtomic(p, data),
  fileInfo,
  isDirectory: (p) => {
    try {
      return statSync(p).isDirectory();
    } catch {
      return false;
    }
  },
  listDir: (p) => readdirSync(p),
  makeDir: (p) => mkdirSync(p, { recursive: true }),
};
