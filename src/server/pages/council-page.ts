// Showing the council page: the dossier of the path, the page as asked for (with the notice a 303 after
// a post asks for), or as a post that came back (a form with problems, or an act refused).
import type { Request, Response } from 'express';
import type { Dossier } from '../../store/types.js';
import { dossierOf } from '../api/scope.js';
import type { AppDeps, RequestContext } from '../context.js';
import { loadCouncil } from './council-data.js';
import type { FormState } from './council-fields.js';
import { councilModel } from './council-model.js';
import { pageRequest } from './chrome.js';
import { sendHtml } from './http.js';
import { pageLabel, renderPage, type PageLabelKey } from './render.js';

/** What a 303 after a post may ask the page to say (?done=…), and nothing else. */
export const DONE: Record<string, PageLabelKey> = {
  submit: 'councilDoneSubmit',
  open: 'councilDoneOpen',
  'follow-up': 'councilDoneFollowUp',
  comment: 'councilDoneComment',
  participation: 'councilDoneParticipation',
  'participation-evidence': 'councilDoneParticipationEvidence',
  'participation-full': 'councilDoneParticipationFull',
  advice: 'councilDoneAdvice',
  sign: 'councilDoneSign',
  answer: 'councilDoneAnswer',
  'answer-corrected': 'councilDoneAnswerCorrected',
  feedback: 'councilDoneFeedback',
  'feedback-final': 'councilDoneFeedbackFinal',
  'feedback-final-evidence': 'councilDoneFeedbackFinalEvidence',
};

/** The dossier of the path, of this organisation and not deleted; 404 otherwise. */
export const councilDossier = (deps: AppDeps, req: Request, ctx: RequestContext): Promise<Dossier> =>
  dossierOf(deps.store, ctx, typeof req.params['id'] === 'string' ? req.params['id'] : '');

/** The council page's own path, whatever sub-path (a form post, the sign page) the request came to. */
export const councilPagePath = (path: string): string => path.replace(/\/council\/.*$/, '/council');

export async function showCouncil(
  deps: AppDeps,
  req: Request,
  res: Response,
  ctx: RequestContext,
  dossier: Dossier,
  o: { state?: FormState; notice?: string; problem?: string; status?: number } = {},
): Promise<void> {
  const data = await loadCouncil(deps, ctx, dossier);
  const model = councilModel(data, o);
  const title = pageLabel(ctx.lang, 'councilTitle', { title: dossier.title });
  const page = await pageRequest(deps, req, ctx, { wide: true });
  // The language links lead to the page itself: a form post's path is no page to switch language on.
  page.path = councilPagePath(req.path);
  sendHtml(res, o.status ?? 200, renderPage('council', title, { ...model, dossierTitle: dossier.title }, page));
}

export async function getCouncil(deps: AppDeps, req: Request, res: Response, ctx: RequestContext): Promise<void> {
  const dossier = await councilDossier(deps, req, ctx);
  const done = typeof req.query['done'] === 'string' ? DONE[req.query['done']] : undefined;
  await showCouncil(deps, req, res, ctx, dossier, { notice: done ? pageLabel(ctx.lang, done) : undefined });
}
