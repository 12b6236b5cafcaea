// What the CLI needs from the outside world; main.ts provides the real one, tests a captured one.
import type { FileKind, ReadResult } from '../validation/read-file.js';

/** What is at a path after following symlinks: its kind and an identity (device and inode). */
export interface FileInfo {
  kind: FileKind | 'file';
  id: string;
}

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /**
   * The bytes of a regular file (after following symlinks), at most `maxBytes`: a FIFO, device,
   * socket or directory is refused without being opened. Throws when the path cannot be reached.
   */
  readFile(path: string, maxBytes: number): ReadResult;
  /** Written whole or not at all, through a symlink to its target; never replaces what is not a regular file. */
  writeFile(path: string, data: string | Uint8Array): void;
  /** What is at `path` (symlinks followed), or undefined when nothing is; throws on a loop or no permission. */
  fileInfo(path: string): FileInfo | undefined;
  isDirectory(path: string): boolean;
  /** File names (not paths) in a folder. */
  listDir(path: string): string[];
  makeDir(path: string): void;
  today: string;
  color: boolean;
  /** Standard error is a terminal: show a progress bar. */
  progress: boolean;
  /** An explicit browser for PDFs (ARMOEDETOETS_BROWSER or PUPPETEER_EXECUTABLE_PATH). */
  browserPath?: string;
  /** Time limit per PDF in seconds, as text: ARMOEDETOETS_PDF_TIMEOUT; run.ts puts --timeout here when given (it wins). */
  pdfTimeout?: string;
  /** The environment and working folder, for the server's commands (serve, db migrate, user add) only. */
  env?: Record<string, string | undefined>;
  cwd?: string;
}
