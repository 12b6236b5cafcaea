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
  const labels = guarded(raw as Record<string, string>);
  cache.set(lang, labels);
  return labels;
}

/** A Proxy turns a typo in a label key into an error rather than "undefined" in the report. */
function guarded(raw: Record<string, string>): Labels {
  return new Proxy(raw, {
    get(target, key) {
      if (typeof key === 'string' && !(key in target) && key !== 'then' && key !== 'toJSON') {
        throw new Error(`unknown report label "${key}"`);
      }
      return target[key as string];
    },
  });
}

const withBodyCache = new Map<string, Labels>();

/** The labels of one language with `{body}` filled with the deciding body ("Samenvatting voor {body}"). */
export function labelsFor(lang: Lang, body: DecidingBody | null): Labels {
  const key = `${lang}:${body ?? ''}`;
  const hit = withBodyCache.get(key);
  if (hit) return hit;
  const base = loadLabels(lang);
  const filled: Record<string, string> = {};
  for (const k of Object.keys(base)) filled[k] = fillBody(base[k] as string, body, lang);
  const labels = guarded(filled);
  withBodyCache.set(key, labels);
  return labels;
}

/** A label with `{name}` placeholders filled. */
export function fmt(l: Labels, key: string, vars: Record<string, string | number>): string {
  return interpolate(l[key] as string, vars);
}
