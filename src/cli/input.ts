// Reading input files for the CLI: size checked before reading, errors named in the user's language.
import { ArmoedetoetsError, isArmoedetoetsError } from '../errors.js';
import { t } from '../i18n.js';
import type { Lang } from '../types.js';
import { detectFormat, MAX_INPUT_BYTES, parseInputText } from '../validation/parse.js';
import type { CliIO } from './io.js';

export function readText(path: string, io: CliIO, lang: Lang, maxBytes = MAX_INPUT_BYTES): string {
  try {
    const size = io.fileSize(path);
    if (size > maxBytes) {
      const message = t(lang, 'inputTooLarge', { size, max: maxBytes });
      throw new ArmoedetoetsError('INPUT_TOO_LARGE', message, { issues: [{ path, message }] });
    }
    return io.readFile(path);
  } catch (e) {
    if (isArmoedetoetsError(e)) throw e;
    const message = t(lang, 'fileUnreadable', { file: path, detail: (e as NodeJS.ErrnoException).code ?? (e as Error).message });
    throw new ArmoedetoetsError('INPUT_UNREADABLE', message, { cause: e });
  }
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
