#!/usr/bin/env node
// The armoedetoets command: the only place that touches the process, its environment, the clock and the disk for the CLI.
import { realFiles } from './files.js';
import { stopForSignal } from '../report/pdf/cleanup.js';
import { runCli, type CliIO } from './run.js';
import { isServerCommand } from './commands/server.js';
import { DEFAULT_TIME_ZONE, todayIn } from '../dates.js';

// "Today" is a date in this time zone (Belgium's by default): read here, the only place that sees the environment.
const timeZone = process.env['ARMOEDETOETS_TZ'] || DEFAULT_TIME_ZONE;
let today: string | undefined;

// Ctrl-C, a kill or a closed terminal during a PDF: stop the browser this process started, remove its profile folder,
// and exit as the signal would have (128 + its number). A second signal while that runs ends at once.
// The server's commands handle signals themselves (serve shuts down gracefully and exits 0).
const argv = process.argv.slice(2);
const server = isServerCommand(argv);
if (!server) {
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const) {
    process.once(signal, () => {
      void stopForSignal().finally(() => process.exit(code));
    });
  }
}

const io: CliIO = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  // Bounded reads of regular files only; writes whole or not at all, beside the target (see files.ts).
  ...realFiles,
  // Read from the clock once, on first use: an unknown ARMOEDETOETS_TZ is then a clear error (exit 2) inside runCli.
  get today() {
    return (today ??= todayIn(timeZone, new Date(), 'nl', 'ARMOEDETOETS_TZ'));
  },
  color: Boolean(process.stdout.isTTY) && !process.env['NO_COLOR'],
  progress: Boolean(process.stderr.isTTY),
  browserPath: process.env['ARMOEDETOETS_BROWSER'] || process.env['PUPPETEER_EXECUTABLE_PATH'] || undefined,
  pdfTimeout: process.env['ARMOEDETOETS_PDF_TIMEOUT'] || undefined,
  env: process.env,
  cwd: process.cwd(),
};

// No top-level await: the command is also bundled as CommonJS (scripts/bundle-cli.ts), which has none.
void runCli(argv, io).then((code) => {
  // a server command has closed its store and server: whatever timer is left must not keep the process
  if (server) process.exit(code);
  process.exitCode = code;
});
