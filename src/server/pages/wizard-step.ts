// One step of the wizard: a section's fields with their values and problems, the step list, the buttons
// (Vorige / Opslaan / Volgende, a row's "toevoegen" and "verwijderen") and the side panel. Every post
// saves the draft, problems and all, and answers with a redirect (303) to the step to show next.
import type { Request, Response } from 'express';
import type { AppDeps, RequestContext } from '../context.js';
import { fieldText } from '../forms/catalogue.js';
import { sectionToForm, type FormValues } from '../forms/form-data.js';
import { pageRequest } from './chrome.js';
import { seeOther, sendHtml } from './http.js';
import { pageLabel, renderFragment, renderPage } from './render.js';
import { draftBase, wizardUrl, foldStep, hiddenFor, kickerOf, notFoundStep, orgOfPage, ownDraft, stepLinks, valueAt } from './wizard-draft.js';
import { stepFields } from './wizard-fields.js';
import { draftPanel } from './wizard-panel.js';
import { showReview, submitDraft } from './wizard-review.js';
import { draftIssues, issueName, issueSection, neighbour, REVIEW_STEP, sectionOf } from './wizard-steps.js';

const first = (v: unknown): string | undefined => (typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : undefined);
const paramOf = (req: Request, name: string): string => String(req.params[name] ?? '');

/** The posted form fields of a step (the buttons and the token are not fields). */
function postedFields(req: Request): FormValues {
  const body = (req.body ?? {}) as Record<string, unknown>;
  const out: FormValues = {};
  for (const [k, v] of Object.entries(body)) {
    if (k.startsWith('_')) continue;
    if (typeof v === 'string') out[k] = v;
    else if (Array.isArray(v)) out[k] = v.filter((x): x is string => typeof x === 'string');
  }
  return out;
}

/** A step of a section, shown from the saved draft. */
async function showStep(deps: AppDeps, req: Request, res: Response, ctx: RequestContext): Promise<void> {
  const org = orgOfPage(ctx);
  const open = await ownDraft(deps, ctx, paramOf(req, 'draftId'));
  const { draft, input } = open;
  const step = paramOf(req, 'step');
  if (step === REVIEW_STEP) {
    return showReview(deps, req, res, ctx, open);
  }
  const section = sectionOf(draft.kind, step);
  if (!section) throw notFoundStep(ctx);
  const base = draftBase(org, draft.id);
  const lang = ctx.lang;
  const issues = draftIssues(input, lang);
  const hidden = await hiddenFor(deps, org, input);
  const form = sectionToForm(section, input[step], draft.unknowns, lang);
  const addRow = first(req.query['add']);
  const built = stepFields(
    section,
    { lang, kind: draft.kind, section: step, form, ...(addRow ? { addRow } : {}) },
    issues.filter((i) => issueSection(issueName(i.path)) === step),
  );
  const steps = stepLinks(draft.kind, lang, base, step, input, hidden, issues);
  const visible = steps.filter((s) => !s.hidden);
  const text = fieldText(lang, draft.kind, section.field);
  const chrome = await pageRequest(deps, req, ctx, { wide: true });
  const model = {
    kicker: await kickerOf(deps, ctx, open),
    lead: text.help,
    stepOf: pageLabel(lang, 'wizardStepOf', { n: Math.max(1, visible.findIndex((s) => s.current) + 1), total: visible.length }),
    steps,
    saved: req.query['saved'] === '1' && built.summary.length === 0,
    hiddenNotice: hidden.has(step) ? pageLabel(lang, 'wizardHiddenNotice') : undefined,
    summary: built.summary,
    fields: built.fields,
    action: wizardUrl(base, step, lang),
    previewUrl: wizardUrl(base, 'preview', lang),
    csrf: chrome.chrome?.csrfToken ?? '',
    step,
    hasPrev: neighbour(draft.kind, hidden, step, -1) !== undefined,
    panel: await draftPanel(deps, org, { kind: draft.kind, input, issues }, lang, (s, hash) => wizardUrl(base, s, lang, {}, hash)),
  };
  sendHtml(res, 200, renderPage('wizard-step', text.title, model, chrome));
}

/** Saves a step's fields, then goes where the button says; a step with problems stays to show them. */
async function postStep(deps: AppDeps, req: Request, res: Response, ctx: RequestContext): Promise<void> {
  const org = orgOfPage(ctx);
  const open = await ownDraft(deps, ctx, paramOf(req, 'draftId'));
  const { draft } = open;
  const step = paramOf(req, 'step');
  if (step === REVIEW_STEP) {
    return submitDraft(deps, req, res, ctx, open);
  }
  if (!sectionOf(draft.kind, step)) throw notFoundStep(ctx);
  const action = first((req.body as Record<string, unknown> | undefined)?.['_action']) ?? 'save';
  const remove = action.startsWith('remove:') ? action.slice('remove:'.length) : undefined;
  const add = action.startsWith('add:') ? action.slice('add:'.length) : undefined;
  const { input, unknowns } = foldStep(open, step, postedFields(req), { lang: ctx.lang, ...(remove ? { remove } : {}) });
  const problems = draftIssues(input, ctx.lang).some((i) => issueSection(issueName(i.path)) === step);
  const hidden = await hiddenFor(deps, org, input);
  let to = step;
  if (action === 'prev') to = neighbour(draft.kind, hidden, step, -1) ?? step;
  else if (action === 'next' && !problems) to = neighbour(draft.kind, hidden, step, 1) ?? step;
  await deps.store.drafts.save(org.id, draft.id, { data: JSON.stringify(input), step: to, unknowns });
  const base = draftBase(org, draft.id);
  const lang = ctx.lang;
  if (add) {
    const saved = valueAt(input, add);
    const rows = Array.isArray(saved) ? saved.length : 0;
    return seeOther(res, wizardUrl(base, to, lang, { add }, `${add}.${rows}`));
  }
  if (remove) return seeOther(res, wizardUrl(base, to, lang, {}, remove.replace(/\.\d+$/, '')));
  if (to === step && problems && action !== 'prev') return seeOther(res, wizardUrl(base, to, lang, {}, 'fouten'));
  seeOther(res, wizardUrl(base, to, lang, action === 'save' ? { saved: '1' } : {}));
}

/** The script's save on every change: the draft saved, the panel's new HTML in the answer. */
async function preview(deps: AppDeps, req: Request, res: Response, ctx: RequestContext): Promise<void> {
  const org = orgOfPage(ctx);
  const open = await ownDraft(deps, ctx, paramOf(req, 'draftId'));
  const { draft } = open;
  const step = first((req.body as Record<string, unknown> | undefined)?.['_step']) ?? '';
  if (!sectionOf(draft.kind, step)) throw notFoundStep(ctx);
  const { input, unknowns } = foldStep(open, step, postedFields(req), { lang: ctx.lang });
  // The step stays as the buttons last left it: a preview that arrives after "Volgende" does not move it back.
  await deps.store.drafts.save(org.id, draft.id, { data: JSON.stringify(input), step: draft.step, unknowns });
  const base = draftBase(org, draft.id);
  const panel = await draftPanel(deps, org, { kind: draft.kind, input, issues: draftIssues(input, ctx.lang) }, ctx.lang, (s, hash) =>
    wizardUrl(base, s, ctx.lang, {}, hash),
  );
  sendHtml(res, 200, renderFragment('wizard-preview', { panel }, ctx.lang));
}

/** Back to where one stopped: the step last saved. */
async function resume(deps: AppDeps, req: Request, res: Response, ctx: RequestContext): Promise<void> {
  const org = orgOfPage(ctx);
  const { draft } = await ownDraft(deps, ctx, paramOf(req, 'draftId'));
  const step = draft.step === REVIEW_STEP || sectionOf(draft.kind, draft.step) ? draft.step : 'meta';
  seeOther(res, wizardUrl(draftBase(org, draft.id), step, ctx.lang));
}

export const stepHandlers = { showStep, postStep, preview, resume };
