// Locale-aware formatting for the HTML report: dates, fact values, operators, safe source links.
import { formatParam, formatScore } from '../i18n.js';
import type { FactValue, Lang } from '../types.js';
import type { Labels } from './locales.js';

const LOCALE: Record<Lang, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };
// Formatters are cached per locale: building one per call makes rendering many times slower.
const dateFormats = new Map<Lang, Intl.DateTimeFormat>();

/** A date (YYYY-MM-DD or a full ISO timestamp) written out per locale, e.g. "1 juli 2025". */
export function formatDate(iso: string, lang: Lang): string {
  let f = dateFormats.get(lang);
  if (!f) {
    f = new Intl.DateTimeFormat(LOCALE[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    dateFormats.set(lang, f);
  }
  const d = new Date(/^\d{4}-\d{2}-\d{2}$/.test(iso) ? `${iso}T00:00:00Z` : iso);
  return Number.isNaN(d.getTime()) ? iso : f.format(d);
}

const fineFormats = new Map<Lang, Intl.NumberFormat>();

/** A number with up to two decimals (scoring points such as 0,25). */
export function formatFine(n: number, lang: Lang): string {
  let f = fineFormats.get(lang);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 2 });
    fineFormats.set(lang, f);
  }
  return f.format(n);
}

/** A signed score difference, e.g. "+6,2" or "−3". */
export function formatDelta(n: number, lang: Lang): string {
  if (n === 0) return '±0';
  return (n > 0 ? '+' : '−') + formatScore(Math.abs(n), lang);
}

/** A fact or compared value for people; with a unit (from a dated parameter) it is written in that unit. */
export function formatValue(v: FactValue | undefined, l: Labels, lang: Lang, unit?: string): string {
  if (v === null || v === undefined) return l.valueUnknown as string;
  if (typeof v === 'boolean') return v ? (l.valueYes as string) : (l.valueNo as string);
  if (typeof v === 'number') return unit ? formatParam(v, unit, lang) : formatScore(v, lang);
  if (typeof v === 'string') return v;
  if (Array.isArray(v)) return v.length === 0 ? (l.valueNone as string) : v.map((x) => formatValue(x, l, lang, unit)).join('; ');
  return JSON.stringify(v);
}

const OPERATORS: Record<string, string> = {
  equal: '=',
  notEqual: '≠',
  lessThan: '<',
  lessThanInclusive: '≤',
  greaterThan: '>',
  greaterThanInclusive: '≥',
};

/** A comparison operator as a symbol, or a localized word for the set operators. */
export function operatorText(op: string, l: Labels): string {
  if (OPERATORS[op]) return OPERATORS[op] as string;
  if (op === 'in') return l.opIn as string;
  if (op === 'notIn') return l.opNotIn as string;
  if (op === 'contains') return l.opContains as string;
  if (op === 'doesNotContain') return l.opNotContains as string;
  return op;
}

/** A source URL usable as a link: only absolute https:// URLs; anything else is shown as text only. */
export function safeHttpsUrl(url: string | undefined): string | null {
  if (!url || !url.startsWith('https://')) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && u.hostname !== '' ? u.href : null;
  } catch {
    return null;
  }
}

/** Escapes text for HTML/SVG markup built outside Handlebars. */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);
}
