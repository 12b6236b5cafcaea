// Stored assessments and their reports (HTML, PDF, JSON in nl/fr/en), rendered from the saved result.
import type { Request } from 'express';
import type { FieldIssue } from '../../errors.js';
import { LANGS, type Lang } from '../../types.js';
import type { ReportVariant } from '../../report/council.js';
import { safeJson } from '../../text-safety.js';
import type { StoredAssessment } from '../../store/types.js';
import type { AppDeps, RequestContext } from '../context.js';
import { councilForAssessment } from '../council/record.js';
import { apiText } from '../messages/api.js';
import { REPORT_VARIANT, REPORT_VARIANTS, reportOf, type ReportFormat } from '../services/reports.js';
import { notFound, param, queryLang, queryLangs, queryValue, requestInvalid, sendJsonText } from './http.js';
import { LANG_QUERY, type ApiRoute, type QueryDoc } from './route.js';
import { orgOf, READ } from './scope.js';
import { assessmentView } from './views.js';

/**
 * The report shown in a browser tab: its own inline style and SVG, nothing else may load or run
 * (stricter than the API's policy in what it allows, with the one exception the report needs).
 */
export const REPORT_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

async function assessmentOf(deps: AppDeps, req: Request, ctx: RequestContext): Promise<StoredAssessment> {
  const id = param(req, 'id');
  const a = id === '' ? undefined : await deps.store.assessments.get(orgOf(ctx).id, id);
  if (!a) throw notFound(ctx.lang, 'assessmentNotFound');
  // An assessment of a deleted dossier is gone with it.
  const d = await deps.store.dossiers.get(orgOf(ctx).id, a.dossierId);
  if (!d || d.deletedAt !== null) throw notFound(ctx.lang, 'assessmentNotFound');
  return a;
}

const REPORT_SUMMARY: Record<ReportFormat, string> = {
  html: 'The advisory report of an assessment as HTML, rendered from the stored result',
  pdf: 'The advisory report of an assessment as PDF (503 with Retry-After when the PDF queue is full)',
  json: 'The stored result of an assessment (the CLI --format json), worded in the chosen language',
};

/** The report's languages: one, or several for one document with the report in each (a Brussels council). */
const LANGS_QUERY: QueryDoc = {
  name: 'lang',
  description:
    'Taal van het rapport (nl, fr, en), of enkele talen gescheiden door een komma voor één document met het rapport in elk (bv. fr,nl) / language of the report, or several separated by commas for one document with the report in each.',
  schema: { type: 'string', pattern: `^(${LANGS.join('|')})(,(${LANGS.join('|')}))*$` },
};

const VARIANT_QUERY: QueryDoc = {
  name: 'variant',
  description:
    'full (standaard): het volledige rapport; short: het korte rapport voor het college, hoogstens zes bladzijden / full (default): the full report; short: the short report for the college, at most six pages.',
  schema: { type: 'string', enum: [...REPORT_VARIANTS] },
};

/** `?variant=full|short` for HTML and PDF; the JSON result has no variant, so there it is an unknown field. */
function queryVariant(req: Request, issues: FieldIssue[], lang: Lang, format: ReportFormat): ReportVariant {
  const v = queryValue(req, 'variant', issues, lang);
  if (v === undefined) return REPORT_VARIANT;
  if (format === 'json') issues.push({ path: 'variant', message: apiText(lang, 'fieldUnknown', { known: 'lang' }) });
  else if ((REPORT_VARIANTS as readonly string[]).includes(v)) return v as ReportVariant;
  else issues.push({ path: 'variant', message: apiText(lang, 'fieldEnum', { values: REPORT_VARIANTS.join(', ') }) });
  return REPORT_VARIANT;
}

function reportRoute(deps: AppDeps, format: ReportFormat): ApiRoute {
  return {
    method: 'get',
    path: `/api/v1/orgs/:org/assessments/:id/report.${format}`,
    access: READ,
    summary: REPORT_SUMMARY[format],
    doc: {
      response: {
        type: format === 'html' ? 'text/html' : format === 'pdf' ? 'application/pdf' : 'application/json',
        schema: format === 'json' ? 'assessment' : undefined,
      },
      query: format === 'json' ? [LANG_QUERY] : [LANGS_QUERY, VARIANT_QUERY],
    },
    handler: async (req, res, ctx) => {
      const issues: FieldIssue[] = [];
      const lang = format === 'json' ? queryLang(req, issues, ctx.lang) : queryLangs(req, issues, ctx.lang);
      const variant = queryVariant(req, issues, ctx.lang, format);
      if (issues.length > 0) throw requestInvalid(ctx.lang, issues);
      const stored = await assessmentOf(deps, req, ctx);
      // Without ?lang= the report speaks the assessment's own language (as the CLI's `report` without --lang).
      // The council's advice and answer belong to the dossier's latest version: its report shows them.
      const council = format === 'json' ? undefined : await councilForAssessment(deps.store, stored);
      const report = await reportOf(deps, stored, format, lang, variant, council);
      res.setHeader('Content-Language', report.langs.join(', '));
      res.setHeader('X-Report-Cache', report.cached ? 'hit' : 'miss');
      if (format === 'html') res.setHeader('Content-Security-Policy', REPORT_CSP);
      if (format === 'pdf') res.setHeader('Content-Disposition', `inline; filename="toets-${stored.id.replace(/[^A-Za-z0-9-]/g, '')}.pdf"`);
      res.status(200).type(report.contentType).send(Buffer.from(report.body));
    },
  };
}

export function assessmentRoutes(deps: AppDeps): ApiRoute[] {
  return [
    {
      method: 'get',
      path: '/api/v1/orgs/:org/assessments/:id',
      access: READ,
      summary: 'One stored assessment: its record and its full result',
      doc: { response: { type: 'application/json' } },
      handler: async (req, res, ctx) => {
        const a = await assessmentOf(deps, req, ctx);
        // The stored result as it was saved (already safe JSON), inside the answer.
        sendJsonText(res, 200, `{"assessment":${safeJson(assessmentView(a), 0)},"result":${a.result.trimEnd()}}`);
      },
    },
    reportRoute(deps, 'html'),
    reportRoute(deps, 'pdf'),
    reportRoute(deps, 'json'),
  ];
}
