// The wizard's texts per language: a catalogue keyed by the field's path (schema-form.ts), in
// templates/pages/fields/<lang>.json: a title and a help text per field, service-audit wordings where
// they differ from a proposal's, and a label per choice value. The schema's own Dutch title and
// description are the fallback, so a field added to a schema shows at once (the catalogue test then
// asks for its three languages).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Lang, SubjectKind } from '../../types.js';
import { PAGES_DIR } from '../pages/render.js';
import type { FormField } from './schema-form.js';

export interface FieldText {
  title: string;
  help?: string;
}

export interface Catalogue {
  /** Per path: the texts shown for a proposal (and for a service audit unless `serviceAudit` has its own). */
  fields: Record<string, FieldText>;
  /** Per path: a service audit's own wording, where it differs. */
  serviceAudit: Record<string, FieldText>;
  /** Per path, per value: the label of a choice. */
  choices: Record<string, Record<string, string>>;
}

const cache = new Map<Lang, Catalogue>();

export function catalogueFile(lang: Lang): string {
  return join(PAGES_DIR, 'fields', `${lang}.json`);
}

export function catalogue(lang: Lang): Catalogue {
  let c = cache.get(lang);
  if (!c) {
    const file = catalogueFile(lang);
    const raw = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Partial<Catalogue>) : {};
    c = { fields: raw.fields ?? {}, serviceAudit: raw.serviceAudit ?? {}, choices: raw.choices ?? {} };
    cache.set(lang, c);
  }
  return c;
}

/** A field's title and help in `lang`, for a proposal or a service audit. */
export function fieldText(lang: Lang, kind: SubjectKind, field: Pick<FormField, 'path' | 'key' | 'schemaTitle' | 'schemaDescription'>): FieldText {
  const c = catalogue(lang);
  const own = (kind === 'service-audit' ? c.serviceAudit[field.path] : undefined) ?? c.fields[field.path];
  if (own) return own;
  return { title: field.schemaTitle ?? field.key, ...(field.schemaDescription ? { help: field.schemaDescription } : {}) };
}

/** The label of one choice of a field in `lang` (the value itself when the catalogue has none yet). */
export function choiceLabel(lang: Lang, path: string, value: string): string {
  return catalogue(lang).choices[path]?.[value] ?? value;
}
