// The council page's form posts: read the form, check it (council-forms.ts), do the act (service.ts),
// then 303 back to the page. A form with problems comes back as the page with them (400); an act the
// dossier's status does not allow (any more) as the page with the reason (409), what was typed kept.
import type { Request, Response } from 'express';
import { ArmoedetoetsError, isArmoedetoetsError } from '../../errors.js';
import type { Dossier } from '../../store/types.js';
import type { AppDeps, RequestContext, RouteSpec } from '../context.js';
import {
  addComment,
  addParticipation,
  conflict,
  correctAnswer,
  moveStatus,
  recordAnswer,
  saveAdvice,
  saveFeedback,
  type CouncilActor,
} from '../council/service.js';
import { withEvidence } from '../council/evidence-version.js';
import { ACTS, type CouncilAct } from '../council/workflow.js';
import { loadCouncil, type CouncilData } from './council-data.js';
import type { CouncilForm } from './council-fields.js';
import { parseAdvice, parseAnswer, parseAnswerCorrection, parseComment, parseFeedback, parseParticipation, type Body, type Parsed } from './council-forms.js';
import { councilPath, openFindings } from './council-model.js';
import { councilDossier, showCouncil } from './council-page.js';
import { seeOther } from './http.js';

export function actorOf(ctx: RequestContext): CouncilActor {
  return { userId: ctx.actor?.userId ?? '', role: ctx.role ?? 'participant', lang: ctx.lang };
}

/** Where the page goes after a post: its notice and the section to land on. */
export function backTo(ctx: RequestContext, dossier: Dossier, done: string, anchor: string): string {
  return `${councilPath(ctx.org?.slug ?? '', dossier.id)}?lang=${ctx.lang}&done=${encodeURIComponent(done)}#${anchor}`;
}

interface FormSpec<T> {
  /** The form whose values come back with a problem; null for a button without fields. */
  form: CouncilForm | null;
  parse(body: Body, d: CouncilData): Parsed<T>;
  run(d: CouncilData, who: CouncilActor, value: T): Promise<{ done: string }>;
  anchor: string;
}

/** One form post: parse, act, answer (303 / 400 / 409). */
export async function handleForm<T>(deps: AppDeps, req: Request, res: Response, ctx: RequestContext, spec: FormSpec<T>): Promise<void> {
  const dossier = await councilDossier(deps, req, ctx);
  const d = await loadCouncil(deps, ctx, dossier);
  const parsed = spec.parse((req.body ?? {}) as Body, d);
  if (!parsed.ok && spec.form)
    return showCouncil(deps, req, res, ctx, dossier, { state: { form: spec.form, values: parsed.values, issues: parsed.issues }, status: 400 });
  if (!parsed.ok) throw new ArmoedetoetsError('INTERNAL', 'a button without fields has nothing to get wrong');
  try {
    const { done } = await spec.run(d, actorOf(ctx), parsed.value);
    seeOther(res, backTo(ctx, dossier, done, spec.anchor));
  } catch (e) {
    if (!isArmoedetoetsError(e) || e.code !== 'CONFLICT') throw e;
    const fresh = (await deps.store.dossiers.get(dossier.orgId, dossier.id)) ?? dossier;
    const state = spec.form ? { form: spec.form, values: parsed.values, issues: [] } : undefined;
    await showCouncil(deps, req, res, ctx, fresh, { ...(state ? { state } : {}), problem: e.message, status: 409 });
  }
}

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value, values: {} });

function statusPost(deps: AppDeps, act: 'submit' | 'open' | 'follow-up'): RouteSpec {
  return {
    method: 'post',
    path: `/o/:org/dossiers/:id/council/${act}`,
    access: ACTS[act].roles,
    sessionOnly: true,
    page: true,
    summary: `Form post of the council page: ${act} (a status change)`,
    handler: (req, res, ctx) =>
      handleForm(deps, req, res, ctx, {
        form: null,
        parse: () => ok(undefined),
        run: async (d, who) => {
          await moveStatus(deps.store, d.org, d.dossier, who, act);
          return { done: act };
        },
        anchor: 'stand',
      }),
  };
}

function formPost<T>(deps: AppDeps, act: CouncilAct, path: string, summary: string, spec: FormSpec<T>): RouteSpec {
  return {
    method: 'post',
    path: `/o/:org/dossiers/:id/council/${path}`,
    access: ACTS[act].roles,
    sessionOnly: true,
    page: true,
    summary,
    handler: (req, res, ctx) => handleForm(deps, req, res, ctx, spec),
  };
}

export function councilPosts(deps: AppDeps): RouteSpec[] {
  const store = deps.store;
  return [
    statusPost(deps, 'submit'),
    statusPost(deps, 'open'),
    statusPost(deps, 'follow-up'),
    formPost(deps, 'comment', 'comments', 'Form post of the council page: a comment on the dossier or on one finding', {
      form: 'comment',
      anchor: 'reacties',
      parse: (body, d) =>
        parseComment(
          body,
          d.lang,
          openFindings(d).map((f) => f.id),
        ),
      run: async (d, who, v) => {
        const finding = v.checkId !== null && d.assessment ? { assessmentId: d.assessment.id, checkId: v.checkId } : null;
        await addComment(store, d.org, d.dossier, who, { text: v.text, finding });
        return { done: 'comment' };
      },
    }),
    formPost(deps, 'participate', 'participation', "Form post of the council page: the participation group's input", {
      form: 'participation',
      anchor: 'inbreng',
      parse: (body, d) => parseParticipation(body, d.lang, d.today),
      run: async (d, who, v) => {
        const { preparation: p } = await withEvidence(deps, d.org, d.dossier, { kind: 'participation', ...v }, (evidence) =>
          addParticipation(store, d.org, d.dossier, who, v, evidence),
        );
        return { done: p.prepared ? 'participation-evidence' : p.full ? 'participation-full' : 'participation' };
      },
    }),
    formPost(deps, 'draft-advice', 'advice', 'Form post of the council page: save the draft advice (a new one after a signed one)', {
      form: 'advice',
      anchor: 'advies',
      parse: (body, d) =>
        parseAdvice(
          body,
          d.lang,
          (d.assessment?.result.improvementPath ?? []).map((s) => ({ checkId: s.checkId, text: s.fix })),
        ),
      run: async (d, who, v) => {
        await saveAdvice(store, d.org, d.dossier, who, v);
        return { done: 'advice' };
      },
    }),
    formPost(deps, 'answer', 'answer', "Form post of the council page: the college's answer to the signed advice", {
      form: 'answer',
      anchor: 'antwoord',
      parse: (body, d) => parseAnswer(body, d.lang, d.latestSigned?.recommendations.length ?? 0, d.today),
      run: async (d, who, v) => {
        if (!d.latestSigned) throw conflict(d.lang, 'councilNoAnswerable');
        await recordAnswer(store, d.org, d.dossier, who, v);
        return { done: 'answer' };
      },
    }),
    formPost(deps, 'correct-answer', 'answer/correct', "Form post of the council page: correct a mistake in the college's recorded answer", {
      form: 'answer-correct',
      anchor: 'antwoord',
      parse: (body, d) => parseAnswerCorrection(body, d.lang, d.latestSigned?.recommendations.length ?? 0, d.today),
      run: async (d, who, v) => {
        await correctAnswer(store, d.org, d.dossier, who, v);
        return { done: 'answer-corrected' };
      },
    }),
    formPost(deps, 'feedback', 'feedback', 'Form post of the council page: save the feedback to the participants, or make it final', {
      form: 'feedback',
      anchor: 'terugkoppeling',
      parse: (body, d) => parseFeedback(body, d.lang),
      run: async (d, who, v) => {
        if (!v.final) {
          await saveFeedback(store, d.org, d.dossier, who, v);
          return { done: 'feedback' };
        }
        const { preparation: p } = await withEvidence(deps, d.org, d.dossier, { kind: 'feedback' }, (evidence) =>
          saveFeedback(store, d.org, d.dossier, who, v, evidence),
        );
        return { done: p.prepared ? 'feedback-final-evidence' : 'feedback-final' };
      },
    }),
  ];
}
