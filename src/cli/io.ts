// What the CLI needs from the outside world; main.ts provides the real one, tests a captured one.
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Size in bytes, or throws when the file cannot be read. */
  fileSize(path: string): number;
  readFile(path: string): string;
  writeFile(path: string, data: string | Uint8Array): void;
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
}
