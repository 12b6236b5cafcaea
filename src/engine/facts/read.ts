// Small pure readers that turn raw input values into fact values (null = not known).
import type { FactValue } from '../../types.js';
import type { FactInput, Section, SectionName } from './types.js';

export type Obj = Record<string, unknown>;

/** yes / ja / true → true; no / nee / false → false; unknown, onbekend or absent → null. */
export function answer(v: unknown): boolean | null {
  if (v === true || v === 'yes' || v === 'ja') return true;
  if (v === false || v === 'no' || v === 'nee') return false;
  return null;
}

export function num(v: unknown): number | null {
  return typeof v === 'number' && Number.isFinite(v) ? v : null;
}

export function str(v: unknown): string | null {
  return typeof v === 'string' && v.trim() !== '' ? v : null;
}

export function obj(v: unknown): Obj {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {};
}

export function list(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}

/** Reads a dotted path (`a.b.c`) from an object; undefined when any step is missing. */
export function at(root: unknown, path: string): unknown {
  let cur: unknown = root;
  for (const key of path.split('.')) {
    if (cur === null || typeof cur !== 'object' || Array.isArray(cur)) return undefined;
    cur = Object.prototype.hasOwnProperty.call(cur, key) ? (cur as Obj)[key] : undefined;
  }
  return cur;
}

/**
 * One section of the input, typed by its schema: `section(input, 'housing').depositSupport`, where a
 * misspelled field is a compile error. The input has been validated against the schema before facts
 * are derived (and `{}` is a valid section), so the type holds; an absent or malformed section reads
 * as `{}`, and values are still read through answer/num/str/list, which accept anything.
 */
export function section<K extends SectionName>(input: FactInput, name: K): Section<K> {
  return obj(at(input, name)) as Section<K>;
}

/** Three-valued AND: false wins, then unknown. */
export function and3(...vals: (boolean | null)[]): boolean | null {
  if (vals.some((v) => v === false)) return false;
  if (vals.some((v) => v === null)) return null;
  return true;
}

/** Three-valued OR: true wins, then unknown. */
export function or3(...vals: (boolean | null)[]): boolean | null {
  if (vals.some((v) => v === true)) return true;
  if (vals.some((v) => v === null)) return null;
  return false;
}

export function not3(v: boolean | null): boolean | null {
  return v === null ? null : !v;
}

/** Rounds to 4 decimals so that shares and amounts print and compare stably. */
export function round4(n: number | null): number | null {
  return n === null ? null : Math.round(n * 10000) / 10000;
}

/** True when a section holds at least one answered field. */
export function hasContent(v: unknown): boolean {
  if (Array.isArray(v)) return v.length > 0;
  if (v !== null && typeof v === 'object') return Object.values(v).some(hasContent);
  return v !== undefined && v !== null && v !== '' && v !== 'unknown' && v !== 'onbekend';
}

/**
 * How many of a set of conditions hold: 'all', 'some', 'none', or null when the unknown answers
 * could still change that.
 */
export function coverage(vals: (boolean | null)[]): 'all' | 'some' | 'none' | null {
  const yes = vals.filter((v) => v === true).length;
  const no = vals.filter((v) => v === false).length;
  if (yes === vals.length) return 'all';
  if (no === vals.length) return 'none';
  if (yes > 0 && no > 0) return 'some';
  return null;
}

export type { FactValue };
