// Server-rendered pages: Handlebars templates in templates/pages/ (every *.hbs a page, partials in
// templates/pages/partials/), labels per language in templates/pages/locales/<lang>/<area>.json, one
// stylesheet inlined. Compiled once, in an isolated Handlebars environment; every value is escaped.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Handlebars from 'handlebars';
import { interpolate } from '../../i18n.js';
import { TEMPLATES_DIR } from '../../paths.js';
import { LANGS, type Lang } from '../../types.js';

type JsonOf<T> = T extends { default: infer D } ? D : T;
/** Every label of the pages: the areas' files merged (a key in two areas is a mistake the loader refuses). */
export type PageLabels = JsonOf<typeof import('../../../templates/pages/locales/nl/common.json', { with: { type: 'json' } })> &
  JsonOf<typeof import('../../../templates/pages/locales/nl/account.json', { with: { type: 'json' } })> &
  JsonOf<typeof import('../../../templates/pages/locales/nl/dossier.json', { with: { type: 'json' } })> &
  JsonOf<typeof import('../../../templates/pages/locales/nl/services.json', { with: { type: 'json' } })> &
  JsonOf<typeof import('../../../templates/pages/locales/nl/council.json', { with: { type: 'json' } })> &
  JsonOf<typeof import('../../../templates/pages/locales/nl/wizard.json', { with: { type: 'json' } })> &
  JsonOf<typeof import('../../../templates/pages/locales/nl/members.json', { with: { type: 'json' } })>;
export type PageLabelKey = keyof PageLabels;

export const PAGES_DIR = join(TEMPLATES_DIR, 'pages');
export const LANG_NAMES: Record<Lang, string> = { nl: 'Nederlands', fr: 'Français', en: 'English' };

interface Compiled {
  layout: Handlebars.TemplateDelegate;
  pages: Map<string, Handlebars.TemplateDelegate>;
  css: string;
  labels: Record<Lang, Record<string, string>>;
}

let compiled: Compiled | undefined;

/** The labels of one language: every area file of locales/<lang>/ merged into one table. */
function readLabels(lang: Lang): Record<string, string> {
  const dir = join(PAGES_DIR, 'locales', lang);
  const out: Record<string, string> = {};
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const area = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, string>;
    for (const [k, v] of Object.entries(area)) {
      if (k in out) throw new Error(`page labels: "${k}" appears twice in locales/${lang}/ (${file})`);
      out[k] = v;
    }
  }
  return out;
}

function cssParts(): string[] {
  const dir = join(PAGES_DIR, 'css');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.css'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8'));
}

function load(): Compiled {
  if (compiled) return compiled;
  const hb = Handlebars.create();
  const read = (name: string): string => readFileSync(join(PAGES_DIR, name), 'utf8');
  const partialsDir = join(PAGES_DIR, 'partials');
  if (existsSync(partialsDir)) {
    for (const f of readdirSync(partialsDir).filter((n) => n.endsWith('.hbs'))) hb.registerPartial(basename(f, '.hbs'), read(join('partials', f)));
  }
  const names = readdirSync(PAGES_DIR).filter((n) => n.endsWith('.hbs') && n !== 'layout.hbs');
  compiled = {
    layout: hb.compile(read('layout.hbs'), { strict: true }),
    pages: new Map(names.map((n) => [basename(n, '.hbs'), hb.compile(read(n))])),
    // The base stylesheet, then each area's own (templates/pages/css/*.css, in name order).
    css: [read('pages.css'), ...cssParts()].join('\n'),
    labels: Object.fromEntries(LANGS.map((l) => [l, readLabels(l)])) as Record<Lang, Record<string, string>>,
  };
  return compiled;
}

/** The labels of a language, for a template's `t` (missing keys are caught by the locale test). */
export function pageLabels(lang: Lang): Record<string, string> {
  return load().labels[lang];
}

/** A page label in `lang`, with `{name}` filled in. */
export function pageLabel(lang: Lang, key: PageLabelKey, vars: Record<string, string | number> = {}): string {
  const text = load().labels[lang][key];
  if (text === undefined) throw new Error(`page labels: no "${key}" in ${lang}`);
  return interpolate(text, vars);
}

/** Links to this page in the other languages (the query kept, ?lang= replaced). */
function languageLinks(
  lang: Lang,
  path: string,
  query: Record<string, string>,
  order: readonly Lang[] = LANGS,
): { code: Lang; label: string; href: string; current: boolean }[] {
  return order.map((code) => {
    const params = new URLSearchParams({ ...query, lang: code });
    return { code, label: LANG_NAMES[code], href: `${path}?${params.toString()}`, current: code === lang };
  });
}

/** What the layout shows around a page for a logged-in user (see chrome.ts); absent on the account pages. */
export interface Chrome {
  userName: string;
  /** The organisation of the page, with the user's role in it. */
  org: { slug: string; name: string; role: string } | null;
  nav: { href: string; label: string; current: boolean }[];
  /** Shown when the user belongs to more than one organisation. */
  switchOrgHref: string | null;
  csrfToken: string;
}

export interface PageRequest {
  lang: Lang;
  /** The page's own path and the query to keep in the language links. */
  path: string;
  query: Record<string, string>;
  chrome?: Chrome;
  /** Pages with tables, panels or a wizard use the full width; forms stay narrow. */
  wide?: boolean;
  /** The languages offered, in this order (an organisation's own first). */
  langOrder?: readonly Lang[];
}

/** The whole HTML document of a page: `name` is a template of templates/pages/ (without .hbs). */
export function renderPage(name: string, title: string, model: Record<string, unknown>, req: PageRequest): string {
  const c = load();
  const page = c.pages.get(name);
  if (!page) throw new Error(`no page template ${name}`);
  const t = c.labels[req.lang];
  const body = page({ ...model, title, t, lang: req.lang });
  return c.layout({
    lang: req.lang,
    title,
    css: c.css,
    body,
    t,
    languages: languageLinks(req.lang, req.path, req.query, req.langOrder),
    chrome: req.chrome ?? null,
    wide: req.wide === true,
  });
}

/** A page template without the layout: a fragment that a page's script swaps in (the wizard's panel). */
export function renderFragment(name: string, model: Record<string, unknown>, lang: Lang): string {
  const c = load();
  const page = c.pages.get(name);
  if (!page) throw new Error(`no page template ${name}`);
  return page({ ...model, t: c.labels[lang], lang });
}
