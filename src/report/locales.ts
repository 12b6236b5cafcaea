// The report's label files (templates/report/locales/*.json): loading, caching and interpolation.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fillBody, interpolate, type DecidingBody } from '../i18n.js';
import { TEMPLATES_DIR } from '../paths.js';
import type { Lang } from '../types.js';

/** Every report label by key; the Dutch file defines the key set and the others must match it. */
export type Labels = Readonly<Record<string, string>>;

export const LOCALES_DIR = join(TEMPLATES_DIR, 'report', 'locales');
const cache = new Map<Lang, Labels>();

/** Reads one label file as written (no checks); used by tests to compare the key sets. */
export function readLabelFile(lang: Lang): Record<string, unknown> {
  return JSON.parse(readFileSync(join(LOCALES_DIR, `${lang}.json`), 'utf8')) as Record<string, unknown>;
}

const auditCache = new Map<Lang, Labels>();

/** A Proxy turns a typo in a label key into an error rather than "undefined" in the report. */
function strict(labels: Record<string, string>): Labels {
  return new Proxy(labels, {
    get(target, key) {
      if (typeof key === 'string' && !(key in target) && key !== 'then' && key !== 'toJSON') {
        throw new Error(`unknown report label "${key}"`);
      }
      return target[key as string];
    },
  });
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
  const labels = strict(raw as Record<string, string>);
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
  for (const key of Object.keys(base)) {
    const twin = `${key}${AUDIT_SUFFIX}`;
    out[key] = (twin in base ? base[twin] : base[key]) as string;
  }
  const labels = strict(out);
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
  for (const k of Object.keys(base)) filled[k] = fillBody(base[k] as string, body, lang);
  const labels = strict(filled);
  filledCache.set(key, labels);
  return labels;
}

/** A label with `{name}` placeholders filled. */
export function fmt(l: Labels, key: string, vars: Record<string, string | number>): string {
  return interpolate(l[key] as string, vars);
}
