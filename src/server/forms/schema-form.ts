// The wizard's form model, read from the input schemas (schemas/proposal.schema.json and
// schemas/service-audit.schema.json): one field per schema property, with the control its type calls
// for. A field added to a schema appears here, and so in the wizard, without a template change.
//
// A field's path is its catalogue key: property names joined by dots, `[]` for the items of a list
// ("affordability.prices[].amount"); the same path whichever schema and whichever row.
import { readFileSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { SCHEMAS_DIR } from '../../paths.js';
import type { SubjectKind } from '../../types.js';

/**
 * The control a field gets:
 * - answer: yes / no / "weet ik niet" (the schema's answer type);
 * - choice: one of `choices` (radio buttons or a select);
 * - choices: several of `choices` (a list of enum values: checkboxes);
 * - number / integer: a number input with `min`, `max` and `unit`;
 * - text (one line), longtext (a text area), date (YYYY-MM-DD);
 * - texts: a list of short texts (one per line);
 * - group: an object, its `children` shown together;
 * - rows: a list of objects, each row with `children` (add and remove rows).
 */
export type FieldKind = 'answer' | 'choice' | 'choices' | 'number' | 'integer' | 'text' | 'longtext' | 'date' | 'texts' | 'group' | 'rows';

/** What a number means, from the common type it uses (common.schema.json). */
export type Unit = 'euro' | 'share' | 'count' | 'days' | 'minutes';

export interface FormField {
  /** Catalogue key, e.g. "affordability.prices[].amount". */
  path: string;
  /** The property name (the last part of the path). */
  key: string;
  kind: FieldKind;
  required: boolean;
  /** The values to offer (choice, choices, answer), in the schema's order, without Dutch aliases and booleans. */
  choices?: string[];
  /**
   * The value that stands for "weet ik niet" when the schema allows one ("unknown"). Numbers, texts and
   * dates have none: leaving them empty is what says "not known" to the engine.
   */
  unknownValue?: string;
  unit?: Unit;
  min?: number;
  max?: number;
  maxLength?: number;
  maxItems?: number;
  /** The schema's own Dutch title and description (the catalogue has the texts shown in each language). */
  schemaTitle?: string;
  schemaDescription?: string;
  children?: FormField[];
}

/** One step of the wizard: a top-level section of the input (meta, screening, affordability …). */
export interface FormSection {
  key: string;
  field: FormField;
}

export const SCHEMA_FILES: Record<SubjectKind, string> = {
  proposal: 'proposal.schema.json',
  'service-audit': 'service-audit.schema.json',
};

type Json = Record<string, unknown>;

/** Dutch spellings the schemas accept beside the canonical value; the wizard offers only the canonical one. */
const ALIASES: Record<string, string> = { ja: 'yes', nee: 'no', onbekend: 'unknown' };
const UNKNOWN = 'unknown';
const UNITS: readonly string[] = ['euro', 'share', 'count', 'days', 'minutes'] satisfies Unit[];

const fileCache = new Map<string, Json>();
function readSchema(file: string): Json {
  let s = fileCache.get(file);
  if (!s) {
    s = JSON.parse(readFileSync(file, 'utf8')) as Json;
    fileCache.set(file, s);
  }
  return s;
}

/** A `$ref` resolved against the file it appears in: the node, its file, and the name of a common type it names. */
function resolveRef(ref: string, file: string): { node: Json; file: string; defName?: string } {
  const [rel = '', fragment = ''] = ref.split('#');
  const target = rel ? normalize(join(dirname(file), rel)) : file;
  let node: unknown = readSchema(target);
  const parts = fragment.split('/').filter(Boolean);
  for (const p of parts) node = (node as Json)[p];
  if (typeof node !== 'object' || node === null) throw new Error(`schema: $ref ${ref} in ${file} points at nothing`);
  const defName = parts[0] === '$defs' ? parts[1] : undefined;
  return { node: node as Json, file: target, ...(defName ? { defName } : {}) };
}

/** The node with its `$ref` chain followed; the referring node's own keywords (title, description) win. */
function deref(node: Json, file: string): { node: Json; file: string; defNames: string[] } {
  let current = node;
  let at = file;
  const defNames: string[] = [];
  while (typeof current['$ref'] === 'string') {
    const { $ref, ...own } = current;
    const r = resolveRef($ref as string, at);
    if (r.defName) defNames.push(r.defName);
    current = { ...r.node, ...own };
    at = r.file;
  }
  return { node: current, file: at, defNames };
}

function canonicalChoices(values: unknown[]): { choices: string[]; unknownValue?: string } {
  const strings = values.filter((v): v is string => typeof v === 'string');
  const choices = strings.filter((v) => !(v in ALIASES && strings.includes(ALIASES[v] as string)));
  return { choices, ...(choices.includes(UNKNOWN) ? { unknownValue: UNKNOWN } : {}) };
}

function field(raw: Json, file: string, path: string, key: string, required: boolean): FormField {
  const { node, file: at, defNames } = deref(raw, file);
  const base = {
    path,
    key,
    required,
    ...(typeof node['title'] === 'string' ? { schemaTitle: node['title'] } : {}),
    ...(typeof node['description'] === 'string' ? { schemaDescription: node['description'] } : {}),
  };
  const unit = defNames.find((d) => UNITS.includes(d)) as Unit | undefined;
  const bounds = {
    ...(typeof node['minimum'] === 'number' ? { min: node['minimum'] } : {}),
    ...(typeof node['maximum'] === 'number' ? { max: node['maximum'] } : {}),
  };
  if (Array.isArray(node['enum'])) {
    const { choices, unknownValue } = canonicalChoices(node['enum']);
    const isAnswer = defNames.includes('answer');
    return { ...base, kind: isAnswer ? 'answer' : 'choice', choices, ...(unknownValue ? { unknownValue } : {}) };
  }
  const type = node['type'];
  if (type === 'object' || node['properties']) {
    const props = (node['properties'] ?? {}) as Record<string, Json>;
    const req = new Set((node['required'] ?? []) as string[]);
    // A fixed value (`const`, such as the root's `kind`) is set by the wizard, never asked.
    const children = Object.entries(props)
      .filter(([, v]) => !('const' in deref(v, at).node))
      .map(([k, v]) => field(v, at, path ? `${path}.${k}` : k, k, req.has(k)));
    return { ...base, kind: 'group', children };
  }
  if (type === 'array') {
    const maxItems = typeof node['maxItems'] === 'number' ? { maxItems: node['maxItems'] } : {};
    const items = deref((node['items'] ?? {}) as Json, at);
    if (Array.isArray(items.node['enum'])) return { ...base, ...maxItems, kind: 'choices', choices: canonicalChoices(items.node['enum']).choices };
    if (items.node['type'] === 'string') {
      const maxLength = typeof items.node['maxLength'] === 'number' ? { maxLength: items.node['maxLength'] } : {};
      return { ...base, ...maxItems, ...maxLength, kind: 'texts' };
    }
    const row = field(node['items'] as Json, at, `${path}[]`, key, false);
    return { ...base, ...maxItems, kind: 'rows', children: row.children ?? [] };
  }
  if (type === 'number' || type === 'integer') return { ...base, ...bounds, ...(unit ? { unit } : {}), kind: type };
  if (type === 'string') {
    if (node['format'] === 'date') return { ...base, kind: 'date' };
    const maxLength = typeof node['maxLength'] === 'number' ? node['maxLength'] : undefined;
    return { ...base, kind: maxLength !== undefined && maxLength <= 200 ? 'text' : 'longtext', ...(maxLength !== undefined ? { maxLength } : {}) };
  }
  throw new Error(`schema: ${path} has a type the wizard cannot show (${JSON.stringify(type ?? null)})`);
}

const modelCache = new Map<SubjectKind, FormSection[]>();

/** The wizard's steps for a kind of input: every top-level section, in the schema's order (`kind` is fixed, not asked). */
export function formModel(kind: SubjectKind): FormSection[] {
  const cached = modelCache.get(kind);
  if (cached) return cached;
  const file = join(SCHEMAS_DIR, SCHEMA_FILES[kind]);
  const root = field(readSchema(file), file, '', '', true);
  const sections = (root.children ?? []).map((f) => ({ key: f.key, field: f }));
  modelCache.set(kind, sections);
  return sections;
}

/** Every field of a kind's model, depth first (groups and rows included, before their children). */
export function allFields(kind: SubjectKind): FormField[] {
  const out: FormField[] = [];
  const visit = (f: FormField): void => {
    out.push(f);
    for (const c of f.children ?? []) visit(c);
  };
  for (const s of formModel(kind)) visit(s.field);
  return out;
}
