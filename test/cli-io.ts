// A CliIO that reads real files but captures output, so CLI tests need no child process.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { runCli, type CliIO } from '../src/cli/run.js';
import { TEST_DATE } from './helpers.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(...argv: string[]): Promise<CliRun> {
  return cliWith({}, ...argv);
}

/** The same, with some of the IO replaced (e.g. another browser path). */
export async function cliWith(overrides: Partial<CliIO>, ...argv: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    fileSize: (p) => statSync(p).size,
    readFile: (p) => readFileSync(p, 'utf8'),
    writeFile: (p, data) => writeFileSync(p, data),
    isDirectory: (p) => {
      try {
        return statSync(p).isDirectory();
      } catch {
        return false;
      }
    },
    listDir: (p) => readdirSync(p),
    makeDir: (p) => mkdirSync(p, { recursive: true }),
    today: TEST_DATE,
    color: false,
    progress: false,
    browserPath: process.env['ARMOEDETOETS_BROWSER'],
    ...overrides,
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}
