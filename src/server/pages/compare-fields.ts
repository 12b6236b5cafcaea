// The compare page's changed fields in words: each path named by the wizard's field titles (the
// catalogue, by the form model's keys), rows numbered from 1, values as a person reads them (choices by
// their label, dates written out, yes and no, "(leeg)" for nothing).
import { formatDate, formatFine } from '../../report/format.js';
import type { Lang, SubjectKind } from '../../types.js';
import { choiceLabel, fieldText } from '../forms/catalogue.js';
import { allFields, type FormField } from '../forms/schema-form.js';
import { catalogueKey, pathParts, prefixKeys, wordDiff, type FieldChange, type Leaf } from './compare-diff.js';
import { pageLabel } from './render.js';

export interface ChangedFieldRow {
  path: string;
  name: string;
  before: string;
  after: string;
  /** For a text of several words on both sides: each side in parts, the words that changed marked. */
  beforeParts: { text: string; changed: boolean }[] | null;
  afterParts: { text: string; changed: boolean }[] | null;
}

const isWords = (v: Leaf | undefined): v is string => typeof v === 'string' && /\S\s+\S/.test(v);

/** Both sides of a changed text, word by word; null when either side is not a text of several words. */
function textParts(c: FieldChange): Pick<ChangedFieldRow, 'beforeParts' | 'afterParts'> {
  if (!isWords(c.before) || !isWords(c.after)) return { beforeParts: null, afterParts: null };
  const parts = wordDiff(c.before, c.after);
  const side = (keep: 'del' | 'ins') => parts.filter((p) => p.op === 'same' || p.op === keep).map((p) => ({ text: p.text, changed: p.op === keep }));
  return { beforeParts: side('del'), afterParts: side('ins') };
}

const fieldsByKey = new Map<SubjectKind, Map<string, FormField>>();
function fieldsOf(kind: SubjectKind): Map<string, FormField> {
  let m = fieldsByKey.get(kind);
  if (!m) fieldsByKey.set(kind, (m = new Map(allFields(kind).map((f) => [f.path, f]))));
  return m;
}

/** "Betaalbaarheid › Prijzen (rij 2) › Bedrag" for "affordability.prices[1].amount"; a part the form model lacks keeps its key. */
export function fieldName(lang: Lang, kind: SubjectKind, path: string): string {
  const fields = fieldsOf(kind);
  const parts = pathParts(path);
  return prefixKeys(path)
    .map((key, i) => {
      const part = parts[i] as { key: string; index?: number };
      const f = fields.get(key);
      const title = f ? fieldText(lang, kind, f).title : part.key;
      return part.index === undefined ? title : `${title} (${pageLabel(lang, 'compareRow', { n: part.index + 1 })})`;
    })
    .join(' › ');
}

function scalarText(lang: Lang, field: FormField | undefined, v: string | number | boolean | null): string {
  if (v === null || v === '') return pageLabel(lang, 'compareEmpty');
  if (typeof v === 'boolean') return pageLabel(lang, v ? 'compareYes' : 'compareNo');
  if (typeof v === 'number') return formatFine(v, lang);
  if (field?.kind === 'date') return formatDate(v, lang);
  if (field?.choices) return choiceLabel(lang, field.path, v);
  return v;
}

/** A value of a field as the page shows it; absent is "(leeg)". */
export function valueText(lang: Lang, kind: SubjectKind, path: string, v: Leaf | undefined): string {
  if (v === undefined) return pageLabel(lang, 'compareEmpty');
  const field = fieldsOf(kind).get(catalogueKey(path));
  if (Array.isArray(v)) return v.map((x: string | number | boolean | null) => scalarText(lang, field, x)).join(', ');
  return scalarText(lang, field, v as string | number | boolean | null);
}

export function changedFieldRows(lang: Lang, kind: SubjectKind, changes: FieldChange[]): ChangedFieldRow[] {
  return changes.map((c) => ({
    path: c.path,
    name: fieldName(lang, kind, c.path),
    before: valueText(lang, kind, c.path, c.before),
    after: valueText(lang, kind, c.path, c.after),
    ...textParts(c),
  }));
}
