// A CliIO that reads and writes real files through the CLI's own file code but captures output, so CLI tests need no child process.
import { spawnSync } from 'node:child_process';
import { realFiles } from '../src/cli/files.js';
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
    // the real reader and the real atomic writer: what the tests check is what the command does
    ...realFiles,
    today: TEST_DATE,
    color: false,
    progress: false,
    browserPath: process.env['ARMOEDETOETS_BROWSER'],
    ...overrides,
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}

/**
 * The command in a child process, killed after `timeoutMs`: for files that would block or never end
 * (a FIFO, /dev/zero) if the code that guards against them broke, which must fail the test, not hang it.
 */
export function cliProcess(argv: string[], options: { timeoutMs?: number; uid?: number } = {}): CliRun & { timedOut: boolean } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...argv], {
    encoding: 'utf8',
    timeout: options.timeoutMs ?? 30_000,
    killSignal: 'SIGKILL',
    uid: options.uid,
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, timedOut: r.error !== undefined || r.signal !== null };
}
