// Server-rendered pages: Handlebars templates in templates/pages/, labels per language in
// templates/pages/locales/, one stylesheet inlined (the CSP allows inline styles, nothing else).
// Compiled once, in an isolated Handlebars environment; every value is escaped by Handlebars.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Handlebars from 'handlebars';
import { interpolate } from '../../i18n.js';
import { TEMPLATES_DIR } from '../../paths.js';
import { LANGS, type Lang } from '../../types.js';

export type PageLabels = typeof import('../../../templates/pages/locales/nl.json', { with: { type: 'json' } });
export type PageLabelKey = keyof PageLabels;

const PAGES_DIR = join(TEMPLATES_DIR, 'pages');
const LANG_NAMES: Record<Lang, string> = { nl: 'Nederlands', fr: 'Français', en: 'English' };

interface Compiled {
  layout: Handlebars.TemplateDelegate;
  pages: Map<string, Handlebars.TemplateDelegate>;
  css: string;
  labels: Record<Lang, PageLabels>;
}

let compiled: Compiled | undefined;

function load(): Compiled {
  if (compiled) return compiled;
  const hb = Handlebars.create();
  const read = (name: string): string => readFileSync(join(PAGES_DIR, name), 'utf8');
  const labels = Object.fromEntries(LANGS.map((l) => [l, JSON.parse(read(`locales/${l}.json`)) as PageLabels])) as Record<Lang, PageLabels>;
  compiled = {
    layout: hb.compile(read('layout.hbs'), { strict: true }),
    pages: new Map(['account', 'done'].map((n) => [n, hb.compile(read(`${n}.hbs`))])),
    css: read('pages.css'),
    labels,
  };
  return compiled;
}

/** A page label in `lang`, with `{name}` filled in. */
export function pageLabel(lang: Lang, key: PageLabelKey, vars: Record<string, string | number> = {}): string {
  return interpolate(load().labels[lang][key], vars);
}

/** Links to this page in the other languages (the query kept, ?lang= replaced). */
function languageLinks(lang: Lang, path: string, query: Record<string, string>): { code: Lang; label: string; href: string; current: boolean }[] {
  return LANGS.map((code) => {
    const params = new URLSearchParams({ ...query, lang: code });
    return { code, label: LANG_NAMES[code], href: `${path}?${params.toString()}`, current: code === lang };
  });
}

export interface PageRequest {
  lang: Lang;
  /** The page's own path and the query to keep in the language links. */
  path: string;
  query: Record<string, string>;
}

/** The whole HTML document of a page. */
export function renderPage(name: 'account' | 'done', title: string, model: Record<string, unknown>, req: PageRequest): string {
  const c = load();
  const page = c.pages.get(name);
  if (!page) throw new Error(`no page template ${name}`);
  const body = page({ ...model, title });
  return c.layout({ lang: req.lang, title, css: c.css, body, t: c.labels[req.lang], languages: languageLinks(req.lang, req.path, req.query) });
}
