// `assess DIR -o OUTDIR`: every input of a folder; a bad file is reported and skipped, the rest still rendered.
import { basename, join } from 'node:path';
import { ArmoedetoetsError, isArmoedetoetsError, type ErrorCode } from '../../errors.js';
import { t } from '../../i18n.js';
import { usage, type CliArgs, type Format } from '../args.js';
import { makeOutputDir, protect, writeOutput } from '../output.js';
import { errorLine } from '../problems.js';
import { progressLine } from '../progress.js';
import { EXTENSION, renderAs, type RenderContext } from '../render.js';
import { assessFile } from './assess-file.js';

const INPUT_EXTENSION = /\.(ya?ml|json)$/i;

/** A YAML or JSON input, whatever the case of its extension; an example's `*.expected.json` is not one. */
export function isInputName(name: string): boolean {
  return INPUT_EXTENSION.test(name) && !/\.expected\.json$/i.test(name);
}

/**
 * The output name of each input: its name with the output's extension (`a.yaml` → `a.pdf`), or, when
 * two inputs share that name (`a.yaml` and `a.json`; compared case-blind, as some file systems do),
 * its whole name with the extension added (`a.yaml.pdf`, `a.json.pdf`). Names that still clash stop
 * the run before anything is written.
 */
export function outputNames(files: readonly string[], format: Format, lang: CliArgs['lang']): Map<string, string> {
  const ext = EXTENSION[format];
  const stem = (f: string): string => basename(f).replace(INPUT_EXTENSION, '');
  const count = new Map<string, number>();
  for (const f of files) count.set(stem(f).toLowerCase(), (count.get(stem(f).toLowerCase()) ?? 0) + 1);
  const names = new Map(files.map((f) => [f, ((count.get(stem(f).toLowerCase()) ?? 0) > 1 ? basename(f) : stem(f)) + ext]));
  const seen = new Map<string, string[]>();
  for (const [f, out] of names) seen.set(out.toLowerCase(), [...(seen.get(out.toLowerCase()) ?? []), f]);
  for (const [out, clash] of seen) {
    if (clash.length > 1) throw usage(t(lang, 'folderNameClash', { out, files: clash.join(', ') }));
  }
  return names;
}

/** Errors that no file of the folder would escape: reported once, not once per file. */
const STOPS_THE_RUN: ReadonlySet<ErrorCode> = new Set(['BROWSER_NOT_FOUND']);

/** Every input of a folder; a bad file is reported and skipped, the rest still rendered. Exit 2 if any failed. */
export async function folder(dir: string, args: CliArgs, ctx: RenderContext): Promise<number> {
  const { io } = ctx;
  const { lang } = args;
  const output = args.output;
  if (output === undefined) throw usage(t(lang, 'folderNeedsOutput'));
  const files = io.listDir(dir).filter(isInputName).sort();
  if (files.length === 0) {
    const message = t(lang, 'folderEmpty', { dir });
    throw new ArmoedetoetsError('INPUT_INVALID', message, { issues: [{ path: dir, message }], data: { dir } });
  }
  // Outputs beside their inputs could replace them: the output folder is another folder.
  const inDir = protect(io, [dir]);
  const outDir = protect(io, [output]);
  if ([...outDir.keys()].some((id) => inDir.has(id))) throw usage(t(lang, 'folderSameAsInput', { out: output, dir }));
  const names = outputNames(files, args.format, lang);
  // and no output may replace an input through a link
  const inputs = protect(
    io,
    files.map((f) => join(dir, f)),
  );
  makeOutputDir(io, output, lang);
  const failed: string[] = [];
  let done = 0;
  for (const name of files) {
    if (io.progress) io.stderr(progressLine(done, files.length, name));
    try {
      const a = await assessFile(join(dir, name), args, ctx.ruleset, io);
      const out = await renderAs(a, args.format, a.lang, ctx, { color: false, langs: args.langs, variant: args.variant });
      writeOutput(io, join(output, names.get(name) as string), out, lang, inputs);
    } catch (e) {
      if (!isArmoedetoetsError(e) || !e.expected || STOPS_THE_RUN.has(e.code)) {
        if (io.progress) io.stderr('\n'); // end the progress line before the error
        throw e;
      }
      failed.push(t(lang, 'folderSkipped', { file: name, problem: errorLine(e, lang) }));
    }
    done += 1;
  }
  if (io.progress) io.stderr(progressLine(done, files.length, '') + '\n');
  for (const f of failed) io.stderr(`${f}\n`);
  const summary = t(lang, 'folderSummary', { done: files.length - failed.length, total: files.length, dir: output });
  io.stderr(`${summary}${failed.length ? t(lang, 'folderSummarySkipped', { count: failed.length }) : ''}\n`);
  return failed.length > 0 ? 2 : 0;
}
