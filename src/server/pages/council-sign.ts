// The chair's signing step (/council/advice/:n/sign: the advice read once more, name and role, the
// date; a confirm button) and the feedback's print view (/council/feedback/print).
import type { Request, Response } from 'express';
import { ArmoedetoetsError, isArmoedetoetsError } from '../../errors.js';
import { formatDate } from '../../report/format.js';
import type { Advice, Dossier } from '../../store/types.js';
import { READ } from '../api/scope.js';
import type { AppDeps, RequestContext, RouteSpec } from '../context.js';
import { signAdvice } from '../council/service.js';
import { ACTS, mayDo } from '../council/workflow.js';
import { actorOf, backTo } from './council-actions.js';
import { loadCouncil } from './council-data.js';
import { dayOf, errorSummary, Fields, label, type FormState } from './council-fields.js';
import { parseSign, type Body } from './council-forms.js';
import { councilPath } from './council-model.js';
import { councilDossier, showCouncil } from './council-page.js';
import { pageRequest } from './chrome.js';
import { seeOther, sendHtml } from './http.js';
import { pageLabel, renderPage } from './render.js';

function adviceNumber(req: Request): number {
  const n = Number(req.params['n']);
  return Number.isInteger(n) && n > 0 ? n : 0;
}

/** The draft numbered :n, ready to sign; 404 when there is none, 409 (the council page says why) when it cannot be signed. */
async function draftToSign(deps: AppDeps, req: Request, ctx: RequestContext, dossier: Dossier): Promise<Advice> {
  const advice = await deps.store.council.advices.byNumber(dossier.orgId, dossier.id, adviceNumber(req));
  if (!advice) throw new ArmoedetoetsError('NOT_FOUND', pageLabel(ctx.lang, 'councilAdviceUnknown'));
  if (advice.status === 'signed') throw new ArmoedetoetsError('CONFLICT', pageLabel(ctx.lang, 'councilAdviceSigned', { number: advice.number }));
  if (!mayDo('sign', dossier.status, ctx.role)) throw new ArmoedetoetsError('CONFLICT', pageLabel(ctx.lang, 'councilStatusSign'));
  return advice;
}

async function signPage(deps: AppDeps, req: Request, res: Response, ctx: RequestContext, state?: FormState): Promise<void> {
  const dossier = await councilDossier(deps, req, ctx);
  let advice: Advice;
  try {
    advice = await draftToSign(deps, req, ctx, dossier);
  } catch (e) {
    if (isArmoedetoetsError(e) && e.code === 'CONFLICT') return showCouncil(deps, req, res, ctx, dossier, { problem: e.message, status: 409 });
    throw e;
  }
  const d = await loadCouncil(deps, ctx, dossier);
  const user = ctx.actor?.userId ? await deps.store.users.get(ctx.actor.userId) : undefined;
  const f = new Fields(ctx.lang, 'sign', state);
  const base = councilPath(d.org.slug, dossier.id);
  const model = {
    dossierTitle: dossier.title,
    backHref: `${base}?lang=${ctx.lang}#advies`,
    action: `${base}/advice/${advice.number}/sign?lang=${ctx.lang}`,
    csrf: d.csrfToken,
    summary: errorSummary(ctx.lang, state),
    conclusion: advice.conclusion,
    recommendations: advice.recommendations.map((r) => ({
      text: r.text,
      source: r.checkId ? label(ctx.lang, 'councilAdviceFromPath', { check: r.checkId }) : label(ctx.lang, 'councilAdviceOwn'),
    })),
    name: f.field('signName', 'councilSignName', { value: user?.displayName ?? '' }),
    role: f.field('signRole', 'councilSignRole', { hint: 'councilSignRoleHint', value: pageLabel(ctx.lang, 'councilSignRoleDefault') }),
    date: pageLabel(ctx.lang, 'councilSignDate', { date: formatDate(d.today, ctx.lang) }),
  };
  const title = pageLabel(ctx.lang, 'councilSignTitle', { number: advice.number });
  const page = await pageRequest(deps, req, ctx, { wide: false });
  page.path = req.path;
  sendHtml(res, state ? 400 : 200, renderPage('council-sign', title, model, page));
}

async function submitSign(deps: AppDeps, req: Request, res: Response, ctx: RequestContext): Promise<void> {
  const dossier = await councilDossier(deps, req, ctx);
  const parsed = parseSign((req.body ?? {}) as Body, ctx.lang);
  if (!parsed.ok) return signPage(deps, req, res, ctx, { form: 'sign', values: parsed.values, issues: parsed.issues });
  try {
    await signAdvice(deps.store, ctx.org as NonNullable<RequestContext['org']>, dossier, actorOf(ctx), { number: adviceNumber(req), ...parsed.value });
  } catch (e) {
    if (!isArmoedetoetsError(e) || e.code !== 'CONFLICT') throw e;
    const fresh = (await deps.store.dossiers.get(dossier.orgId, dossier.id)) ?? dossier;
    return showCouncil(deps, req, res, ctx, fresh, { problem: e.message, status: 409 });
  }
  seeOther(res, backTo(ctx, dossier, 'sign', 'advies'));
}

/** The feedback on the newest answered advice, laid out to print (or to save as PDF from the browser). */
async function printPage(deps: AppDeps, req: Request, res: Response, ctx: RequestContext): Promise<void> {
  const dossier = await councilDossier(deps, req, ctx);
  const d = await loadCouncil(deps, ctx, dossier);
  if (!d.feedback) throw new ArmoedetoetsError('NOT_FOUND', pageLabel(ctx.lang, 'councilPrintNone'));
  const model = {
    org: d.org.name,
    dossierTitle: dossier.title,
    // The day it was last written (made final, for a final text).
    date: dayOf(d.feedback.updatedAt, ctx.lang),
    draft: d.feedback.status !== 'final',
    paragraphs: d.feedback.text.split(/\n{2,}/).map((p) => ({ lines: p.split('\n') })),
    backHref: `${councilPath(d.org.slug, dossier.id)}?lang=${ctx.lang}#terugkoppeling`,
    textLang: d.feedback.lang,
  };
  const page = await pageRequest(deps, req, ctx, { wide: false });
  page.path = req.path;
  sendHtml(res, 200, renderPage('council-print', pageLabel(ctx.lang, 'councilPrintTitle', { title: dossier.title }), model, page));
}

export function councilSignPages(deps: AppDeps): RouteSpec[] {
  return [
    {
      method: 'get',
      path: '/o/:org/dossiers/:id/council/advice/:n/sign',
      access: ACTS.sign.roles,
      sessionOnly: true,
      page: true,
      summary: 'Page: the chair reads the draft advice once more and confirms the signature',
      handler: (req, res, ctx) => signPage(deps, req, res, ctx),
    },
    {
      method: 'post',
      path: '/o/:org/dossiers/:id/council/advice/:n/sign',
      access: ACTS.sign.roles,
      sessionOnly: true,
      page: true,
      summary: 'Form post of the signing page: sign the advice (it never changes afterwards)',
      handler: (req, res, ctx) => submitSign(deps, req, res, ctx),
    },
    {
      method: 'get',
      path: '/o/:org/dossiers/:id/council/feedback/print',
      access: READ,
      sessionOnly: true,
      page: true,
      summary: 'Page: the feedback to the participants, laid out to print',
      handler: (req, res, ctx) => printPage(deps, req, res, ctx),
    },
  ];
}
