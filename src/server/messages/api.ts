// The API's texts by key in the request's language (plural forms chosen by `count`).
import { interpolate } from '../../i18n.js';
import type { Message } from '../../messages/types.js';
import type { Lang } from '../../types.js';
import { apiEn } from './api-en.js';
import { apiFr } from './api-fr.js';
import { apiNl, type ApiMessageKey } from './api-nl.js';

const CATALOGUES: Record<Lang, Record<ApiMessageKey, Message>> = { nl: apiNl, fr: apiFr, en: apiEn };
const plurals = new Map<Lang, Intl.PluralRules>();

export type { ApiMessageKey };

export function apiText(lang: Lang, key: ApiMessageKey, vars: Record<string, string | number> = {}): string {
  const m = CATALOGUES[lang][key];
  let form = typeof m === 'string' ? m : m.other;
  if (typeof m !== 'string' && typeof vars['count'] === 'number') {
    let rules = plurals.get(lang);
    if (!rules) plurals.set(lang, (rules = new Intl.PluralRules(lang)));
    if (rules.select(vars['count']) === 'one') form = m.one;
  }
  return interpolate(form, vars);
}
