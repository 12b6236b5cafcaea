// Reports of stored assessments: rendered from the saved result (never scored again), kept by their
// content key so that a second request costs no browser time, and a busy or failing browser pool
// answered with a clear 503 rather than a queue without bound.
import { DEFAULT_TIME_ZONE } from '../../dates.js';
import { ArmoedetoetsError, isArmoedetoetsError } from '../../errors.js';
import { assessmentJson } from '../../output/json.js';
import { inLanguage } from '../../output/words.js';
import { PACKAGE_VERSION } from '../../paths.js';
import type { CouncilRecord, ReportVariant } from '../../report/council.js';
import { renderMultilingualHtml, renderReportHtml } from '../../report/html.js';
import type { BrowserPool } from '../../report/pdf/pool.js';
import type { Assessment, Lang } from '../../types.js';
import type { RenderedReport, StoredAssessment, Store } from '../../store/types.js';
import { councilHash } from '../council/record.js';
import { apiText } from '../messages/api.js';
import { sha256Hex } from './assessing.js';
import { sharedRulesets, type RulesetCache } from './rulesets.js';

export const REPORT_FORMATS = ['html', 'pdf', 'json'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** The report variant when none is asked for (the full advisory report); the short one is `?variant=short`. */
export const REPORT_VARIANT: ReportVariant = 'full';
export const REPORT_VARIANTS: readonly ReportVariant[] = ['full', 'short'];

/**
 * Seconds a client is asked to wait when the PDF queue is full or the browser failed: a report prints
 * in one to two seconds on two pages at once, so a few seconds let a full queue move on.
 */
export const PDF_RETRY_AFTER_SECONDS = 5;

export const CONTENT_TYPES: Record<ReportFormat, string> = {
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  json: 'application/json; charset=utf-8',
};

export interface ReportDeps {
  store: Store;
  pool: BrowserPool;
  rulesets?: RulesetCache;
}

/**
 * The cache key of one rendering: the saved result, format, language, variant and the code that renders
 * it, and the council's record when the report shows one (a new advice or answer is a new report).
 */
export function reportKey(resultHash: string, format: ReportFormat, lang: Lang | readonly Lang[], variant = REPORT_VARIANT, council?: CouncilRecord): string {
  // One language keeps the key it always had; several are one document in that order ("fr,nl").
  const base = `${resultHash}|${format}|${typeof lang === 'string' ? lang : lang.join(',')}|${variant}|${PACKAGE_VERSION}`;
  return sha256Hex(council ? `${base}|council:${councilHash(council)}` : base);
}

/** Identical requests in flight share one rendering (the first one's), per store. */
const inFlightByStore = new WeakMap<Store, Map<string, Promise<RenderedReport>>>();

export async function rulesetOf(deps: Pick<ReportDeps, 'store' | 'rulesets'>, stored: Pick<StoredAssessment, 'orgId' | 'overlayVersion'>) {
  // The texts come from the rules the assessment was made with: the pack and that overlay version.
  const overlay = stored.overlayVersion === null ? undefined : await deps.store.overlays.get(stored.orgId, stored.overlayVersion);
  return (deps.rulesets ?? sharedRulesets).forOverlay(overlay);
}

function pdfError(e: unknown, lang: Lang): unknown {
  if (!isArmoedetoetsError(e)) return e;
  const data = { retryAfterSeconds: PDF_RETRY_AFTER_SECONDS };
  if (e.code === 'BUSY') return new ArmoedetoetsError('BUSY', apiText(lang, 'pdfBusy', { seconds: PDF_RETRY_AFTER_SECONDS }), { data, cause: e });
  // The pool already tried once more on a new browser: a clear 503, the next request gets a fresh browser.
  if (e.code === 'RENDER_FAILED' || e.code === 'RENDER_TIMEOUT')
    return new ArmoedetoetsError('UNAVAILABLE', apiText(lang, 'pdfUnavailable'), { data, cause: e });
  return e;
}

async function render(
  deps: ReportDeps,
  stored: StoredAssessment,
  format: ReportFormat,
  langs: readonly Lang[],
  variant: ReportVariant,
  key: string,
  council?: CouncilRecord,
): Promise<RenderedReport> {
  const saved = JSON.parse(stored.result) as Assessment;
  const lang = langs[0] as Lang;
  let body: Uint8Array;
  if (format === 'json') {
    // In its own language the stored text itself, byte for byte; in another, the same result worded there.
    body = Buffer.from(lang === saved.lang ? stored.result : assessmentJson(inLanguage(saved, await rulesetOf(deps, stored), lang)), 'utf8');
  } else {
    const ruleset = await rulesetOf(deps, stored);
    // Dated the day it was assessed: the same report, byte for byte, whenever it is asked for.
    const options = { ruleset, variant, generatedAt: stored.createdAt, timeZone: DEFAULT_TIME_ZONE, ...(council ? { council } : {}) };
    // Several languages (a Brussels council): the report in each, one after the other, in one document.
    const html = langs.length > 1 ? renderMultilingualHtml(saved, langs, options) : renderReportHtml(saved, { ...options, lang });
    if (format === 'html') body = Buffer.from(html, 'utf8');
    else body = await deps.pool.pdf(html, { title: saved.subject.title, lang }).catch((e: unknown) => Promise.reject(pdfError(e, lang)));
  }
  const report = { key, contentType: CONTENT_TYPES[format], body };
  await deps.store.reports.put(report);
  return { ...report, createdAt: new Date().toISOString() };
}

/**
 * The report of a stored assessment in `lang` (the assessment's own language when not given, as the CLI's
 * `report` without --lang), or in several languages one after the other (HTML and PDF only), full or
 * short (HTML and PDF; JSON has no variant), with the council's record when given: from the report store
 * when rendered before, else rendered and kept. `langs` says the languages of what was returned.
 */
export async function reportOf(
  deps: ReportDeps,
  stored: StoredAssessment,
  format: ReportFormat,
  requested?: Lang | readonly Lang[],
  asked: ReportVariant = REPORT_VARIANT,
  council?: CouncilRecord,
): Promise<RenderedReport & { cached: boolean; lang: Lang; langs: Lang[] }> {
  const langs =
    requested === undefined ? [(JSON.parse(stored.result) as Assessment).lang] : typeof requested === 'string' ? [requested] : [...new Set(requested)];
  if (langs.length === 0 || (format === 'json' && langs.length > 1))
    throw new ArmoedetoetsError('INTERNAL', 'a report needs one language (JSON) or more (HTML, PDF)');
  const lang = langs[0] as Lang;
  const variant = format === 'json' ? REPORT_VARIANT : asked;
  // The JSON is the engine's result alone: the council's record is part of the HTML and PDF only.
  const shown = format === 'json' ? undefined : council;
  const key = reportKey(stored.resultHash, format, langs.length === 1 ? lang : langs, variant, shown);
  const kept = await deps.store.reports.get(key);
  if (kept) return { ...kept, cached: true, lang, langs };
  let inFlight = inFlightByStore.get(deps.store);
  if (!inFlight) inFlightByStore.set(deps.store, (inFlight = new Map()));
  let running = inFlight.get(key);
  if (!running) {
    running = render(deps, stored, format, langs, variant, key, shown);
    inFlight.set(key, running);
    const forget = (): void => void inFlight.delete(key);
    running.then(forget, forget);
  }
  return { ...(await running), cached: false, lang, langs };
}
