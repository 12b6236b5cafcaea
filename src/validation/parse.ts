// Turns the bytes of a YAML or JSON file into a plain object, refusing hostile or oversized input.
import { parseDocument } from 'yaml';
import { ArmoedetoetsError, type FieldIssue } from '../errors.js';
import { t } from '../i18n.js';
import type { Lang } from '../types.js';

/** Inputs are forms of a few kB; 1 MiB leaves ample room and bounds every later step. */
export const MAX_INPUT_BYTES = 1024 * 1024;
const MAX_DEPTH = 20;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export type InputFormat = 'json' | 'yaml';

export function detectFormat(name: string, text: string): InputFormat {
  if (/\.ya?ml$/i.test(name)) return 'yaml';
  if (/\.json$/i.test(name)) return 'json';
  return /^\s*[[{]/.test(text) ? 'json' : 'yaml';
}

function checkKeys(value: unknown, path: string, depth: number, lang: Lang, issues: FieldIssue[]): void {
  if (depth > MAX_DEPTH) {
    issues.push({ path: path || t(lang, 'root'), message: t(lang, 'tooDeep', { max: MAX_DEPTH }) });
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v, i) => checkKeys(v, `${path}[${i}]`, depth + 1, lang, issues));
  } else if (value !== null && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      const sub = path ? `${path}.${key}` : key;
      if (FORBIDDEN_KEYS.has(key)) issues.push({ path: sub, message: t(lang, 'forbiddenKey', { key }) });
      else checkKeys((value as Record<string, unknown>)[key], sub, depth + 1, lang, issues);
    }
  }
}

// The YAML errors people make most, in their language; others keep the library's English text.
const YAML_PROBLEMS: Record<string, Record<Lang, string>> = {
  DUPLICATE_KEY: { nl: 'dubbele sleutel', fr: 'clé en double', en: 'duplicate key' },
  BAD_INDENT: { nl: 'verkeerd ingesprongen', fr: 'mauvaise indentation', en: 'bad indentation' },
  MISSING_CHAR: { nl: 'een afsluitend teken ontbreekt (bv. een aanhalingsteken)', fr: 'un caractère de fermeture manque (p.ex. un guillemet)', en: 'a closing character is missing (e.g. a quote)' },
  MULTILINE_IMPLICIT_KEY: { nl: 'een sleutel loopt over meerdere regels (ontbreekt een aanhalingsteken of dubbelpunt?)', fr: 'une clé s\'étend sur plusieurs lignes (guillemet ou deux-points manquant ?)', en: 'a key spans several lines (missing quote or colon?)' },
  BLOCK_AS_IMPLICIT_KEY: { nl: 'ongeldige sleutel (ontbreekt een dubbelpunt?)', fr: 'clé invalide (deux-points manquant ?)', en: 'invalid key (missing colon?)' },
  TAB_AS_INDENT: { nl: 'tabs mogen niet inspringen; gebruik spaties', fr: 'les tabulations ne peuvent pas indenter ; utilisez des espaces', en: 'tabs cannot indent; use spaces' },
};

function yamlProblem(code: string, message: string, lang: Lang): string {
  return YAML_PROBLEMS[code]?.[lang] ?? message.split('\n')[0] ?? code;
}

function syntaxError(message: string): ArmoedetoetsError {
  return new ArmoedetoetsError('INPUT_SYNTAX', message, { issues: [{ path: '', message }] });
}

/** Parses input text. Throws INPUT_TOO_LARGE, INPUT_SYNTAX or INPUT_INVALID with Dutch (or chosen) messages. */
export function parseInputText(text: string, format: InputFormat, lang: Lang = 'nl'): Record<string, unknown> {
  const size = Buffer.byteLength(text, 'utf8');
  if (size > MAX_INPUT_BYTES) {
    const message = t(lang, 'inputTooLarge', { size, max: MAX_INPUT_BYTES });
    throw new ArmoedetoetsError('INPUT_TOO_LARGE', message, { issues: [{ path: '', message }] });
  }
  if (text.trim() === '') throw syntaxError(t(lang, 'inputEmpty'));

  let data: unknown;
  if (format === 'json') {
    try {
      data = JSON.parse(text);
    } catch (e) {
      throw syntaxError(t(lang, 'jsonSyntax', { detail: (e as Error).message }));
    }
  } else {
    // yaml 2 keeps __proto__ as an own key and refuses more than maxAliasCount alias expansions.
    const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: true, version: '1.2' });
    const first = doc.errors[0];
    if (first) {
      const line = first.linePos?.[0]?.line ?? '?';
      throw syntaxError(t(lang, 'yamlSyntax', { line, detail: yamlProblem(first.code, first.message, lang) }));
    }
    try {
      data = doc.toJS({ maxAliasCount: 100 });
    } catch (e) {
      const msg = (e as Error).message;
      throw syntaxError(/alias/i.test(msg) ? t(lang, 'yamlAliases') : t(lang, 'yamlSyntax', { line: '?', detail: msg }));
    }
  }

  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    const type = Array.isArray(data) ? 'array' : data === null ? 'null' : typeof data;
    const message = t(lang, 'notAnObject', { type });
    throw new ArmoedetoetsError('INPUT_INVALID', message, { issues: [{ path: '', message }] });
  }
  const issues: FieldIssue[] = [];
  checkKeys(data, '', 0, lang, issues);
  if (issues.length > 0) {
    throw new ArmoedetoetsError('INPUT_INVALID', t(lang, 'inputInvalid', { count: issues.length }), { issues });
  }
  return data as Record<string, unknown>;
}
