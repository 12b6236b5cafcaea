// Two versions of a dossier side by side (/o/:org/dossiers/:id/compare?from=N&to=M): the fields that
// changed, verdict and score before and after, the score per dimension, the checks that turned better
// or worse and the knock-outs that appeared or went away. A missing or wrong version number is a 400
// page that names the parameter.
import type { Request } from 'express';
import { ArmoedetoetsError, type FieldIssue } from '../../errors.js';
import type { ReportModel } from '../../report/model.js';
import { ROLES, type Dossier, type Organisation, type Store, type Version } from '../../store/types.js';
import type { Lang } from '../../types.js';
import { param } from '../api/http.js';
import { dossierOf } from '../api/scope.js';
import type { AppDeps, RequestContext, RouteSpec } from '../context.js';
import { pageRequest } from './chrome.js';
import { diffInputs, knockoutChanges } from './compare-diff.js';
import { changedFieldRows } from './compare-fields.js';
import { reportModelOf, resultOf, verdictView } from './dossier-model.js';
import { dossierHref } from './dossier-words.js';
import { sendHtml } from './http.js';
import { pageLabel, renderPage } from './render.js';

const VERSION_NUMBER = /^[1-9]\d{0,8}$/;

/** The two versions the query names; every problem with either, named by its parameter. */
async function versionsOf(store: Store, ctx: RequestContext, req: Request, d: Dossier): Promise<[Version, Version]> {
  const lang = ctx.lang;
  const issues: FieldIssue[] = [];
  const found: Version[] = [];
  for (const name of ['from', 'to'] as const) {
    const raw: unknown = req.query[name];
    const v = typeof raw === 'string' && VERSION_NUMBER.test(raw) ? await store.versions.get(d.orgId, d.id, Number(raw)) : undefined;
    if (!v) issues.push({ path: name, message: pageLabel(lang, 'compareNeedVersion', { max: Math.max(d.latestVersion, 1) }) });
    else found.push(v);
  }
  const [from, to] = found;
  if (issues.length === 0 && from && to && from.number === to.number) issues.push({ path: 'to', message: pageLabel(lang, 'compareSameVersion') });
  if (issues.length > 0 || !from || !to) throw new ArmoedetoetsError('INPUT_INVALID', pageLabel(lang, 'compareProblem'), { issues });
  return [from, to];
}

/** Verdict, score and light of both versions, a row each. */
function resultRows(lang: Lang, before: ReportModel, after: ReportModel) {
  const [b, a] = [verdictView(before), verdictView(after)];
  return [
    { what: pageLabel(lang, 'compareVerdict'), before: b.title, after: a.title, beforeCode: b.code, afterCode: a.code, verdict: true },
    { what: pageLabel(lang, 'compareScore'), before: b.score, after: a.score },
    { what: pageLabel(lang, 'compareLight'), before: b.lightText, after: a.lightText },
  ];
}

/** What the assessments of the two versions say differently (null when either has none yet). */
async function assessedChanges(store: Store, org: Organisation, lang: Lang, from: Version, to: Version) {
  const [before, after] = await Promise.all([store.assessments.latestForVersion(org.id, from.id), store.assessments.latestForVersion(org.id, to.id)]);
  if (!before || !after) return null;
  const [mBefore, mAfter] = await Promise.all([reportModelOf(store, before, lang), reportModelOf(store, after, lang, before)]);
  const changes = mAfter.changes;
  const ko = knockoutChanges(resultOf(before).verdict.knockouts, resultOf(after).verdict.knockouts);
  const titled = (ids: string[], m: ReportModel) => ids.map((id) => ({ id, title: m.knockouts.find((k) => k.id === id)?.title ?? id }));
  return {
    result: resultRows(lang, mBefore, mAfter),
    dimensions: changes?.rows ?? [],
    better: changes?.improved ?? [],
    worse: changes?.worse ?? [],
    knockoutsAppeared: titled(ko.appeared, mAfter),
    knockoutsGone: titled(ko.gone, mBefore),
  };
}

async function comparePage(deps: AppDeps, req: Request, ctx: RequestContext): Promise<string> {
  const { store } = deps;
  const org = ctx.org as Organisation;
  const lang = ctx.lang;
  const d = await dossierOf(store, ctx, param(req, 'id'));
  const [from, to] = await versionsOf(store, ctx, req, d);
  const fields = changedFieldRows(lang, d.kind, diffInputs(JSON.parse(from.input), JSON.parse(to.input)));
  const assessed = await assessedChanges(store, org, lang, from, to);
  const model = {
    intro: pageLabel(lang, 'compareIntro', { title: d.title, from: from.number, to: to.number }),
    back: dossierHref(org.slug, d.id),
    fromLabel: pageLabel(lang, 'compareVersion', { n: from.number }),
    toLabel: pageLabel(lang, 'compareVersion', { n: to.number }),
    fields,
    assessed,
  };
  const title = pageLabel(lang, 'compareTitle', { from: from.number, to: to.number });
  return renderPage('compare', title, model, await pageRequest(deps, req, ctx, { keep: ['from', 'to'] }));
}

export function comparePages(deps: AppDeps): RouteSpec[] {
  return [
    {
      method: 'get',
      path: '/o/:org/dossiers/:id/compare',
      access: ROLES,
      sessionOnly: true,
      page: true,
      summary: 'Page: two versions of a dossier compared (fields, verdict, score, checks, knock-outs)',
      handler: async (req, res, ctx) => sendHtml(res, 200, await comparePage(deps, req, ctx)),
    },
  ];
}
