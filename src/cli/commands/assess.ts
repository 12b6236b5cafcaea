// `assess` and `audit`: one file to standard output or -o, or a whole folder into an output folder.
import { basename, join } from 'node:path';
import { assess } from '../../assess.js';
import { ArmoedetoetsError, isArmoedetoetsError, type ErrorCode } from '../../errors.js';
import { isInputFile } from '../../examples.js';
import type { Assessment, Ruleset } from '../../types.js';
import { usage, type CliArgs } from '../args.js';
import { outputLang, readInput } from '../input.js';
import type { CliIO } from '../io.js';
import { emit, makeOutputDir, writeOutput } from '../output.js';
import { progressLine } from '../progress.js';
import { EXTENSION, renderAs, withRenderer, type RenderContext } from '../render.js';
import { readPrevious } from './previous.js';

async function assessFile(file: string, args: CliArgs, ruleset: Ruleset, io: CliIO): Promise<Assessment> {
  const raw = readInput(file, io, args.lang);
  if (args.command === 'audit' && raw['kind'] !== 'service-audit') {
    const message = 'audit verwacht een drempelscan (kind: service-audit); gebruik assess voor een voorstel';
    throw new ArmoedetoetsError('INPUT_INVALID', message, { issues: [{ path: 'kind', message }] });
  }
  const lang = args.langGiven ? args.lang : outputLang(raw, args.lang);
  return assess(raw, { ruleset, lang, date: args.date, today: io.today });
}

async function one(file: string, args: CliArgs, ctx: RenderContext): Promise<void> {
  const a = await assessFile(file, args, ctx.ruleset, ctx.io);
  const previous = args.previous ? await readPrevious(args.previous, ctx.ruleset, ctx.io, a.lang) : undefined;
  const out = await renderAs(a, args.format, a.lang, ctx, { color: ctx.io.color && !args.output, previous, langs: args.langs });
  emit(ctx.io, args.output, out);
}

/** Errors that no file of the folder would escape: reported once, not once per file. */
const STOPS_THE_RUN: ReadonlySet<ErrorCode> = new Set(['BROWSER_NOT_FOUND']);

/** Every input of a folder; a bad file is reported and skipped, the rest still rendered. Exit 2 if any failed. */
async function folder(dir: string, args: CliArgs, ctx: RenderContext): Promise<number> {
  const { io } = ctx;
  if (!args.output) throw usage('Een map toetsen vraagt een uitvoermap: -o UITMAP');
  const files = io.listDir(dir).filter(isInputFile).sort();
  makeOutputDir(io, args.output);
  const failed: string[] = [];
  let done = 0;
  for (const name of files) {
    if (io.progress) io.stderr(progressLine(done, files.length, name));
    try {
      const a = await assessFile(join(dir, name), args, ctx.ruleset, io);
      const out = await renderAs(a, args.format, a.lang, ctx, { color: false, langs: args.langs });
      writeOutput(io, join(args.output, basename(name).replace(/\.(ya?ml|json)$/i, '') + EXTENSION[args.format]), out);
    } catch (e) {
      if (!isArmoedetoetsError(e) || !e.expected || STOPS_THE_RUN.has(e.code)) {
        if (io.progress) io.stderr('\n'); // end the progress line before the error
        throw e;
      }
      const details = e.details();
      failed.push(`${name}: ${details.length ? `${e.message.replace(/[:\s]+$/, '')}: ${details.join('; ')}` : e.message}`);
    }
    done += 1;
  }
  if (io.progress) io.stderr(progressLine(done, files.length, '') + '\n');
  for (const f of failed) io.stderr(`overgeslagen: ${f}\n`);
  io.stderr(`${files.length - failed.length} van ${files.length} bestanden weergegeven in ${args.output}${failed.length ? `, ${failed.length} overgeslagen` : ''}\n`);
  return failed.length > 0 ? 2 : 0;
}

export async function assessCommand(args: CliArgs, ruleset: Ruleset, io: CliIO): Promise<number> {
  const target = args.positional[0] as string;
  return withRenderer(ruleset, io, async (ctx) => {
    if (io.isDirectory(target)) return folder(target, args, ctx);
    await one(target, args, ctx);
    return 0;
  });
}
