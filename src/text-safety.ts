// Neutralises characters that could change how text is shown: terminal controls and bidirectional formatting.
//
// A title with "\x1b[2J" would clear a terminal; "\r" moves the cursor back over what was printed;
// U+202E (right-to-left override) turns what follows around in a terminal, a browser or a PDF. Every
// output format passes text it did not write itself (the user's input, a saved assessment, a local
// overlay) through this module. Such a character is replaced by a visible escape that names it:
// "\x1B" for a code point below U+0100, "\u202E" above. The escape shows the author what was in the
// file and where, which a replacement character (U+FFFD) would hide. See docs/report.md.

/**
 * What is neutralised: C0 controls except tab and newline (U+0000–U+0008, U+000B–U+001F, so also a
 * lone carriage return and ESC), DEL (U+007F), C1 controls (U+0080–U+009F, among them the one-byte
 * CSI U+009B), and the bidirectional formatting characters: the embeddings and overrides
 * U+202A–U+202E, the isolates U+2066–U+2069 and the marks U+200E, U+200F and U+061C (marks reorder
 * neutral characters such as digits and punctuation around them; the project's languages never need them).
 * "\r\n" is one line break and becomes "\n".
 */
// eslint-disable-next-line no-control-regex
const UNSAFE = /\r\n|[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const UNSAFE_SINGLE_LINE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const HAS_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/** The visible escape of one character: "\x1B", "\u202E". */
export function escapeChar(c: string): string {
  const code = c.codePointAt(0) ?? 0;
  const hex = code.toString(16).toUpperCase();
  return code < 0x100 ? `\\x${hex.padStart(2, '0')}` : `\\u${hex.padStart(4, '0')}`;
}

export interface SafeTextOptions {
  /** Also escape line breaks (a field path or a key in an error line must stay on its line). */
  singleLine?: boolean;
}

/** The text with every control and bidirectional formatting character replaced by its visible escape. */
export function safeText(s: string, options: SafeTextOptions = {}): string {
  // Most text has none: the test is much cheaper than a replace that builds a new string.
  if (options.singleLine) return s.replace(UNSAFE_SINGLE_LINE, escapeChar);
  if (!HAS_UNSAFE.test(s)) return s;
  return s.replace(UNSAFE, (m) => (m === '\r\n' ? '\n' : escapeChar(m)));
}

/**
 * A copy of plain data (an assessment, a view model) with every string, keys included, made safe.
 * Objects and arrays without anything to neutralise are returned as they are.
 */
export function safeDeep<T>(value: T): T {
  if (typeof value === 'string') return safeText(value) as T;
  if (Array.isArray(value)) {
    let changed = false;
    const out = value.map((v: unknown) => {
      const s = safeDeep(v);
      changed ||= s !== v;
      return s;
    });
    return (changed ? out : value) as T;
  }
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    let changed = false;
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) {
      const key = safeText(k, { singleLine: true });
      const s = safeDeep(v);
      changed ||= key !== k || s !== v;
      // defineProperty: a key such as "__proto__" stays an own key of the copy, as in the original.
      Object.defineProperty(out, key, { value: s, enumerable: true, writable: true, configurable: true });
    }
    return (changed ? out : value) as T;
  }
  return value;
}

// Everything JSON.stringify leaves raw that safeText neutralises (it escapes U+0000–U+001F itself).
const JSON_UNSAFE = /[\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * JSON with the same data, in which no control or bidirectional formatting character appears raw:
 * each is written as a \uXXXX escape. Parsing it gives back the user's exact text (JSON is data);
 * a terminal or an editor that shows the file shows no override. Such characters can only occur
 * inside JSON strings, where a \u escape is always valid.
 */
export function safeJson(value: unknown, space = 2): string {
  const json = JSON.stringify(value, null, space) as string | undefined;
  return (json ?? 'null').replace(JSON_UNSAFE, (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`);
}
