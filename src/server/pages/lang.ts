// The pages' language: a language the user chose (?lang=, then kept in a cookie for the next pages),
// else, on an organisation's pages, the browser's language when the organisation works in it and the
// organisation's first language otherwise; elsewhere the browser's language, else Dutch.
import type { Request, Response } from 'express';
import { LANGS, type Lang } from '../../types.js';
import type { Organisation } from '../../store/types.js';
import { readCookie } from '../auth/sessions.js';

export const LANG_COOKIE = 'armoedetoets_lang';
const ONE_YEAR_SECONDS = 365 * 24 * 3600;

const isLang = (v: unknown): v is Lang => typeof v === 'string' && (LANGS as readonly string[]).includes(v);

/** The language the user chose, if any; a choice made now (?lang=) is kept in a cookie. */
export function chosenLang(req: Request, res: Response): Lang | undefined {
  const asked = req.query['lang'];
  if (isLang(asked)) {
    res.append('Set-Cookie', `${LANG_COOKIE}=${asked}; Path=/; Max-Age=${ONE_YEAR_SECONDS}; SameSite=Lax${req.secure ? '; Secure' : ''}`);
    return asked;
  }
  const kept = readCookie(req.headers.cookie, LANG_COOKIE);
  return isLang(kept) ? kept : undefined;
}

/** Without a choice, an organisation's page speaks one of its languages. */
export function orgLang(current: Lang, org: Pick<Organisation, 'languages'>): Lang {
  return org.languages.includes(current) ? current : (org.languages[0] ?? current);
}

/** The languages to offer, the organisation's first. */
export function langOrder(org: Pick<Organisation, 'languages'> | null): Lang[] {
  const first = org ? org.languages.filter(isLang) : [];
  return [...first, ...LANGS.filter((l) => !first.includes(l))];
}
