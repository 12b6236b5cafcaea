#!/usr/bin/env node
// The armoedetoets command: the only place that touches the process, its environment, the clock and the disk for the CLI.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { runCli, type CliIO } from './run.js';
import { DEFAULT_TIME_ZONE, todayIn } from '../dates.js';

// "Today" is a date in this time zone (Belgium's by default): read here, the only place that sees the environment.
const timeZone = process.env['ARMOEDETOETS_TZ'] || DEFAULT_TIME_ZONE;
let today: string | undefined;

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
  // Read from the clock once, on first use: an unknown ARMOEDETOETS_TZ is then a clear error (exit 2) inside runCli.
  get today() {
    return (today ??= todayIn(timeZone, new Date(), 'nl', 'ARMOEDETOETS_TZ'));
  },
  color: Boolean(process.stdout.isTTY) && !process.env['NO_COLOR'],
  progress: Boolean(process.stderr.isTTY),
  browserPath: process.env['ARMOEDETOETS_BROWSER'] || process.env['PUPPETEER_EXECUTABLE_PATH'] || undefined,
};

process.exitCode = await runCli(process.argv.slice(2), io);
