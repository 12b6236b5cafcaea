// Renders the HTML advisory report: one self-contained file (inline CSS and SVG, no scripts, no external resources).
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import Handlebars from 'handlebars';
import { TEMPLATES_DIR } from '../paths.js';
import type { Assessment, Lang, Ruleset } from '../types.js';
import { buildReportModel } from './model.js';

export const REPORT_DIR = join(TEMPLATES_DIR, 'report');

export interface RenderOptions {
  ruleset: Ruleset;
  lang?: Lang;
  /** An earlier audit of the same service: the report adds what changed since. */
  previous?: Assessment;
  /** When the report was made (ISO date or timestamp); now by default, pinned in tests. */
  generatedAt?: string;
  /** Compile the templates with Handlebars' strict mode: a field the model lacks throws (for tests). */
  strict?: boolean;
}

type Template = Handlebars.TemplateDelegate<Record<string, unknown>>;
const compiled = new Map<boolean, { template: Template; css: string }>();

/** Compiles the layout and partials once per mode, in an isolated Handlebars environment. */
function compile(strict: boolean): { template: Template; css: string } {
  const hit = compiled.get(strict);
  if (hit) return hit;
  const hb = Handlebars.create();
  const partials = join(REPORT_DIR, 'partials');
  for (const file of readdirSync(partials).filter((f) => f.endsWith('.hbs')).sort()) {
    hb.registerPartial(basename(file, '.hbs'), hb.compile(readFileSync(join(partials, file), 'utf8'), { strict }));
  }
  const css = readFileSync(join(REPORT_DIR, 'report.css'), 'utf8');
  if (/<\/?style|url\(|@import/i.test(css)) throw new Error('report.css must not contain </style>, url() or @import');
  const template = hb.compile(readFileSync(join(REPORT_DIR, 'layout.hbs'), 'utf8'), { strict }) as Template;
  const entry = { template, css };
  compiled.set(strict, entry);
  return entry;
}

export function renderReportHtml(assessment: Assessment, options: RenderOptions): string {
  const { template, css } = compile(options.strict === true);
  const model = buildReportModel(assessment, options);
  // Only the server-built CSS and SVGs are marked safe; every other value is escaped by {{ }}.
  return template({
    ...model,
    css: new Handlebars.SafeString(css),
    chart: new Handlebars.SafeString(model.chart),
    participation: { ...model.participation, svg: new Handlebars.SafeString(model.participation.svg) },
  });
}
