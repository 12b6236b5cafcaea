// The report's label files (templates/report/locales/*.json): loading, caching and interpolation.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fillBody, interpolate, type DecidingBody } from '../i18n.js';
import { TEMPLATES_DIR } from '../paths.js';
import type { Lang } from '../types.js';

/**
 * The key of a report label: one of the keys of the Dutch file, which defines the key set (the other
 * languages must match it; loadLabels refuses a missing label and a test compares the files). The type
 * is read from the JSON file itself, so adding a label needs no other edit and `l.someTypo` is a
 * compile error. Only the type is imported: nothing of the file is bundled or emitted.
 */
export type LabelKey = keyof typeof import('../../templates/report/locales/nl.json', { with: { type: 'json' } }) & string;

/** Every report label by key. */
export type Labels = Readonly<Record<LabelKey, string>>;

export const LOCALES_DIR = join(TEMPLATES_DIR, 'report', 'locales');
const cache = new Map<Lang, Labels>();

/** Reads one label file as written (no checks); used by tests to compare the key sets. */
export function readLabelFile(lang: Lang): Record<string, unknown> {
  return JSON.parse(readFileSync(join(LOCALES_DIR, `${lang}.json`), 'utf8')) as Record<string, unknown>;
}

const auditCache = new Map<Lang, Labels>();

/** Whether `key` names a report label; for keys computed at run time (`plan${effort}Title`). */
export function isLabelKey(l: Labels, key: string): key is LabelKey {
  return Object.hasOwn(l, key);
}

/**
 * The label under a key computed at run time. A literal key is checked by the compiler (`l.reportTitle`);
 * a computed one is checked here, so a typo throws instead of printing "undefined" in the report.
 */
export function label(l: Labels, key: string): string {
  if (!isLabelKey(l, key)) throw new Error(`unknown report label "${key}"`);
  return l[key];
}

/** The labels of one language; a missing or empty label throws instead of printing nothing. */
export function loadLabels(lang: Lang): Labels {
  const hit = cache.get(lang);
  if (hit) return hit;
  const raw = readLabelFile(lang);
  const base = lang === 'nl' ? raw : readLabelFile('nl');
  for (const key of Object.keys(base)) {
    const v = raw[key];
    if (typeof v !== 'string' || v.trim() === '') throw new Error(`report label "${key}" is missing in ${lang}.json`);
  }
  const labels = Object.freeze(raw) as Labels;
  cache.set(lang, labels);
  return labels;
}

/** The suffix of a label's audit wording: `unknownsTitleAudit` replaces `unknownsTitle` in a service audit's report. */
export const AUDIT_SUFFIX = 'Audit';

/**
 * The labels of a service audit's report (drempelscan): every label that has a twin with the
 * `Audit` suffix takes the twin's text, so the report speaks of the service, its action plan and
 * questions to the service, not of a proposal, the college or the council.
 */
export function loadAuditLabels(lang: Lang): Labels {
  const hit = auditCache.get(lang);
  if (hit) return hit;
  const base = loadLabels(lang);
  const out: Record<string, string> = {};
  for (const key of Object.keys(base) as LabelKey[]) {
    const twin = `${key}${AUDIT_SUFFIX}`;
    out[key] = isLabelKey(base, twin) ? base[twin] : base[key];
  }
  const labels = Object.freeze(out) as Labels;
  auditCache.set(lang, labels);
  return labels;
}

const filledCache = new Map<string, Labels>();

/**
 * The labels of one report: the audit wording for a service audit, with `{body}` filled with the
 * deciding body ("Samenvatting voor {body}").
 */
export function labelsFor(lang: Lang, body: DecidingBody | null, audit: boolean): Labels {
  const key = `${lang}:${body ?? ''}:${audit ? 'audit' : ''}`;
  const hit = filledCache.get(key);
  if (hit) return hit;
  const base = audit ? loadAuditLabels(lang) : loadLabels(lang);
  const filled: Record<string, string> = {};
  for (const k of Object.keys(base) as LabelKey[]) filled[k] = fillBody(base[k], body, lang);
  const labels = Object.freeze(filled) as Labels;
  filledCache.set(key, labels);
  return labels;
}

/** A label with `{name}` placeholders filled; a computed key is checked as `label` does. */
export function fmt(l: Labels, key: LabelKey | (string & {}), vars: Record<string, string | number>): string {
  return interpolate(label(l, key), vars);
}
