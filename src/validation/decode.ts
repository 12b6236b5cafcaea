// Bytes of a file to text: UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is refused by name.
import { ArmoedetoetsError } from '../errors.js';
import { t, type MessageKey } from '../i18n.js';
import type { Lang } from '../types.js';

export type EncodingProblem = 'utf8' | 'utf16' | 'nul';

const PROBLEM_KEY: Record<EncodingProblem, MessageKey> = {
  utf8: 'encodingBadUtf8',
  utf16: 'encodingBadUtf16',
  nul: 'encodingNul',
};

function decodeWith(encoding: 'utf-8' | 'utf-16le' | 'utf-16be', bytes: Uint8Array): string | null {
  try {
    // ignoreBOM keeps a BOM in the text; it is skipped by the caller, who knows whether there is one.
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** The text, or the reason it is not text in an accepted encoding. Pure. */
export function decodeBytes(bytes: Uint8Array): { text: string } | { problem: EncodingProblem } {
  const [b0, b1, b2] = bytes;
  let text: string | null;
  let problem: EncodingProblem = 'utf8';
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) {
    text = decodeWith('utf-8', bytes.subarray(3));
  } else if (b0 === 0xff && b1 === 0xfe) {
    problem = 'utf16';
    text = decodeWith('utf-16le', bytes.subarray(2));
  } else if (b0 === 0xfe && b1 === 0xff) {
    problem = 'utf16';
    text = decodeWith('utf-16be', bytes.subarray(2));
  } else {
    // a NUL byte first: UTF-16 without its BOM is full of them, and says so better than "invalid UTF-8"
    if (bytes.includes(0)) return { problem: 'nul' };
    text = decodeWith('utf-8', bytes);
  }
  if (text === null) return { problem };
  // NUL is valid UTF-8 but no text file holds one: a binary file, or UTF-16 without its BOM.
  if (text.includes('\u0000')) return { problem: 'nul' };
  return { text };
}

/** The text of a file's bytes; throws INPUT_SYNTAX "geen UTF-8 of UTF-16" naming the file otherwise. */
export function decodeText(bytes: Uint8Array, file: string, lang: Lang): string {
  const r = decodeBytes(bytes);
  if ('text' in r) return r.text;
  const message = t(lang, 'encodingInvalid', { file, detail: t(lang, PROBLEM_KEY[r.problem]) });
  throw new ArmoedetoetsError('INPUT_SYNTAX', message, { issues: [{ path: file, message }], data: { file, encoding: r.problem } });
}
