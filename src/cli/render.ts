// Turns an assessment into the requested output format; the browser pool is started only for PDF.
// The HTML report (Handlebars, the report model) is imported only when HTML or PDF is asked, and the
// pool loads puppeteer only when it starts a browser: a text or JSON run loads neither (about 300 ms).
import { BrowserPool } from '../report/pdf/pool.js';
import { ArmoedetoetsError, isArmoedetoetsError } from '../errors.js';
import { renderText } from '../output/text.js';
import { assessmentJson } from '../output/json.js';
import type { ReportVariant } from '../report/council.js';
import type { Assessment, Lang, Ruleset } from '../types.js';
import type { Format } from './args.js';
import type { CliIO } from './io.js';
import { cliPoolOptions } from './pdf-options.js';

export interface RenderContext {
  ruleset: Ruleset;
  io: CliIO;
  /** Created on the first PDF and closed by the caller (see withRenderer). */
  pool?: BrowserPool;
}

/** The report as HTML: in one language, or with the full report in each of `langs` one after the other. */
async function reportHtml(a: Assessment, lang: Lang, ctx: RenderContext, opts: RenderOpts): Promise<string> {
  const { previous, langs, variant } = opts;
  // The report's date is the CLI's today: in its time zone (ARMOEDETOETS_TZ), read once per run.
  const generatedAt = ctx.io.today;
  const { renderMultilingualHtml, renderReportHtml } = await import('../report/html.js');
  return langs && langs.length > 1
    ? renderMultilingualHtml(a, langs, { ruleset: ctx.ruleset, previous, generatedAt, variant })
    : renderReportHtml(a, { ruleset: ctx.ruleset, lang, previous, generatedAt, variant });
}

export interface RenderOpts {
  color: boolean;
  previous?: Assessment;
  /** Several report languages (`--lang fr,nl`): HTML and PDF hold the report in each; the first is `lang`. */
  langs?: readonly Lang[];
  /** The full report (default) or the short one for the college (`--variant short`), for HTML and PDF. */
  variant?: ReportVariant;
}

/** `color` only matters for text on a terminal; the context is shared so that one browser serves every PDF. */
export async function renderAs(a: Assessment, format: Format, lang: Lang, ctx: RenderContext, opts: RenderOpts): Promise<string | Uint8Array> {
  switch (format) {
    case 'json':
      return assessmentJson(a);
    case 'text':
      return renderText(a, { color: opts.color, lang, ruleset: ctx.ruleset });
    case 'html':
      return reportHtml(a, lang, ctx, opts);
    case 'pdf': {
      const html = await reportHtml(a, lang, ctx, opts);
      ctx.pool ??= new BrowserPool(cliPoolOptions(ctx.io));
      // The PDF prints the same HTML; its running header stays in the first language.
      return ctx.pool.pdf(html, { title: a.subject.title, lang }).catch((e: unknown) => {
        if (!isArmoedetoetsError(e) || e.code !== 'RENDER_TIMEOUT') throw e;
        const message = `${e.message} Geef meer tijd met --timeout SECONDEN (of ARMOEDETOETS_PDF_TIMEOUT).`;
        throw new ArmoedetoetsError('RENDER_TIMEOUT', message, { data: e.data, cause: e });
      });
    }
  }
}

/** Runs `fn` with a render context and always closes the browser it may have started. */
export async function withRenderer<T>(ruleset: Ruleset, io: CliIO, fn: (ctx: RenderContext) => Promise<T>): Promise<T> {
  const ctx: RenderContext = { ruleset, io };
  try {
    return await fn(ctx);
  } finally {
    await ctx.pool?.close();
  }
}

export const EXTENSION: Record<Format, string> = { json: '.json', text: '.txt', html: '.html', pdf: '.pdf' };
