// The wizard's routes (issue 10, section 1): start a draft, fill it in step by step, see the panel change,
// submit it as a dossier or a new version. For those who prepare proposals and audits, by session only
// (a draft is a person's own work in progress, never an API token's).
import type { AppDeps, RouteSpec } from '../context.js';
import { PREPARERS } from './chrome.js';
import { discardDraft } from './wizard-review.js';
import { startHandlers } from './wizard-start.js';
import { stepHandlers } from './wizard-step.js';

export function wizardPages(deps: AppDeps): RouteSpec[] {
  const page = { access: PREPARERS, sessionOnly: true, page: true } as const;
  return [
    {
      ...page,
      method: 'get',
      path: '/o/:org/drafts/new',
      summary: 'Page: start a proposal or service audit (blank, from the latest version, or from an uploaded input file)',
      handler: (req, res, ctx) => startHandlers.showStart(deps, req, res, ctx),
    },
    {
      ...page,
      method: 'post',
      path: '/o/:org/drafts',
      summary: 'Form post: start a draft (multipart when a file is uploaded)',
      handler: (req, res, ctx) => startHandlers.createDraft(deps, req, res, ctx),
    },
    {
      ...page,
      method: 'get',
      path: '/o/:org/drafts/:draftId',
      summary: 'Page: resume a draft at the step last saved',
      handler: (req, res, ctx) => stepHandlers.resume(deps, req, res, ctx),
    },
    {
      ...page,
      method: 'post',
      path: '/o/:org/drafts/:draftId/preview',
      summary: "The wizard script's save on change: saves the draft, answers the side panel's HTML",
      handler: (req, res, ctx) => stepHandlers.preview(deps, req, res, ctx),
    },
    {
      ...page,
      method: 'post',
      path: '/o/:org/drafts/:draftId/delete',
      summary: 'Form post: throw a draft away',
      handler: (req, res, ctx) => discardDraft(deps, req, res, ctx),
    },
    {
      ...page,
      method: 'get',
      path: '/o/:org/drafts/:draftId/:step',
      summary: 'Page: one step of the wizard (a section of the input, or the review)',
      handler: (req, res, ctx) => stepHandlers.showStep(deps, req, res, ctx),
    },
    {
      ...page,
      method: 'post',
      path: '/o/:org/drafts/:draftId/:step',
      summary: 'Form post of a step: saves the draft, then the previous, same or next step (or, on the review, submits)',
      handler: (req, res, ctx) => stepHandlers.postStep(deps, req, res, ctx),
    },
  ];
}
