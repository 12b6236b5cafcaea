// The engine's own user-facing texts: the catalogue of the chosen language (src/messages/), plurals, number and parameter formats.
import type { Lang, LocalizedText } from './types.js';
import { en } from './messages/en.js';
import { fr } from './messages/fr.js';
import { nl } from './messages/nl.js';
import type { Catalogue, Message, MessageKey } from './messages/types.js';

/** One message catalogue per language (src/messages/): words are data, chosen here by key. */
const CATALOGUES: Record<Lang, Catalogue> = { nl, fr, en };

export type { MessageKey };

/** Fills `{name}` in a message template; an unknown name stays visible rather than vanishing. */
export function interpolate(template: string, vars: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

// Plural rules per language, built once (Intl objects are costly to build per call).
const pluralRules = new Map<Lang, Intl.PluralRules>();

/** The form of a message for `count`: Intl.PluralRules picks "one" or "other" ("1 dimensie staat", "2 dimensies staan"). */
function formFor(m: Message, lang: Lang, count: unknown): string {
  if (typeof m === 'string') return m;
  let rules = pluralRules.get(lang);
  if (!rules) {
    rules = new Intl.PluralRules(lang);
    pluralRules.set(lang, rules);
  }
  return typeof count === 'number' && rules.select(count) === 'one' ? m.one : m.other;
}

export function t(lang: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  return interpolate(formFor(CATALOGUES[lang][key], lang, vars['count']), vars);
}

/** Picks a language from a localized text, falling back to Dutch. */
export function pick(text: LocalizedText | undefined, lang: Lang): string {
  if (!text) return '';
  return text[lang] ?? text.nl;
}

const LOCALE: Record<Lang, string> = { nl: 'nl-BE', fr: 'fr-BE', en: 'en-GB' };
// Formatters are cached per locale: building one per call made rendering many times slower.
const numberFormats = new Map<string, Intl.NumberFormat>();

function fmt(lang: Lang, kind: 'score' | 'euro' | 'percent'): Intl.NumberFormat {
  const key = `${lang}:${kind}`;
  let f = numberFormats.get(key);
  if (!f) {
    const opts: Intl.NumberFormatOptions =
      kind === 'euro'
        ? { style: 'currency', currency: 'EUR' }
        : kind === 'percent'
          ? { style: 'percent', maximumFractionDigits: 1 }
          : { maximumFractionDigits: 1 };
    f = new Intl.NumberFormat(LOCALE[lang], opts);
    numberFormats.set(key, f);
  }
  return f;
}

export const formatScore = (n: number, lang: Lang): string => fmt(lang, 'score').format(n);
export const formatEuro = (n: number, lang: Lang): string => fmt(lang, 'euro').format(n);
export const formatPercent = (share: number, lang: Lang): string => fmt(lang, 'percent').format(share);

/** "62,5" for a decided score, "40–62,5" for a range. */
export const formatScoreRange = (r: { low: number; high: number }, lang: Lang): string =>
  r.low === r.high ? formatScore(r.low, lang) : `${formatScore(r.low, lang)}–${formatScore(r.high, lang)}`;

/** `{param:id}` in a check text: replaced by the dated value, so texts follow overlays and indexations. */
export const PARAM_PLACEHOLDER = /\{param:([a-zA-Z0-9.-]+)\}/g;

export function paramIdsIn(text: string): string[] {
  return [...text.matchAll(PARAM_PLACEHOLDER)].map((m) => m[1] as string);
}

/** A parameter value written for people: shares as percentages, amounts in euro, the rest as numbers. */
export function formatParam(value: number, unit: string, lang: Lang): string {
  if (unit === 'share') return formatPercent(value, lang);
  if (unit === 'EUR' || unit === 'EUR/month') return formatEuro(value, lang);
  return formatScore(value, lang);
}

/**
 * The body that decides (meta.decidingBody), named with its article as running text needs it:
 * "Samenvatting voor {body}" → "Samenvatting voor het college van burgemeester en schepenen".
 * Texts avoid French contractions before it ("de {body}", "à {body}"): write "par {body}", "pour {body}".
 */
export const DECIDING_BODIES = ['college', 'vast-bureau', 'gemeenteraad', 'ocmw-raad', 'bcsd', 'cas', 'other'] as const;
export type DecidingBody = (typeof DECIDING_BODIES)[number];

/** Each body's name in running text, and in short for headings ("Samenvatting voor het college"). */
export const BODIES: Record<DecidingBody, { name: Required<LocalizedText>; short: Required<LocalizedText> }> = {
  college: {
    name: { nl: 'het college van burgemeester en schepenen', fr: 'le collège des bourgmestre et échevins', en: 'the board of mayor and aldermen' },
    short: { nl: 'het college', fr: 'le collège', en: 'the board' },
  },
  'vast-bureau': {
    name: { nl: 'het vast bureau van het OCMW', fr: 'le bureau permanent du CPAS', en: 'the standing committee of the OCMW' },
    short: { nl: 'het vast bureau', fr: 'le bureau permanent', en: 'the standing committee' },
  },
  gemeenteraad: {
    name: { nl: 'de gemeenteraad', fr: 'le conseil communal', en: 'the municipal council' },
    short: { nl: 'de gemeenteraad', fr: 'le conseil communal', en: 'the municipal council' },
  },
  'ocmw-raad': {
    name: { nl: 'de OCMW-raad', fr: 'le conseil du CPAS', en: 'the OCMW council' },
    short: { nl: 'de OCMW-raad', fr: 'le conseil du CPAS', en: 'the OCMW council' },
  },
  bcsd: {
    name: { nl: 'het bijzonder comité voor de sociale dienst', fr: 'le comité spécial du service social', en: 'the special committee for the social service' },
    short: { nl: 'het bijzonder comité', fr: 'le comité spécial', en: 'the special committee' },
  },
  cas: {
    name: { nl: 'de raad voor maatschappelijk welzijn', fr: "le conseil de l'action sociale", en: "the CPAS council (conseil de l'action sociale)" },
    short: { nl: 'de raad voor maatschappelijk welzijn', fr: "le conseil de l'action sociale", en: 'the CPAS council' },
  },
  other: {
    name: { nl: 'het bevoegde orgaan', fr: "l'organe compétent", en: 'the deciding body' },
    short: { nl: 'het bevoegde orgaan', fr: "l'organe compétent", en: 'the deciding body' },
  },
};

export function isDecidingBody(v: unknown): v is DecidingBody {
  return typeof v === 'string' && (DECIDING_BODIES as readonly string[]).includes(v);
}

/** `{body}` (and `{Body}` at the start of a sentence; `{bodyShort}` in headings): the deciding body in the given language. */
export const BODY_PLACEHOLDER = /\{(body|Body|bodyShort)\}/g;

export function fillBody(text: string, body: DecidingBody | null | undefined, lang: Lang): string {
  const key = body ?? 'other';
  return text.replace(BODY_PLACEHOLDER, (_, which: string) => {
    if (which === 'bodyShort') return BODIES[key].short[lang];
    const name = BODIES[key].name[lang];
    return which === 'Body' ? name.charAt(0).toUpperCase() + name.slice(1) : name;
  });
}

/**
 * Fills a check text: `{param:id}` with the dated value and `{body}` with the deciding body
 * (the generic "deciding body" when none is given, e.g. in `rules list`).
 */
export function fillParams(text: string, params: readonly { id: string; value: number; unit: string }[], lang: Lang, body?: DecidingBody | null): string {
  const filled = text.replace(PARAM_PLACEHOLDER, (whole, id: string) => {
    const p = params.find((x) => x.id === id);
    return p ? formatParam(p.value, p.unit, lang) : whole;
  });
  return fillBody(filled, body, lang);
}

/** A source's title in the given language when the source has one, else its own title. */
export function sourceTitle(s: { title: string; titles?: Partial<Record<Lang, string>> }, lang: Lang): string {
  return s.titles?.[lang] ?? s.title;
}
