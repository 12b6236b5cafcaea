// Turns ajv errors into field issues: a readable path and a message in the chosen language.
import { createRequire } from 'node:module';
import type { FieldIssue } from '../errors.js';
import { t } from '../i18n.js';
import type { Lang } from '../types.js';
import type { ErrorObject } from './ajv.js';

type Localizer = (errors: ErrorObject[] | null | undefined) => void;
const require = createRequire(import.meta.url);
const localizers: Record<Lang, Localizer> = {
  nl: require('ajv-i18n/localize/nl') as Localizer,
  fr: require('ajv-i18n/localize/fr') as Localizer,
  en: require('ajv-i18n/localize/en') as Localizer,
};

/** `/affordability/fees/0/price` → `affordability.fees[0].price`. */
export function formatPath(instancePath: string, extra?: string): string {
  const parts = instancePath
    .split('/')
    .slice(1)
    .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'));
  if (extra !== undefined) parts.push(extra);
  let out = '';
  for (const p of parts) out += /^\d+$/.test(p) ? `[${p}]` : out ? `.${p}` : p;
  return out;
}

function extraName(e: ErrorObject): string | undefined {
  const p = e.params as Record<string, unknown>;
  if (e.keyword === 'required') return String(p['missingProperty']);
  if (e.keyword === 'additionalProperties') return String(p['additionalProperty']);
  return undefined;
}

/** Localized, de-duplicated issues; composite keywords (anyOf/oneOf) are dropped when a child error explains them. */
export function toFieldIssues(errors: ErrorObject[], lang: Lang): FieldIssue[] {
  const copies = errors.map((e) => ({ ...e }));
  localizers[lang](copies);
  const seen = new Set<string>();
  const issues: FieldIssue[] = [];
  const childPaths = new Set(copies.filter((e) => e.keyword !== 'oneOf' && e.keyword !== 'anyOf').map((e) => e.instancePath));
  for (const e of copies) {
    if ((e.keyword === 'oneOf' || e.keyword === 'anyOf') && childPaths.has(e.instancePath)) continue;
    const path = formatPath(e.instancePath, extraName(e)) || t(lang, 'root');
    // ajv-i18n names the property in its own words ("moet de eigenschap frequency bevatten"): the path
    // already names it, so the message says what to do, in the user's words.
    let message =
      e.keyword === 'required' ? t(lang, 'requiredMissing') : e.keyword === 'additionalProperties' ? t(lang, 'unknownField') : (e.message ?? e.keyword);
    if (e.keyword === 'enum') {
      const values = (e.params as { allowedValues?: unknown[] }).allowedValues ?? [];
      message += ` (${t(lang, 'allowedValues', { values: values.map((v) => String(v)).join(', ') })})`;
    }
    if (e.keyword === 'const') {
      message += ` (${String((e.params as { allowedValue?: unknown }).allowedValue)})`;
    }
    if (e.keyword !== 'required' && e.keyword !== 'additionalProperties' && e.data !== undefined && typeof e.data !== 'object') {
      message += ` — ${JSON.stringify(e.data).slice(0, 60)}`;
    }
    const key = `${path}\u0000${message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    issues.push({ path, message });
  }
  return issues;
}
