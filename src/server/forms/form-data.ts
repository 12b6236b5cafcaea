// Between the wizard's form fields and the input JSON, both ways, pure. A form field's name is the
// field's path with its row numbers ("affordability.prices.0.amount", see schema-form.ts for the
// paths); a form posts flat fields (application/x-www-form-urlencoded).
//
// - Empty is absent. Numbers take Belgian decimal commas; a share (0–1) is typed as a percentage.
//   What is not a number is kept as typed, so the schema's own message says what is wrong and the
//   form shows it again.
// - "Weet ik niet" is the schema's unknown value where it has one (answers, choices with "unknown").
//   Elsewhere it leaves the field out (absent is unknown to the engine), and the draft remembers that
//   it was chosen (`<name>__unknown`) so the form shows it checked again. It is never "no".
// - Rows post their count (`<name>__rows`); a row left wholly empty is dropped.
// - A value that means the same as the one there was ("ja" and "yes", 12.5 and "12,50") keeps the
//   one there was, so an uploaded file that passes through the form comes out unchanged.
import type { Lang } from '../../types.js';
import { formatTypedNumber, parseTypedNumber } from './form-numbers.js';
import type { FormField, FormSection } from './schema-form.js';

/** Posted form fields: a name posted more than once (checkboxes) is a list. */
export type FormValues = Record<string, string | string[]>;

/** Suffix of the "weet ik niet" checkbox of a field that has no unknown value of its own. */
export const UNKNOWN_SUFFIX = '__unknown';
/** Suffix of the hidden field that says how many rows a list of rows showed. */
export const ROWS_SUFFIX = '__rows';
/** More rows than any schema allows, so a forged count cannot make the server loop. */
const MAX_ROWS = 200;
/** Sections whose fields have no "weet ik niet": what the input is about (its title, region, language) is known or has a default. */
const NO_UNKNOWN_MARK: readonly string[] = ['meta'];
/** Dutch spellings and booleans an input may use for an answer or a choice. */
const ALIASES: Record<string, string> = { ja: 'yes', nee: 'no', onbekend: 'unknown' };

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export interface ParseOptions {
  lang: Lang;
  /** A row to leave out (its form name, "affordability.prices.1"): the row's "verwijderen" button. */
  remove?: string;
}

/** The form name of a section's field: `section.a.b`, rows numbered (`affordability.prices.0.amount`). */
export const childName = (parent: string, key: string | number): string => `${parent}.${key}`;

/** Whether a field offers a "weet ik niet" checkbox: optional fields without an unknown value of their own, outside meta. */
export function offersUnknownMark(field: FormField, section: string): boolean {
  if (field.required || field.unknownValue !== undefined || NO_UNKNOWN_MARK.includes(section)) return false;
  return ['number', 'integer', 'date', 'choice', 'choices', 'texts'].includes(field.kind);
}

/** A share of 0–1 (the schema's share type) is shown and typed as a percentage. */
export const isPercent = (field: FormField): boolean => field.unit === 'share';

const first = (v: string | string[] | undefined): string | undefined => (Array.isArray(v) ? v[0] : v);
const all = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const lines = (s: string): string => s.replace(/\r\n?/g, '\n');

// ---------------------------------------------------------------- what the same value is

function canonicalScalar(v: unknown): unknown {
  if (v === true) return 'yes';
  if (v === false) return 'no';
  return typeof v === 'string' && v in ALIASES ? ALIASES[v] : v;
}

/**
 * A value reduced to what it means for the form: aliases to their canonical value, empty to absent,
 * line ends unified, choices as a set. Two values with the same canonical form are the same answer.
 */
export function canonical(field: FormField, v: unknown): unknown {
  if (v === undefined) return undefined;
  switch (field.kind) {
    case 'answer':
    case 'choice':
      return canonicalScalar(v);
    case 'choices':
      if (!Array.isArray(v)) return v;
      return v.length === 0 ? undefined : v.map(canonicalScalar).map(String).sort();
    case 'text':
      // A one-line field cannot hold a line break: a browser drops it.
      return typeof v === 'string' ? (v.trim() === '' ? undefined : v.replace(/[\r\n]/g, '')) : v;
    case 'longtext':
    case 'date':
      return typeof v === 'string' ? (v.trim() === '' ? undefined : lines(v)) : v;
    case 'texts': {
      if (!Array.isArray(v)) return v;
      const items = v.map((s) => (typeof s === 'string' ? s.trim() : s)).filter((s) => s !== '');
      return items.length === 0 ? undefined : items;
    }
    case 'group': {
      if (!isObject(v)) return v;
      const out: Json = {};
      for (const c of field.children ?? []) {
        const cv = canonical(c, v[c.key]);
        if (cv !== undefined) out[c.key] = cv;
      }
      return Object.keys(out).length === 0 ? undefined : out;
    }
    case 'rows': {
      if (!Array.isArray(v)) return v;
      const row: FormField = { ...field, kind: 'group' };
      const rows = v.map((r) => canonical(row, r)).filter((r) => r !== undefined);
      return rows.length === 0 ? undefined : rows;
    }
    default:
      return v;
  }
}

/** The same answer, whatever its spelling. */
export function sameValue(field: FormField, a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(field, a)) === JSON.stringify(canonical(field, b));
}

// ---------------------------------------------------------------- form → input

interface Parsed {
  value: unknown;
  /** Fields marked "weet ik niet", relative to this one ('' is the field itself). */
  marks: string[];
}

const under = (prefix: string | number, marks: string[]): string[] => marks.map((m) => (m === '' ? String(prefix) : `${prefix}.${m}`));

function parseLeaf(field: FormField, name: string, form: FormValues, o: ParseOptions): unknown {
  const raw = form[name];
  switch (field.kind) {
    case 'choices': {
      const picked = all(raw).filter((s) => s !== '');
      return picked.length > 0 ? picked : undefined;
    }
    case 'texts': {
      const items = lines(first(raw) ?? '')
        .split('\n')
        .map((s) => s.trim())
        .filter((s) => s !== '');
      return items.length > 0 ? items : undefined;
    }
    case 'number':
    case 'integer': {
      const typed = (first(raw) ?? '').trim();
      if (typed === '') return undefined;
      // Not a number: kept as typed, for the schema to name the problem and the form to show it again.
      return parseTypedNumber(typed, o.lang, isPercent(field)) ?? typed;
    }
    case 'text':
    case 'longtext':
    case 'date': {
      const s = first(raw) ?? '';
      return s.trim() === '' ? undefined : field.kind === 'date' ? s.trim() : lines(s);
    }
    default: {
      const s = first(raw) ?? '';
      return s === '' ? undefined : s;
    }
  }
}

function parseField(field: FormField, name: string, section: string, form: FormValues, o: ParseOptions, prev: unknown): Parsed {
  let parsed: Parsed;
  if (field.kind === 'group') {
    const out: Json = {};
    const marks: string[] = [];
    const before = isObject(prev) ? prev : {};
    for (const c of field.children ?? []) {
      const p = parseField(c, childName(name, c.key), section, form, o, before[c.key]);
      if (p.value !== undefined) out[c.key] = p.value;
      marks.push(...under(c.key, p.marks));
    }
    parsed = { value: Object.keys(out).length > 0 ? out : undefined, marks };
  } else if (field.kind === 'rows') {
    const count = Math.min(MAX_ROWS, Math.max(0, Number.parseInt(first(form[name + ROWS_SUFFIX]) ?? '0', 10) || 0));
    const before = Array.isArray(prev) ? prev : [];
    const row: FormField = { ...field, kind: 'group' };
    const rows: unknown[] = [];
    const marks: string[] = [];
    for (let i = 0; i < count; i++) {
      const rowName = childName(name, i);
      if (rowName === o.remove) continue;
      const p = parseField(row, rowName, section, form, o, before[i]);
      // A row left wholly empty is no row: its "weet ik niet" marks go with it.
      if (p.value === undefined) continue;
      marks.push(...under(rows.length, p.marks));
      rows.push(p.value);
    }
    parsed = { value: rows.length > 0 ? rows : undefined, marks };
  } else if (offersUnknownMark(field, section) && first(form[name + UNKNOWN_SUFFIX]) !== undefined) {
    // "Weet ik niet" wins over a value typed beside it: the field is left out, the choice remembered.
    parsed = { value: undefined, marks: [''] };
  } else {
    parsed = { value: parseLeaf(field, name, form, o), marks: [] };
  }
  return sameValue(field, prev, parsed.value) ? { ...parsed, value: prev } : parsed;
}

/**
 * A section of the input from its posted form: its value (undefined when nothing is filled in) and the
 * names of its fields marked "weet ik niet". `previous` is the section as it was: unchanged answers keep it.
 */
export function sectionFromForm(section: FormSection, form: FormValues, previous: unknown, o: ParseOptions): { value: unknown; unknowns: string[] } {
  const p = parseField(section.field, section.key, section.key, form, o, previous);
  return { value: p.value, unknowns: under(section.key, p.marks) };
}

// ---------------------------------------------------------------- input → form

function showScalar(field: FormField, v: unknown, lang: Lang): string | undefined {
  if (v === undefined || v === null) return undefined;
  if ((field.kind === 'number' || field.kind === 'integer') && typeof v === 'number') return formatTypedNumber(v, lang, isPercent(field));
  if (field.kind === 'answer' || field.kind === 'choice') return String(canonicalScalar(v));
  return typeof v === 'object' ? JSON.stringify(v) : String(v);
}

function showField(field: FormField, name: string, v: unknown, marked: ReadonlySet<string>, lang: Lang, out: FormValues): void {
  if (field.kind === 'group') {
    const obj = isObject(v) ? v : {};
    for (const c of field.children ?? []) showField(c, childName(name, c.key), obj[c.key], marked, lang, out);
    return;
  }
  if (field.kind === 'rows') {
    const rows = Array.isArray(v) ? v : [];
    out[name + ROWS_SUFFIX] = String(rows.length);
    const row: FormField = { ...field, kind: 'group' };
    rows.forEach((r, i) => showField(row, childName(name, i), r, marked, lang, out));
    return;
  }
  const c = canonical(field, v);
  if (c === undefined) {
    if (marked.has(name)) out[name + UNKNOWN_SUFFIX] = '1';
    return;
  }
  if (field.kind === 'choices' && Array.isArray(v)) out[name] = v.map((x) => String(canonicalScalar(x)));
  else if (field.kind === 'texts' && Array.isArray(v)) out[name] = v.map(String).join('\n');
  else {
    const s = showScalar(field, v, lang);
    if (s !== undefined) out[name] = s;
  }
}

/** The form values that show a section of the input (and its "weet ik niet" marks) again. */
export function sectionToForm(section: FormSection, value: unknown, unknowns: readonly string[], lang: Lang): FormValues {
  const out: FormValues = {};
  showField(section.field, section.key, value, new Set(unknowns), lang, out);
  return out;
}

/** The draft's marks for other sections, with this section's replaced. */
export function replaceMarks(unknowns: readonly string[], section: string, marks: readonly string[]): string[] {
  return [...unknowns.filter((u) => !u.startsWith(`${section}.`)), ...marks];
}
