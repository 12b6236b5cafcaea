// Writing results: never over an input, a device or a folder; a file system error names the output path.
import { ArmoedetoetsError } from '../errors.js';
import { t } from '../i18n.js';
import type { Lang } from '../types.js';
import { errnoReason, KIND_KEY, type FileKind } from '../validation/read-file.js';
import type { CliIO } from './io.js';

type What = 'file' | 'dir';

function outputFailed(path: string, reason: string, lang: Lang, what: What, data: Record<string, unknown> = {}, cause?: unknown): ArmoedetoetsError {
  const message = t(lang, 'outputFailed', { what: t(lang, what === 'file' ? 'outputWhatFile' : 'outputWhatDir'), path, reason });
  return new ArmoedetoetsError('OUTPUT_FAILED', message, { issues: [{ path: '-o', message }], data: { path, ...data }, cause });
}

function systemReason(e: unknown, lang: Lang): string {
  const code = (e as NodeJS.ErrnoException)?.code;
  if (code === 'ENOENT') return t(lang, 'ioDirMissing'); // the file itself is created: its folder is missing
  if (code === 'ENOTREG') return t(lang, 'outputNotRegular', { kind: t(lang, KIND_KEY[(e as { kind: FileKind }).kind]) });
  return errnoReason(e, lang);
}

function failedWith(path: string, e: unknown, lang: Lang, what: What): ArmoedetoetsError {
  return outputFailed(path, systemReason(e, lang), lang, what, { errno: (e as NodeJS.ErrnoException)?.code }, e);
}

/** Files an output must never replace, by identity (so a symlink or hard link to one is caught too). */
export type Protected = ReadonlyMap<string, string>;

/** The identities of `paths` that exist (the input file, an earlier audit, every input of a folder). */
export function protect(io: CliIO, paths: readonly (string | undefined)[]): Protected {
  const out = new Map<string, string>();
  for (const p of paths) {
    if (!p) continue;
    try {
      const info = io.fileInfo(p);
      if (info) out.set(info.id, p);
    } catch {
      // an input that cannot be reached is reported when it is read
    }
  }
  return out;
}

/**
 * Refuses an output path that is a directory, device, FIFO or socket (after following symlinks) or
 * one of the protected inputs. Called before the work, so nothing is rendered for nothing, and again
 * just before writing.
 */
export function checkOutput(io: CliIO, path: string, lang: Lang, inputs: Protected = new Map()): void {
  let info;
  try {
    info = io.fileInfo(path);
  } catch (e) {
    throw failedWith(path, e, lang, 'file');
  }
  if (!info) return;
  if (info.kind !== 'file') throw outputFailed(path, t(lang, 'outputNotRegular', { kind: t(lang, KIND_KEY[info.kind]) }), lang, 'file', { kind: info.kind });
  const input = inputs.get(info.id);
  if (input !== undefined) throw outputFailed(path, t(lang, 'outputIsInput', { file: input }), lang, 'file', { input });
}

export function writeOutput(io: CliIO, path: string, data: string | Uint8Array, lang: Lang, inputs?: Protected): void {
  checkOutput(io, path, lang, inputs);
  try {
    io.writeFile(path, data);
  } catch (e) {
    throw failedWith(path, e, lang, 'file');
  }
}

/** The result to the -o file when one is given, else to standard output (PDF always has -o: see parseCliArgs). */
export function emit(io: CliIO, output: string | undefined, data: string | Uint8Array, lang: Lang, inputs?: Protected): void {
  if (output !== undefined) writeOutput(io, output, data, lang, inputs);
  else if (typeof data === 'string') io.stdout(data);
  else throw new ArmoedetoetsError('USAGE', t(lang, 'pdfNeedsOutput'));
}

/** The output folder of a folder run: created when missing, refused when it is something else. */
export function makeOutputDir(io: CliIO, path: string, lang: Lang): void {
  let info;
  try {
    info = io.fileInfo(path);
  } catch (e) {
    throw failedWith(path, e, lang, 'dir');
  }
  if (info && info.kind !== 'directory') throw outputFailed(path, t(lang, 'ioNotADir'), lang, 'dir', { kind: info.kind });
  try {
    io.makeDir(path);
  } catch (e) {
    throw failedWith(path, e, lang, 'dir');
  }
}
