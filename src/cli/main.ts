#!/usr/bin/env node
// The armoedetoets command: the only place that touches the process, its environment, the clock and the disk for the CLI.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { stopForSignal } from '../report/pdf/cleanup.js';
import { runCli, type CliIO } from './run.js';

// Ctrl-C, a kill or a closed terminal during a PDF: stop the browser this process started, remove its profile folder,
// and exit as the signal would have (128 + its number). A second signal while that runs ends at once.
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
  process.once(signal, () => {
    void stopForSignal().finally(() => process.exit(code));
  });
}

const io: CliIO = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  fileSize: (p) => statSync(p).size,
  readFile: (p) => readFileSync(p, 'utf8'),
  // Written beside the target and renamed into place: a failed write never leaves half a report over an earlier one.
  writeFile: (p, data) => {
    const tmp = `${p}.${process.pid}.tmp`;
    try {
      writeFileSync(tmp, data);
      renameSync(tmp, p);
    } catch (e) {
      rmSync(tmp, { force: true });
      throw e;
    }
  },
  isDirectory: (p) => {
    try {
      return statSync(p).isDirectory();
    } catch {
      return false;
    }
  },
  listDir: (p) => readdirSync(p),
  makeDir: (p) => mkdirSync(p, { recursive: true }),
  today: new Date().toISOString().slice(0, 10),
  color: Boolean(process.stdout.isTTY) && !process.env['NO_COLOR'],
  progress: Boolean(process.stderr.isTTY),
  browserPath: process.env['ARMOEDETOETS_BROWSER'] || process.env['PUPPETEER_EXECUTABLE_PATH'] || undefined,
  pdfTimeout: process.env['ARMOEDETOETS_PDF_TIMEOUT'] || undefined,
};

process.exitCode = await runCli(process.argv.slice(2), io);
