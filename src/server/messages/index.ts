// The server's texts: the catalogue of the request's language, with `{name}` placeholders and plurals as the engine's t().
import { interpolate } from '../../i18n.js';
import type { Message } from '../../messages/types.js';
import type { Lang } from '../../types.js';
import { en } from './en.js';
import { fr } from './fr.js';
import { nl } from './nl.js';
import type { ServerCatalogue, ServerMessageKey } from './types.js';

const CATALOGUES: Record<Lang, ServerCatalogue> = { nl, fr, en };
const plurals = new Map<Lang, Intl.PluralRules>();

function form(m: Message, lang: Lang, count: unknown): string {
  if (typeof m === 'string') return m;
  let rules = plurals.get(lang);
  if (!rules) plurals.set(lang, (rules = new Intl.PluralRules(lang)));
  return typeof count === 'number' && rules.select(count) === 'one' ? m.one : m.other;
}

export type { ServerMessageKey };

/** A server message in `lang`, placeholders filled. */
export function sm(lang: Lang, key: ServerMessageKey, vars: Record<string, string | number> = {}): string {
  return interpolate(form(CATALOGUES[lang][key], lang, vars['count']), vars);
}

export const SERVER_CATALOGUES = CATALOGUES;
