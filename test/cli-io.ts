// A CliIO that reads real files but captures output, so CLI tests need no child process.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { runCli, type CliIO } from '../src/cli/run.js';
import { TEST_DATE } from './helpers.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function cli(...argv: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    fileSize: (p) => statSync(p).size,
    readFile: (p) => readFileSync(p, 'utf8'),
    writeFile: (p, s) => writeFileSync(p, s),
    today: TEST_DATE,
    color: false,
  };
  const code = await runCli(argv, io);
  return { code, stdout, stderr };
}
