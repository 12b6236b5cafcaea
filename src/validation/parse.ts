// Turns the text of a YAML or JSON file into a plain object, refusing hostile or oversized input.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from 'yaml';
import { ArmoedetoetsError, type FieldIssue } from '../errors.js';
import { t } from '../i18n.js';
import type { Lang } from '../types.js';
import { parseJson } from './json.js';
import { yamlTooDeepAt } from './yaml-depth.js';

/** Inputs are forms of a few kB; 1 MiB leaves ample room and bounds every later step. */
export const MAX_INPUT_BYTES = 1024 * 1024;
/**
 * A saved assessment (`--format json`) carries the input and every trace: more room than an input.
 * The one limit for every reader of saved assessments (`report`, `--previous`).
 */
export const MAX_SAVED_BYTES = 20 * 1024 * 1024;
/** Levels below the top object; real inputs use about 5. Deeper nesting is refused before the parser recurses into it. */
export const MAX_DEPTH = 20;
/** A saved assessment holds the input one level down (under `input`), its traces a few levels deep. */
export const MAX_SAVED_DEPTH = MAX_DEPTH + 4;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface ParseLimits {
  maxBytes: number;
  maxDepth: number;
}
export const INPUT_LIMITS: ParseLimits = { maxBytes: MAX_INPUT_BYTES, maxDepth: MAX_DEPTH };
export const SAVED_LIMITS: ParseLimits = { maxBytes: MAX_SAVED_BYTES, maxDepth: MAX_SAVED_DEPTH };

export type InputFormat = 'json' | 'yaml';

export function detectFormat(name: string, text: string): InputFormat {
  if (/\.ya?ml$/i.test(name)) return 'yaml';
  if (/\.json$/i.test(name)) return 'json';
  return /^\s*[[{]/.test(text) ? 'json' : 'yaml';
}

function checkKeys(value: unknown, path: string, depth: number, maxDepth: number, lang: Lang, issues: FieldIssue[]): void {
  if (depth > maxDepth) {
    issues.push({ path: path || t(lang, 'root'), message: t(lang, 'tooDeep', { max: maxDepth }) });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => checkKeys(v, `${path}[${i}]`, depth + 1, maxDepth, lang, issues));
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      const sub = path ? `${path}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key)) issues.push({ path: sub, message: t(lang, 'forbiddenKey', { key }) });
      else checkKeys((value as Record<string, unknown>)[key], sub, depth + 1, maxDepth, lang, issues);
    }
  }
}

// The YAML errors people make most, in their language; others keep the library's English text.
const YAML_PROBLEMS: Record<string, Record<Lang, string>> = {
  BAD_INDENT: { nl: 'verkeerd ingesprongen', fr: 'mauvaise indentation', en: 'bad indentation' },
  MISSING_CHAR: {
    nl: 'een afsluitend teken ontbreekt (bv. een aanhalingsteken)',
    fr: 'un caractère de fermeture manque (p.ex. un guillemet)',
    en: 'a closing character is missing (e.g. a quote)',
  },
  MULTILINE_IMPLICIT_KEY: {
    nl: 'een sleutel loopt over meerdere regels (ontbreekt een aanhalingsteken of dubbelpunt?)',
    fr: "une clé s'étend sur plusieurs lignes (guillemet ou deux-points manquant ?)",
    en: 'a key spans several lines (missing quote or colon?)',
  },
  BLOCK_AS_IMPLICIT_KEY: {
    nl: 'ongeldige sleutel (ontbreekt een dubbelpunt?)',
    fr: 'clé invalide (deux-points manquant ?)',
    en: 'invalid key (missing colon?)',
  },
  TAB_AS_INDENT: {
    nl: 'tabs mogen niet inspringen; gebruik spaties',
    fr: 'les tabulations ne peuvent pas indenter ; utilisez des espaces',
    en: 'tabs cannot indent; use spaces',
  },
};

function yamlProblem(code: string, message: string, lang: Lang): string {
  return YAML_PROBLEMS[code]?.[lang] ?? message.split('\n')[0] ?? code;
}

/**
 * The first key that appears twice in one mapping, with its path (`meta.list[0].a`) and offset.
 * The parser's own check (uniqueKeys) compares every key with every other: minutes for 60,000 keys.
 * Keys are compared as JavaScript sees them (`1` and "1" collide). Walks without recursion.
 */
function duplicateKey(doc: Document): { path: string; offset: number } | null {
  const todo: { node: unknown; path: string }[] = [{ node: doc.contents, path: '' }];
  while (todo.length > 0) {
    const { node, path } = todo.pop() as { node: unknown; path: string };
    if (isMap(node)) {
      const seen = new Set<string>();
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const sub = path ? `${path}.${key}` : key;
        if (seen.has(key)) return { path: sub, offset: (pair.key as { range?: number[] } | null)?.range?.[0] ?? 0 };
        seen.add(key);
        todo.push({ node: pair.value, path: sub });
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => todo.push({ node: item, path: `${path}[${i}]` }));
    }
  }
  return null;
}

function syntaxError(message: string): ArmoedetoetsError {
  return new ArmoedetoetsError('INPUT_SYNTAX', message, { issues: [{ path: '', message }] });
}

function tooDeep(lang: Lang, maxDepth: number, line: number): ArmoedetoetsError {
  const issue = { path: `${t(lang, 'root')} (${t(lang, 'atLine', { line })})`, message: t(lang, 'tooDeep', { max: maxDepth }) };
  return new ArmoedetoetsError('INPUT_INVALID', t(lang, 'inputInvalid', { count: 1 }), { issues: [issue] });
}

function parseYaml(text: string, lang: Lang, maxDepth: number): unknown {
  // The parser recurses once per level: refuse deep nesting before it starts.
  const deepAt = yamlTooDeepAt(text, maxDepth + 1);
  if (deepAt !== null) throw tooDeep(lang, maxDepth, deepAt);
  // yaml 2 keeps __proto__ as an own key and refuses more than maxAliasCount alias expansions.
  const lines = new LineCounter();
  const doc = parseDocument(text, { uniqueKeys: false, prettyErrors: true, version: '1.2', lineCounter: lines });
  const first = doc.errors[0];
  if (first) {
    const line = first.linePos?.[0]?.line ?? '?';
    throw syntaxError(t(lang, 'yamlSyntax', { line, detail: yamlProblem(first.code, first.message, lang) }));
  }
  const dup = duplicateKey(doc);
  if (dup) throw syntaxError(t(lang, 'yamlSyntax', { line: lines.linePos(dup.offset).line, detail: t(lang, 'duplicateKey', { path: dup.path }) }));
  try {
    return doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    const msg = (e as Error).message;
    throw syntaxError(/alias/i.test(msg) ? t(lang, 'yamlAliases') : t(lang, 'yamlSyntax', { line: '?', detail: msg }));
  }
}

/**
 * Parses input text (a leading BOM is skipped). Throws INPUT_TOO_LARGE, INPUT_SYNTAX (also for a
 * duplicate key, JSON as YAML) or INPUT_INVALID (not an object, forbidden keys, nested too deep),
 * with messages in `lang`. `limits` is INPUT_LIMITS, or SAVED_LIMITS for a saved assessment.
 */
export function parseInputText(text: string, format: InputFormat, lang: Lang = 'nl', limits: ParseLimits = INPUT_LIMITS): Record<string, unknown> {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const size = Buffer.byteLength(text, 'utf8');
  if (size > limits.maxBytes) {
    const message = t(lang, 'inputTooLarge', { size, max: limits.maxBytes });
    throw new ArmoedetoetsError('INPUT_TOO_LARGE', message, { issues: [{ path: '', message }] });
  }
  if (text.trim() === '') throw syntaxError(t(lang, 'inputEmpty'));

  const data = format === 'json' ? parseJson(text, lang, limits.maxDepth) : parseYaml(text, lang, limits.maxDepth);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    const type = Array.isArray(data) ? 'array' : data === null ? 'null' : typeof data;
    const message = t(lang, 'notAnObject', { type });
    throw new ArmoedetoetsError('INPUT_INVALID', message, { issues: [{ path: '', message }] });
  }
  const issues: FieldIssue[] = [];
  checkKeys(data, '', 0, limits.maxDepth, lang, issues);
  if (issues.length > 0) {
    throw new ArmoedetoetsError('INPUT_INVALID', t(lang, 'inputInvalid', { count: issues.length }), { issues });
  }
  return data as Record<string, unknown>;
}
