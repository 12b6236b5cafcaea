#!/usr/bin/env node
// The armoedetoets command: the only place that touches the process, its environment, the clock and the disk for the CLI.
import { realFiles } from './files.js';
import { runCli, type CliIO } from './run.js';

const io: CliIO = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  // Bounded reads of regular files only; writes whole or not at all, beside the target (see files.ts).
  ...realFiles,
  today: new Date().toISOString().slice(0, 10),
  color: Boolean(process.stdout.isTTY) && !process.env['NO_COLOR'],
  progress: Boolean(process.stderr.isTTY),
  browserPath: process.env['ARMOEDETOETS_BROWSER'] || process.env['PUPPETEER_EXECUTABLE_PATH'] || undefined,
};

process.exitCode = await runCli(process.argv.slice(2), io);
