// The wizard's last step: every problem left (with a link to its field), the steps still empty, and
// "Indienen": the whole draft validated as the CLI validates a file; valid, it becomes a new dossier or a
// new version of its dossier (the API's own services), and the draft is gone, in one transaction.
import type { Request, Response } from 'express';
import type { Dossier, Organisation } from '../../store/types.js';
import type { Lang } from '../../types.js';
import type { AppDeps, RequestContext } from '../context.js';
import { actorOf, authorOf } from '../api/scope.js';
import { addVersion, createDossier, type Saved } from '../services/dossiers.js';
import { checkInput } from '../services/input.js';
import { namesOf } from '../services/user-names.js';
import { orgBase, pageRequest } from './chrome.js';
import { dayText, dossierHref, originText } from './dossier-words.js';
import { seeOther, sendHtml } from './http.js';
import { pageLabel, renderPage } from './render.js';
import { draftBase, wizardUrl, hiddenFor, kickerOf, notFoundStep, orgOfPage, ownDraft, stepLinks, type OpenDraft } from './wizard-draft.js';
import { draftPanel, issueLabel } from './wizard-panel.js';
import { draftIssues, issueName, neighbour, REVIEW_STEP, sectionOf } from './wizard-steps.js';

export async function showReview(deps: AppDeps, req: Request, res: Response, ctx: RequestContext, open: OpenDraft): Promise<void> {
  const org = orgOfPage(ctx);
  const { draft, input } = open;
  const lang = ctx.lang;
  const base = draftBase(org, draft.id);
  const issues = draftIssues(input, lang);
  const hidden = await hiddenFor(deps, org, input);
  const steps = stepLinks(draft.kind, lang, base, REVIEW_STEP, input, hidden, issues);
  const visible = steps.filter((s) => !s.hidden);
  const dossier = draft.dossierId ? await deps.store.dossiers.get(org.id, draft.dossierId) : undefined;
  const empty = steps.filter((s) => s.state === 'empty').map((s) => s.title);
  const moved = dossier ? await movedOn(deps, org, dossier, draft.baseVersion, lang) : null;
  const chrome = await pageRequest(deps, req, ctx, { wide: true });
  const model = {
    kicker: await kickerOf(deps, ctx, open),
    lead: dossier ? pageLabel(lang, 'wizardReviewIntroVersion', { n: dossier.latestVersion + 1 }) : pageLabel(lang, 'wizardReviewIntro'),
    stepOf: pageLabel(lang, 'wizardStepOf', { n: visible.length, total: visible.length }),
    steps,
    ready: issues.length === 0,
    readyText: pageLabel(lang, 'wizardReviewReady'),
    problemsText: pageLabel(lang, 'wizardReviewProblems'),
    // After a refused submit the list is an alert; on a plain visit, a list.
    tried: req.query['tried'] === '1',
    problems: issues.map((i) => {
      const name = issueName(i.path);
      const section = name.split('.')[0] ?? '';
      return {
        href: wizardUrl(base, sectionOf(draft.kind, section) ? section : REVIEW_STEP, lang, {}, name),
        label: issueLabel(draft.kind, lang, name),
        message: i.message,
      };
    }),
    moved,
    emptySteps: empty.length > 0 ? pageLabel(lang, 'wizardReviewOpen', { steps: empty.join(', ') }) : undefined,
    action: wizardUrl(base, REVIEW_STEP, lang),
    discardAction: wizardUrl(base, 'delete', lang),
    csrf: chrome.chrome?.csrfToken ?? '',
    prevHref: wizardUrl(base, neighbour(draft.kind, hidden, REVIEW_STEP, -1) ?? 'meta', lang),
    panel: await draftPanel(deps, org, { kind: draft.kind, input, issues }, lang, (s, hash) => wizardUrl(base, s, lang, {}, hash)),
  };
  sendHtml(res, 200, renderPage('wizard-review', pageLabel(lang, 'wizardReview'), model, chrome));
}

/**
 * The versions the dossier got since the draft was started (by someone else, or made by the tool from
 * the council's record): submitting goes over them, so the review says so and links the comparison.
 * Null when it did not move on (or the draft does not know where it started).
 */
async function movedOn(deps: AppDeps, org: Organisation, dossier: Dossier, base: number | null, lang: Lang) {
  if (base === null || dossier.latestVersion <= base) return null;
  const newer = (await deps.store.versions.list(org.id, dossier.id)).filter((v) => v.number > base);
  const names = await namesOf(
    deps.store,
    newer.map((v) => v.authorId),
    '?',
  );
  const href = dossierHref(org.slug, dossier.id);
  return {
    text: pageLabel(lang, 'wizardMovedOn', { base, latest: dossier.latestVersion, next: dossier.latestVersion + 1 }),
    items: newer.map((v) => ({
      text: pageLabel(lang, 'wizardMovedOnItem', { n: v.number, name: names.get(v.authorId) ?? '?', date: dayText(lang, v.createdAt) }),
      origin: v.origin ? originText(lang, v.origin) : null,
    })),
    compareHref: `${href}/compare?from=${base}&to=${dossier.latestVersion}&lang=${lang}`,
    compareText: pageLabel(lang, 'wizardMovedOnCompare', { base, latest: dossier.latestVersion }),
  };
}

/** Indienen: valid → a dossier (or its new version) and no draft; otherwise back to the review with its problems. */
export async function submitDraft(deps: AppDeps, _req: Request, res: Response, ctx: RequestContext, open: OpenDraft): Promise<void> {
  const org = orgOfPage(ctx);
  const { draft, input } = open;
  const base = draftBase(org, draft.id);
  if (draftIssues(input, ctx.lang).length > 0) {
    await deps.store.drafts.save(org.id, draft.id, { data: draft.data, step: REVIEW_STEP });
    return seeOther(res, wizardUrl(base, REVIEW_STEP, ctx.lang, { tried: '1' }, 'fouten'));
  }
  const checked = checkInput(input, ctx.lang);
  const saved: Saved = await deps.store.transaction(async (tx) => {
    const d = { ...deps, store: tx };
    let made: Saved;
    if (draft.dossierId) {
      const dossier = await tx.dossiers.get(org.id, draft.dossierId);
      // The dossier was deleted since: there is nothing to add a version to.
      if (!dossier) throw notFoundStep(ctx);
      made = await addVersion(d, org, dossier, actorOf(ctx), authorOf(ctx), checked);
    } else {
      made = await createDossier(d, org, actorOf(ctx), authorOf(ctx), { title: checked.input.meta.title.trim(), kind: draft.kind, checked });
    }
    await tx.drafts.delete(org.id, draft.id);
    return made;
  });
  seeOther(res, `${orgBase(org.slug)}/dossiers/${encodeURIComponent(saved.dossier.id)}?lang=${ctx.lang}`);
}

/** Concept weggooien: the draft is deleted, nothing is submitted. */
export async function discardDraft(deps: AppDeps, req: Request, res: Response, ctx: RequestContext): Promise<void> {
  const org = orgOfPage(ctx);
  const { draft } = await ownDraft(deps, ctx, String(req.params['draftId'] ?? ''));
  await deps.store.drafts.delete(org.id, draft.id);
  const query = new URLSearchParams({ kind: draft.kind, ...(draft.dossierId ? { dossier: draft.dossierId } : {}), lang: ctx.lang });
  seeOther(res, `${orgBase(org.slug)}/drafts/new?${query.toString()}`);
}
