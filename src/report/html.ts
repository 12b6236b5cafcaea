// Renders the HTML advisory report: one self-contained file (inline CSS and SVG, no scripts, no external resources).
// The finished document goes through safeText: our templates hold no control or bidirectional formatting
// character, so every one left came from user text (title, summary, notes, an overlay's texts) and is shown
// as a visible escape instead of reordering or hiding the text around it (in the HTML and so in the PDF).
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Handlebars from 'handlebars';
import { TEMPLATES_DIR } from '../paths.js';
import type { Assessment, Lang, Ruleset } from '../types.js';
import { safeText } from '../text-safety.js';
import { buildReportModel } from './model.js';
import type { CouncilRecord, ReportVariant } from './council.js';

export const REPORT_DIR = join(TEMPLATES_DIR, 'report');

export interface RenderOptions {
  ruleset: Ruleset;
  lang?: Lang;
  /** An earlier audit of the same service: the report adds what changed since. */
  previous?: Assessment;
  /** When the report was made (ISO date or timestamp); now by default, pinned in tests. */
  generatedAt?: string;
  /** The IANA time zone of the report's date (Europe/Brussels by default): a timestamp's date there, or today's. */
  timeZone?: string;
  /** Compile the templates with Handlebars' strict mode: a field the model lacks throws (for tests). */
  strict?: boolean;
  /** The full report (default) or the short one for the college. */
  variant?: ReportVariant;
  /** What the council added to the dossier (participation input, signed advice, college answer). */
  council?: CouncilRecord;
}

type Template = Handlebars.TemplateDelegate<Record<string, unknown>>;
interface Compiled {
  layout: Template;
  /** The report body per variant: the full report and the short one for the college. */
  report: Record<ReportVariant, Template>;
  css: string;
  /** The styles of the council's part and the short report, added only to a report that has them. */
  extraCss: string;
}
const compiled = new Map<boolean, Compiled>();

/** Compiles the page shell, the report body and the partials once per mode, in an isolated Handlebars environment. */
function compile(strict: boolean): Compiled {
  const hit = compiled.get(strict);
  if (hit) return hit;
  const hb = Handlebars.create();
  const partials = join(REPORT_DIR, 'partials');
  for (const file of readdirSync(partials)
    .filter((f) => f.endsWith('.hbs'))
    .sort()) {
    hb.registerPartial(basename(file, '.hbs'), hb.compile(readFileSync(join(partials, file), 'utf8'), { strict }));
  }
  const readCss = (name: string): string => {
    const css = readFileSync(join(REPORT_DIR, name), 'utf8');
    if (/<\/?style|url\(|@import/i.test(css)) throw new Error(`${name} must not contain </style>, url() or @import`);
    return css;
  };
  const css = readCss('report.css');
  const extraCss = readCss('report-extra.css');
  const load = (name: string): Template => hb.compile(readFileSync(join(REPORT_DIR, name), 'utf8'), { strict }) as Template;
  const entry = { layout: load('layout.hbs'), report: { full: load('report.hbs'), short: load('short.hbs') }, css, extraCss };
  compiled.set(strict, entry);
  return entry;
}

/** The report body (`<main>`, or a labelled `<section>` for a further language) in one language. */
function renderBody(t: Template, assessment: Assessment, options: RenderOptions, secondary: boolean): { html: string; docTitle: string; lang: Lang } {
  const model = buildReportModel(assessment, options);
  // Only the server-built SVGs are marked safe; every other value is escaped by {{ }}.
  const html = t({
    ...model,
    secondary,
    chart: new Handlebars.SafeString(model.chart),
    participation: { ...model.participation, svg: new Handlebars.SafeString(model.participation.svg) },
  });
  return { html, docTitle: model.docTitle, lang: model.lang };
}

/** The style sheet: the report's, with the extra styles when the report has the council's part or is the short one. */
function styleOf(c: Compiled, options: Pick<RenderOptions, 'variant' | 'council'>): Handlebars.SafeString {
  const extra = options.variant === 'short' || options.council !== undefined;
  return new Handlebars.SafeString(extra ? `${c.css}\n${c.extraCss}` : c.css);
}

export function renderReportHtml(assessment: Assessment, options: RenderOptions): string {
  const c = compile(options.strict === true);
  const body = renderBody(c.report[options.variant ?? 'full'], assessment, options, false);
  return safeText(c.layout({ lang: body.lang, docTitle: body.docTitle, css: styleOf(c, options), body: new Handlebars.SafeString(body.html) }));
}

/**
 * Ids, label references and in-page links of a further language's body get a prefix, so that one
 * document holding the report twice keeps every id unique. Values come from our templates: user text
 * is escaped (`"` → `&quot;`), so it cannot form an attribute here.
 */
export function prefixIds(html: string, prefix: string): string {
  return html
    .replace(/\s(id|for)="([^"]+)"/g, (_, attr: string, v: string) => ` ${attr}="${prefix}${v}"`)
    .replace(
      /\s(aria-labelledby|aria-describedby)="([^"]+)"/g,
      (_, attr: string, v: string) =>
        ` ${attr}="${v
          .trim()
          .split(/\s+/)
          .map((x) => prefix + x)
          .join(' ')}"`,
    )
    .replace(/\shref="#([^"]*)"/g, (_, v: string) => ` href="#${prefix}${v}"`);
}

/**
 * One document with the full report in each language, one after the other (e.g. French then Dutch
 * for a Brussels council): one head and style, the first language's title and `lang`, and a divider
 * naming the language before each further report.
 */
export function renderMultilingualHtml(assessment: Assessment, langs: readonly Lang[], options: Omit<RenderOptions, 'lang'>): string {
  if (langs.length === 0) throw new Error('renderMultilingualHtml needs at least one language');
  const c = compile(options.strict === true);
  const bodies = langs.map((lang, i) => {
    const body = renderBody(c.report[options.variant ?? 'full'], assessment, { ...options, lang }, i > 0);
    return i === 0 ? body : { ...body, html: prefixIds(body.html, `${lang}-`) };
  });
  const first = bodies[0] as (typeof bodies)[number];
  return safeText(
    c.layout({
      lang: first.lang,
      docTitle: first.docTitle,
      css: styleOf(c, options),
      body: new Handlebars.SafeString(bodies.map((b) => b.html).join('\n')),
    }),
  );
}
