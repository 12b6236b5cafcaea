// Reading input files for the CLI: regular files only, a byte limit while reading, errors named in the user's language.
import type { Lang } from '../types.js';
import { detectFormat, MAX_INPUT_BYTES, parseInputText } from '../validation/parse.js';
import { readTextFile } from '../validation/read-file.js';
import type { CliIO } from './io.js';

/** The decoded text of a file of at most `maxBytes` (see readTextFile); every problem names the file. */
export function readText(path: string, io: CliIO, lang: Lang, maxBytes = MAX_INPUT_BYTES): string {
  return readTextFile(path, maxBytes, lang, (p, max) => io.readFile(p, max));
}

export function readInput(path: string, io: CliIO, lang: Lang): Record<string, unknown> {
  const text = readText(path, io, lang);
  return parseInputText(text, detectFormat(path, text), lang);
}

/** Without --lang, a proposal written in French (meta.language: fr) gets its assessment in French. */
export function outputLang(raw: Record<string, unknown>, fallback: Lang): Lang {
  const meta = raw['meta'];
  const l = meta !== null && typeof meta === 'object' ? (meta as Record<string, unknown>)['language'] : undefined;
  return l === 'nl' || l === 'fr' || l === 'en' ? l : fallback;
}
