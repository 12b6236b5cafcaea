// JSON with the checks JSON.parse lacks: duplicate keys refused (as YAML does) and nesting depth bounded.
import { ArmoedetoetsError } from '../errors.js';
import { t } from '../i18n.js';
import type { Lang } from '../types.js';

type Frame = { obj: true; keys: Set<string>; key: string | null; expectKey: boolean } | { obj: false; index: number };

export interface JsonScan {
  /** The first object key that appears twice in its object, with its path and line. */
  duplicate?: { path: string; line: number };
  /** Set when brackets nest deeper than allowed: where the limit was crossed. */
  tooDeep?: { path: string; line: number };
}

function pathOf(frames: readonly Frame[]): string {
  let out = '';
  for (const f of frames) {
    if (f.obj) {
      if (f.key !== null) out += out ? `.${f.key}` : f.key;
    } else {
      out += `[${f.index}]`;
    }
  }
  return out;
}

/** Strings (unrolled, so no backtracking), brackets and commas: all the scan needs. Runs as native regex code even cold. */
const TOKEN = /"[^"\\]*(?:\\[\s\S][^"\\]*)*"?|[{}[\],]/g;

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line += 1;
  return line;
}

/**
 * One pass over JSON text, without building values: bracket depth (stops at once when it passes
 * `maxNesting`) and duplicate keys. On malformed JSON its answers are approximate; JSON.parse judges
 * the syntax.
 */
export function scanJson(text: string, maxNesting: number): JsonScan {
  const frames: Frame[] = [];
  const out: JsonScan = {};
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    const token = m[0];
    const c = token.charCodeAt(0);
    if (c === 0x22) {
      const top = frames.at(-1);
      if (top?.obj && top.expectKey) {
        let key = token.slice(1, -1);
        if (key.includes('\\')) {
          try {
            key = JSON.parse(token) as string;
          } catch {
            // malformed: JSON.parse reports it
          }
        }
        top.key = key;
        top.expectKey = false;
        if (top.keys.has(key)) out.duplicate ??= { path: pathOf(frames), line: lineAt(text, m.index) };
        top.keys.add(key);
      }
    } else if (c === 0x7b || c === 0x5b) {
      frames.push(c === 0x7b ? { obj: true, keys: new Set(), key: null, expectKey: true } : { obj: false, index: 0 });
      if (frames.length > maxNesting) return { tooDeep: { path: pathOf(frames.slice(0, -1)), line: lineAt(text, m.index) } };
    } else if (c === 0x7d || c === 0x5d) {
      frames.pop();
    } else {
      const top = frames.at(-1);
      if (top?.obj) top.expectKey = true;
      else if (top) top.index += 1;
    }
  }
  return out;
}

function syntaxError(message: string, data: Record<string, unknown> = {}): ArmoedetoetsError {
  return new ArmoedetoetsError('INPUT_SYNTAX', message, { issues: [{ path: '', message }], data });
}

/** Line and column (from 1) of a character offset. */
function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = (before.match(/\n/g) ?? []).length + 1;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/**
 * JSON.parse's reason in the user's language: its own text is English in every language. Node
 * names the position ("at position 27") or the unexpected token; the rest becomes a plain
 * "not valid JSON" with the place where it is known.
 */
export function jsonErrorDetail(message: string, text: string, lang: Lang): string {
  if (/Unexpected end of JSON input/i.test(message)) return t(lang, 'jsonEnd');
  const at = /at position (\d+)/.exec(message);
  if (at && Number(at[1]) >= text.trimEnd().length) return t(lang, 'jsonEnd');
  const token = /Unexpected token '(.{1,4})'/.exec(message) ?? /Unexpected (?:non-whitespace )?character/.exec(message);
  const where = at ? lineColumn(text, Number(at[1])) : null;
  const char = token?.[1] ?? (where ? text.charAt(Number(at?.[1])) : '');
  if (where) return t(lang, 'jsonCharAt', { char: char || '?', line: where.line, column: where.column });
  return char ? t(lang, 'jsonChar', { char }) : t(lang, 'jsonInvalid');
}

/**
 * Parses JSON text, refusing duplicate keys (INPUT_SYNTAX, with the key's path and line) and values
 * nested more than `maxDepth` levels below the top (INPUT_INVALID), before JSON.parse builds anything.
 */
export function parseJson(text: string, lang: Lang, maxDepth: number): unknown {
  // maxDepth counts levels below the top value: the top object's brackets are level 0.
  const scan = scanJson(text, maxDepth + 1);
  if (scan.tooDeep) {
    const message = t(lang, 'tooDeep', { max: maxDepth });
    const path = `${scan.tooDeep.path || t(lang, 'root')} (${t(lang, 'atLine', { line: scan.tooDeep.line })})`;
    throw new ArmoedetoetsError('INPUT_INVALID', t(lang, 'inputInvalid', { count: 1 }), { issues: [{ path, message }] });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw syntaxError(t(lang, 'jsonSyntax', { detail: jsonErrorDetail((e as Error).message, text, lang) }));
  }
  if (scan.duplicate) {
    const { path, line } = scan.duplicate;
    const detail = `${t(lang, 'duplicateKey', { path })} (${t(lang, 'atLine', { line })})`;
    throw syntaxError(t(lang, 'jsonSyntax', { detail }), { path, line });
  }
  return data;
}
