// What changed between two versions of a dossier, as data: the inputs compared field by field (a flat
// list of paths such as "affordability.prices[1].amount" with the old and the new value), and the
// knock-outs that appeared or went away. Pure: the compare page names and words what this finds.

/** A value the page shows in one cell: a scalar, or a list of scalars (choices, short texts). */
export type Leaf = string | number | boolean | null | readonly (string | number | boolean | null)[];

export interface FieldChange {
  /** Property names joined by dots, row indexes (from 0) in brackets: "affordability.prices[1].amount". */
  path: string;
  /** Absent in the old version (added). */
  before?: Leaf;
  /** Absent in the new version (removed). */
  after?: Leaf;
}

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

const isScalar = (v: unknown): v is string | number | boolean | null => v === null || ['string', 'number', 'boolean'].includes(typeof v);

/**
 * Every leaf of an input by its path, in document order. A list of scalars is one leaf; a list of objects
 * gives a path per row. Empty objects and empty lists give nothing: empty and absent read the same.
 */
export function flattenInput(value: unknown, prefix = '', out: Map<string, Leaf> = new Map()): Map<string, Leaf> {
  if (isScalar(value)) {
    if (prefix !== '') out.set(prefix, value);
  } else if (Array.isArray(value)) {
    if (value.length > 0 && value.every(isScalar)) out.set(prefix, value as Leaf);
    else value.forEach((v: unknown, i) => flattenInput(v, `${prefix}[${i}]`, out));
  } else if (typeof value === 'object') {
    for (const [k, v] of Object.entries(value as Record<string, Json>)) flattenInput(v, prefix === '' ? k : `${prefix}.${k}`, out);
  }
  return out;
}

const same = (a: Leaf, b: Leaf): boolean => (Array.isArray(a) || Array.isArray(b) ? JSON.stringify(a) === JSON.stringify(b) : a === b);

/**
 * The fields that differ between two inputs, in the new input's order; a field only the old one had
 * comes right after the field it followed there.
 */
export function diffInputs(before: unknown, after: unknown): FieldChange[] {
  const old = flattenInput(before);
  const now = flattenInput(after);
  const order = [...now.keys()];
  let previous: string | undefined;
  for (const key of old.keys()) {
    if (!now.has(key)) order.splice(previous === undefined ? 0 : order.indexOf(previous) + 1, 0, key);
    previous = key;
  }
  const changes: FieldChange[] = [];
  for (const path of order) {
    const b = old.get(path);
    const a = now.get(path);
    if (b !== undefined && a !== undefined && same(b, a)) continue;
    changes.push({ path, ...(b !== undefined ? { before: b } : {}), ...(a !== undefined ? { after: a } : {}) });
  }
  return changes;
}

export interface PathPart {
  key: string;
  /** The row (from 0) when the part is a row of a list. */
  index?: number;
}

/** "a.b[2].c" → a; b, row 2; c. */
export function pathParts(path: string): PathPart[] {
  return path.split('.').map((segment) => {
    const m = /^(.*?)\[(\d+)\]$/.exec(segment);
    return m ? { key: m[1] as string, index: Number(m[2]) } : { key: segment };
  });
}

/** The form model's (and the catalogue's) key of a path: rows without their number, "a.b[].c". */
export const catalogueKey = (path: string): string => path.replace(/\[\d+\]/g, '[]');

/** The catalogue key of each leading part of a path: "a.b[2].c" → "a", "a.b", "a.b[].c". */
export function prefixKeys(path: string): string[] {
  const parts = pathParts(path);
  return parts.map((_, i) =>
    parts
      .slice(0, i + 1)
      .map((p, j) => (p.index !== undefined && j < i ? `${p.key}[]` : p.key))
      .join('.'),
  );
}

export interface KnockoutChanges {
  appeared: string[];
  gone: string[];
}

/** Knock-outs (check ids) in the new verdict and not the old one, and the other way round. */
export function knockoutChanges(before: readonly string[], after: readonly string[]): KnockoutChanges {
  return { appeared: after.filter((id) => !before.includes(id)), gone: before.filter((id) => !after.includes(id)) };
}

export interface TextPart {
  text: string;
  /** Only in the old text (del), only in the new one (ins), or in both (same). */
  op: 'same' | 'del' | 'ins';
}

/** Longer texts than this many words on both sides (their product) are shown whole: the table below grows with it. */
const WORD_DIFF_CELLS = 1_000_000;

const words = (s: string): string[] => s.match(/\s*\S+\s*/g) ?? (s === '' ? [] : [s]);

function pushPart(parts: TextPart[], text: string, op: TextPart['op']): void {
  const last = parts[parts.length - 1];
  if (last && last.op === op) last.text += text;
  else parts.push({ text, op });
}

/**
 * Two texts word by word (the longest common subsequence of their words): the parts both share, the
 * parts only the old one has and the parts only the new one has, in reading order. Joining the `same`
 * and `del` parts gives the old text back; `same` and `ins`, the new one.
 */
export function wordDiff(before: string, after: string): TextPart[] {
  const a = words(before);
  const b = words(after);
  if (a.length * b.length > WORD_DIFF_CELLS)
    return [...(before ? [{ text: before, op: 'del' as const }] : []), ...(after ? [{ text: after, op: 'ins' as const }] : [])];
  // lcs[i][j]: the length of the longest common subsequence of a[i..] and b[j..]
  const lcs = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i--) {
    const row = lcs[i] as Uint32Array;
    const next = lcs[i + 1] as Uint32Array;
    for (let j = b.length - 1; j >= 0; j--) row[j] = a[i] === b[j] ? (next[j + 1] as number) + 1 : Math.max(next[j] as number, row[j + 1] as number);
  }
  const parts: TextPart[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      pushPart(parts, a[i++] as string, 'same');
      j++;
    } else if (i < a.length && (j === b.length || (lcs[i + 1]?.[j] as number) >= (lcs[i]?.[j + 1] as number))) pushPart(parts, a[i++] as string, 'del');
    else pushPart(parts, b[j++] as string, 'ins');
  }
  return parts;
}
