// The language of a response: `?lang=` when given, else the best of nl/fr/en in Accept-Language, else Dutch.
import { LANGS, type Lang } from '../../types.js';

/** Accept-Language headers longer than this are cut: a real one is a few dozen characters. */
const MAX_ACCEPT_LANGUAGE = 512;

/** The best supported language in an Accept-Language header (q-values honoured, region ignored: "fr-BE" is fr), or undefined. */
export function fromAcceptLanguage(header: string | undefined): Lang | undefined {
  if (!header) return undefined;
  let best: { lang: Lang; q: number; index: number } | undefined;
  header
    .slice(0, MAX_ACCEPT_LANGUAGE)
    .split(',')
    .forEach((part, index) => {
      const [tag, ...params] = part.trim().split(';');
      const primary = (tag ?? '').trim().toLowerCase().split('-')[0] as Lang;
      if (!LANGS.includes(primary)) return;
      const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const q = qParam === undefined ? 1 : Number(qParam.slice(2));
      if (!(q > 0 && q <= 1)) return;
      if (!best || q > best.q) best = { lang: primary, q, index };
    });
  return best?.lang;
}

/**
 * `?lang=` (one of nl/fr/en, or a list of them for a report in several languages: "fr,nl", whose first
 * is the answer's language) wins; otherwise Accept-Language; otherwise nl. `invalid` is set when ?lang=
 * was given but unusable. Routes that take one language only say so themselves (queryLang).
 */
export function negotiateLang(query: unknown, acceptLanguage: string | undefined): { lang: Lang; invalid: boolean } {
  const fallback = fromAcceptLanguage(acceptLanguage) ?? 'nl';
  if (query === undefined) return { lang: fallback, invalid: false };
  const parts = typeof query === 'string' ? query.split(',') : [];
  if (parts.length > 0 && parts.every((p) => LANGS.includes(p as Lang))) return { lang: parts[0] as Lang, invalid: false };
  return { lang: fallback, invalid: true };
}
