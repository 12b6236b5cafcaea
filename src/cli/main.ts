#!/usr/bin/env node
// The armoedetoets command: the only place that touches the process, the file system for the CLI and the clock.
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { runCli, type CliIO } from './run.js';

const io: CliIO = {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  fileSize: (p) => statSync(p).size,
  readFile: (p) => readFileSync(p, 'utf8'),
  writeFile: (p, s) => writeFileSync(p, s),
  today: new Date().toISOString().slice(0, 10),
  color: Boolean(process.stdout.isTTY) && !process.env['NO_COLOR'],
};

process.exitCode = await runCli(process.argv.slice(2), io);
