// One dossier (/o/:org/dossiers/:id): where it stands in the workflow, its versions (with their inputs
// to download), the latest assessment as the report sees it, the report to download in every format
// and language, and the ways on: a new version (the wizard), the council's work, comparing two versions.
import type { Request } from 'express';
import { ROLES, type Dossier, type Organisation, type StoredAssessment, type Version } from '../../store/types.js';
import { LANGS, type Lang } from '../../types.js';
import { param } from '../api/http.js';
import { dossierOf } from '../api/scope.js';
import type { AppDeps, RequestContext, RouteSpec } from '../context.js';
import { namesOf } from '../services/user-names.js';
import { orgBase, pageRequest, PREPARERS } from './chrome.js';
import { assessmentView, reportModelOf } from './dossier-model.js';
import { dayText, dossierHref, dossiersHref, kindText, originText, statusText, verdictText, WORKFLOW } from './dossier-words.js';
import { sendHtml } from './http.js';
import { LANG_NAMES, pageLabel, renderPage, type PageLabelKey } from './render.js';

const REPORT_FORMATS = ['html', 'pdf', 'json'] as const;
const INPUT_FORMATS = ['json', 'yaml'] as const;

/** The workflow in plain words, with the dossier's place in it (a closed dossier stands outside it). */
function stepsOf(lang: Lang, d: Dossier) {
  const at = WORKFLOW.indexOf(d.status);
  return WORKFLOW.map((s, i) => ({
    label: statusText(lang, s),
    current: i === at,
    done: at >= 0 && i < at,
    note: i === at ? pageLabel(lang, 'dossierStepNow') : at >= 0 && i < at ? pageLabel(lang, 'dossierStepDone') : '',
  }));
}

/** The organisation's languages first, then the others. */
const reportLangs = (org: Organisation): Lang[] => [...org.languages, ...LANGS.filter((l) => !org.languages.includes(l))];

/** The formats of one document with the report in several languages, and of the short report (the JSON result has neither). */
const MULTILINGUAL_FORMATS = ['html', 'pdf'] as const;

/** A language's name in the page's language, for the links' hidden context ("Rapport in het Frans als PDF"). */
const LANG_IN: Record<Lang, PageLabelKey> = { nl: 'dossierLangNl', fr: 'dossierLangFr', en: 'dossierLangEn' };

function reportLinks(lang: Lang, org: Organisation, assessmentId: string) {
  const base = `/api/v1/orgs/${encodeURIComponent(org.slug)}/assessments/${encodeURIComponent(assessmentId)}`;
  const named = (l: Lang): string => pageLabel(lang, LANG_IN[l]);
  const rows = reportLangs(org).map((l) => ({
    lang: l as string | null,
    name: LANG_NAMES[l],
    links: REPORT_FORMATS.map((f) => ({
      href: `${base}/report.${f}?lang=${l}`,
      format: f.toUpperCase(),
      context: pageLabel(lang, 'dossierReportAs', { language: named(l), format: f.toUpperCase() }),
    })),
    short: MULTILINGUAL_FORMATS.map((f) => ({
      href: `${base}/report.${f}?lang=${l}&variant=short`,
      format: f.toUpperCase(),
      context: pageLabel(lang, 'dossierShortAs', { language: named(l), format: f.toUpperCase() }),
    })),
  }));
  // An organisation that works in more than one language (Brussels) prints the report in all of them at once.
  if (org.languages.length < 2) return rows;
  const all = org.languages.map(named).join(` ${pageLabel(lang, 'dossierAnd')} `);
  const both = {
    lang: null,
    name: pageLabel(lang, 'dossierReportTogether', { languages: all }),
    links: MULTILINGUAL_FORMATS.map((f) => ({
      href: `${base}/report.${f}?lang=${org.languages.join(',')}`,
      format: f.toUpperCase(),
      context: pageLabel(lang, 'dossierReportAs', { language: all, format: f.toUpperCase() }),
    })),
    short: MULTILINGUAL_FORMATS.map((f) => ({
      href: `${base}/report.${f}?lang=${org.languages.join(',')}&variant=short`,
      format: f.toUpperCase(),
      context: pageLabel(lang, 'dossierShortAs', { language: all, format: f.toUpperCase() }),
    })),
  };
  return [...rows, both];
}

function versionRows(
  lang: Lang,
  org: Organisation,
  d: Dossier,
  versions: Omit<Version, 'input'>[],
  latest: Map<string, Omit<StoredAssessment, 'result'>>,
  names: Map<string, string>,
) {
  const base = `/api/v1/orgs/${encodeURIComponent(org.slug)}/dossiers/${encodeURIComponent(d.id)}/versions`;
  return [...versions].reverse().map((v) => {
    const a = latest.get(v.id);
    return {
      number: v.number,
      author: names.get(v.authorId) ?? '—',
      origin: v.origin ? originText(lang, v.origin) : undefined,
      date: dayText(lang, v.createdAt),
      verdictCode: a?.verdict ?? 'none',
      verdict: verdictText(lang, a?.verdict ?? null),
      downloads: INPUT_FORMATS.map((f) => ({
        href: `${base}/${v.number}/input.${f}`,
        format: f.toUpperCase(),
        context: pageLabel(lang, 'dossierInputAs', { n: v.number, format: f.toUpperCase() }),
      })),
    };
  });
}

/** The form that opens the compare page: the two newest versions chosen. */
function compareForm(lang: Lang, org: Organisation, d: Dossier, versions: Omit<Version, 'input'>[]) {
  if (versions.length < 2) return null;
  const newest = versions[versions.length - 1]?.number ?? 0;
  const option = (v: Omit<Version, 'input'>, chosen: number) => ({
    value: v.number,
    label: pageLabel(lang, 'dossierVersionOption', { n: v.number, date: dayText(lang, v.createdAt) }),
    selected: v.number === chosen,
  });
  return {
    action: `${dossierHref(org.slug, d.id)}/compare`,
    from: versions.map((v) => option(v, newest - 1)),
    to: versions.map((v) => option(v, newest)),
  };
}

async function dossierPage(deps: AppDeps, req: Request, ctx: RequestContext): Promise<string> {
  const { store } = deps;
  const org = ctx.org as Organisation;
  const lang = ctx.lang;
  const d = await dossierOf(store, ctx, param(req, 'id'));
  const [versions, assessments] = await Promise.all([store.versions.list(org.id, d.id), store.assessments.listForDossier(org.id, d.id)]);
  // Oldest first: the last one of a version is its newest.
  const latest = new Map(assessments.map((a) => [a.versionId, a]));
  const names = await namesOf(deps.store, [d.ownerId, ...versions.map((v) => v.authorId)], '—');
  const newest = versions[versions.length - 1];
  const latestRow = newest ? latest.get(newest.id) : undefined;
  const stored = latestRow ? await store.assessments.get(org.id, latestRow.id) : undefined;
  const href = dossierHref(org.slug, d.id);
  const model = {
    facts: [
      { label: pageLabel(lang, 'dossierKind'), value: kindText(lang, d.kind) },
      { label: pageLabel(lang, 'dossierStatus'), value: statusText(lang, d.status) },
      { label: pageLabel(lang, 'dossierOwner'), value: names.get(d.ownerId) ?? '—' },
      { label: pageLabel(lang, 'listColUpdated'), value: dayText(lang, d.updatedAt) },
    ],
    steps: stepsOf(lang, d),
    closed: d.status === 'closed',
    newVersion:
      ctx.role && PREPARERS.includes(ctx.role)
        ? `${orgBase(org.slug)}/drafts/new?kind=${encodeURIComponent(d.kind)}&dossier=${encodeURIComponent(d.id)}`
        : null,
    council: `${href}/council`,
    list: dossiersHref(org.slug),
    hasVersions: versions.length > 0,
    versions: versionRows(lang, org, d, versions, latest, names),
    compare: compareForm(lang, org, d, versions),
    assessedVersion: newest && stored ? pageLabel(lang, 'dossierAssessmentOf', { n: newest.number, date: dayText(lang, stored.createdAt) }) : null,
    assessment: stored ? assessmentView(await reportModelOf(store, stored, lang), lang) : null,
    reports: stored ? reportLinks(lang, org, stored.id) : null,
  };
  return renderPage('dossier', d.title, model, await pageRequest(deps, req, ctx));
}

export function dossierPages(deps: AppDeps): RouteSpec[] {
  return [
    {
      method: 'get',
      path: '/o/:org/dossiers/:id',
      access: ROLES,
      sessionOnly: true,
      page: true,
      summary: 'Page: one dossier (status, versions, latest assessment, downloads)',
      handler: async (req, res, ctx) => sendHtml(res, 200, await dossierPage(deps, req, ctx)),
    },
  ];
}
