// The council's acts on a dossier: each checked against the workflow (workflow.ts), done in one
// transaction with the status change it brings and an audit entry of ids and counts (never texts).
// Refusals are errors in the user's language: a role that may not (403), a status that does not allow
// it yet or any more (409). Field checks are the pages' business (council-forms.ts); this takes clean values.
import { ArmoedetoetsError } from '../../errors.js';
import type {
  Advice,
  AnswerItem,
  CollegeAnswerRecord,
  CouncilComment,
  Dossier,
  ExpensesPaid,
  Feedback,
  Organisation,
  ParticipationEntry,
  Role,
  Store,
  StoredRecommendation,
} from '../../store/types.js';
import type { Lang } from '../../types.js';
import { pageLabel, type PageLabelKey } from '../pages/render.js';
import { writeEvidence, type PreparedEvidence } from './evidence-version.js';
import { checkAct, type CouncilAct } from './workflow.js';

/** Who acts: a logged-in user with a role in the organisation, in the language of the request. */
export interface CouncilActor {
  userId: string;
  role: Role;
  lang: Lang;
}

const REFUSALS: Record<CouncilAct, { role: PageLabelKey; status: PageLabelKey }> = {
  submit: { role: 'councilRoleSubmit', status: 'councilStatusSubmit' },
  open: { role: 'councilRoleOpen', status: 'councilStatusOpen' },
  comment: { role: 'councilRoleComment', status: 'councilStatusComment' },
  participate: { role: 'councilRoleParticipate', status: 'councilStatusParticipate' },
  'draft-advice': { role: 'councilRoleDraftAdvice', status: 'councilStatusDraftAdvice' },
  sign: { role: 'councilRoleSign', status: 'councilStatusSign' },
  answer: { role: 'councilRoleAnswer', status: 'councilStatusAnswer' },
  'correct-answer': { role: 'councilRoleAnswer', status: 'councilStatusCorrectAnswer' },
  feedback: { role: 'councilRoleFeedback', status: 'councilStatusFeedback' },
  'follow-up': { role: 'councilRoleFollowUp', status: 'councilStatusFollowUp' },
};

export const conflict = (lang: Lang, key: PageLabelKey, vars: Record<string, string | number> = {}): ArmoedetoetsError =>
  new ArmoedetoetsError('CONFLICT', pageLabel(lang, key, vars));

/** The error for an act the workflow refuses, in the actor's language. */
export function refusalError(act: CouncilAct, reason: 'role' | 'status', lang: Lang): ArmoedetoetsError {
  const key = REFUSALS[act][reason];
  return new ArmoedetoetsError(reason === 'role' ? 'FORBIDDEN' : 'CONFLICT', pageLabel(lang, key));
}

/**
 * Runs `fn` in one transaction after checking `act` against the dossier as it is inside it (a status
 * changed by someone else a moment ago counts), moves the status when the act does, and writes the
 * audit entry `council.<act>` with the details `fn` returns.
 */
async function act<T>(
  store: Store,
  org: Organisation,
  dossier: Dossier,
  who: CouncilActor,
  name: CouncilAct,
  fn: (tx: Store, current: Dossier) => Promise<{ result: T; details: Record<string, string | number | boolean | null>; action?: string }>,
): Promise<T> {
  return store.transaction(async (tx) => {
    const current = await tx.dossiers.get(org.id, dossier.id);
    if (!current) throw new ArmoedetoetsError('NOT_FOUND', pageLabel(who.lang, 'councilDossierGone'));
    const check = checkAct(name, current.status, who.role);
    if (!check.ok) throw refusalError(name, check.reason, who.lang);
    const done = await fn(tx, current);
    const details = { ...done.details };
    if (check.to !== undefined && check.to !== current.status) {
      await tx.dossiers.update(org.id, current.id, { status: check.to });
      Object.assign(details, { from: current.status, to: check.to });
    }
    await tx.audit.append({
      orgId: org.id,
      actorUserId: who.userId,
      actorTokenId: null,
      action: done.action ?? `council.${name}`,
      dossierId: current.id,
      details,
    });
    return done.result;
  });
}

/** Submit, open, follow up: the status changes with a button of their own. */
export function moveStatus(store: Store, org: Organisation, dossier: Dossier, who: CouncilActor, name: 'submit' | 'open' | 'follow-up'): Promise<void> {
  return act(store, org, dossier, who, name, async (_tx, current) => {
    if (name === 'submit' && current.latestVersion < 1) throw conflict(who.lang, 'councilNoVersion');
    return { result: undefined, details: { version: current.latestVersion } };
  });
}

export function addComment(
  store: Store,
  org: Organisation,
  dossier: Dossier,
  who: CouncilActor,
  c: { text: string; finding: { assessmentId: string; checkId: string } | null },
): Promise<CouncilComment> {
  return act(store, org, dossier, who, 'comment', async (tx) => {
    const comment = await tx.council.comments.add({
      orgId: org.id,
      dossierId: dossier.id,
      assessmentId: c.finding?.assessmentId ?? null,
      checkId: c.finding?.checkId ?? null,
      authorId: who.userId,
      text: c.text,
    });
    return { result: comment, details: { commentId: comment.id, assessmentId: comment.assessmentId, checkId: comment.checkId } };
  });
}

/**
 * The group's input; recorded by someone other than a participant, it is on the group's behalf. With
 * `evidence` (evidence-version.ts), the version that makes it a participation moment is written with it.
 */
export function addParticipation(
  store: Store,
  org: Organisation,
  dossier: Dossier,
  who: CouncilActor,
  p: { text: string; participants: number; heldOn: string; expensesPaid: ExpensesPaid },
  evidence?: PreparedEvidence,
): Promise<ParticipationEntry> {
  return act(store, org, dossier, who, 'participate', async (tx, current) => {
    const entry = await tx.council.participation.add({
      ...p,
      orgId: org.id,
      dossierId: dossier.id,
      recordedBy: who.userId,
      onBehalf: who.role !== 'participant',
    });
    const version = await writeEvidence(tx, org, current, who.userId, evidence);
    return { result: entry, details: { participationId: entry.id, participants: entry.participants, onBehalf: entry.onBehalf, ...version } };
  });
}

/**
 * Saves the advice numbered `number`: the open draft is changed; the number after the newest signed
 * advice (or 1) starts a new draft. A signed advice never changes (409, with the way forward).
 */
export function saveAdvice(
  store: Store,
  org: Organisation,
  dossier: Dossier,
  who: CouncilActor,
  a: { number: number; conclusion: string; recommendations: StoredRecommendation[] },
): Promise<Advice> {
  return act(store, org, dossier, who, 'draft-advice', async (tx) => {
    const latest = await tx.council.advices.latest(org.id, dossier.id);
    const counts = { recommendations: a.recommendations.length, fromPath: a.recommendations.filter((r) => r.checkId !== undefined).length };
    const target = await tx.council.advices.byNumber(org.id, dossier.id, a.number);
    if (target?.status === 'signed') throw conflict(who.lang, 'councilAdviceSigned', { number: target.number });
    if (target) {
      const saved = await tx.council.advices.updateDraft(org.id, target.id, { conclusion: a.conclusion, recommendations: a.recommendations });
      return { result: saved, details: { adviceId: saved.id, number: saved.number, ...counts }, action: 'council.advice.update' };
    }
    if (latest?.status === 'draft') throw conflict(who.lang, 'councilDraftOpen', { number: latest.number });
    if (a.number !== (latest?.number ?? 0) + 1) throw conflict(who.lang, 'councilStale');
    const made = await tx.council.advices.createDraft({
      orgId: org.id,
      dossierId: dossier.id,
      conclusion: a.conclusion,
      recommendations: a.recommendations,
      createdBy: who.userId,
    });
    return { result: made, details: { adviceId: made.id, number: made.number, ...counts }, action: 'council.advice.create' };
  });
}

/** The chair signs the draft numbered `number`; the dossier's advice is then adopted. */
export function signAdvice(
  store: Store,
  org: Organisation,
  dossier: Dossier,
  who: CouncilActor,
  s: { number: number; name: string; role: string },
): Promise<Advice> {
  return act(store, org, dossier, who, 'sign', async (tx) => {
    const advice = await tx.council.advices.byNumber(org.id, dossier.id, s.number);
    if (!advice) throw new ArmoedetoetsError('NOT_FOUND', pageLabel(who.lang, 'councilAdviceUnknown'));
    if (advice.status === 'signed') throw conflict(who.lang, 'councilAdviceSigned', { number: advice.number });
    const signed = await tx.council.advices.sign(org.id, advice.id, { userId: who.userId, name: s.name, role: s.role });
    return { result: signed, details: { adviceId: signed.id, number: signed.number, recommendations: signed.recommendations.length } };
  });
}

/** The advice the college answers now: the newest signed one, when it has no answer yet. */
export async function adviceAwaitingAnswer(store: Store, orgId: string, dossierId: string): Promise<Advice | undefined> {
  const advice = await store.council.advices.latestSigned(orgId, dossierId);
  if (!advice) return undefined;
  return (await store.council.answers.forAdvice(orgId, advice.id)) ? undefined : advice;
}

/** The alderman records the college's answer to advice `number`; the dossier is then decided. */
export function recordAnswer(
  store: Store,
  org: Organisation,
  dossier: Dossier,
  who: CouncilActor,
  a: { number: number; decision: string; decidedOn: string; items: AnswerItem[] },
): Promise<CollegeAnswerRecord> {
  return act(store, org, dossier, who, 'answer', async (tx) => {
    const advice = await adviceAwaitingAnswer(tx, org.id, dossier.id);
    if (!advice || advice.number !== a.number) throw conflict(who.lang, advice ? 'councilStale' : 'councilNoAnswerable');
    const answer = await tx.council.answers.record({
      orgId: org.id,
      adviceId: advice.id,
      decision: a.decision,
      decidedOn: a.decidedOn,
      items: a.items,
      recordedBy: who.userId,
    });
    const count = (r: AnswerItem['response']): number => a.items.filter((i) => i.response === r).length;
    return {
      result: answer,
      details: {
        answerId: answer.id,
        adviceId: advice.id,
        number: advice.number,
        followed: count('followed'),
        partly: count('partly'),
        notFollowed: count('not-followed'),
      },
    };
  });
}

/**
 * The alderman corrects the recorded answer to the newest signed advice (`number`): what it said before
 * is kept in its history with the reason given. Refused once the feedback on it is final (the
 * participants were told), and for an advice that is no longer the newest.
 */
export function correctAnswer(
  store: Store,
  org: Organisation,
  dossier: Dossier,
  who: CouncilActor,
  c: { number: number; decision: string; decidedOn: string; items: AnswerItem[]; why: string },
): Promise<CollegeAnswerRecord> {
  return act(store, org, dossier, who, 'correct-answer', async (tx) => {
    const advice = await tx.council.advices.latestSigned(org.id, dossier.id);
    const answer = advice && (await tx.council.answers.forAdvice(org.id, advice.id));
    if (!advice || !answer || advice.number !== c.number) throw conflict(who.lang, 'councilStale');
    if ((await tx.council.feedback.forAdvice(org.id, advice.id))?.status === 'final') throw conflict(who.lang, 'councilAnswerFixed');
    const corrected = await tx.council.answers.correct(org.id, answer.id, {
      decision: c.decision,
      decidedOn: c.decidedOn,
      items: c.items,
      by: who.userId,
      why: c.why,
    });
    const changed = c.items.filter((i) => answer.items.find((o) => o.index === i.index)?.response !== i.response).length;
    return {
      result: corrected,
      details: { answerId: answer.id, adviceId: advice.id, number: advice.number, responsesChanged: changed, decisionChanged: c.decision !== answer.decision },
      action: 'council.answer.correct',
    };
  });
}

/**
 * Saves the feedback on the answer to advice `number` (a draft), or saves and marks it final; a final one
 * is written together with `evidence`, the version that states the written feedback (PA7).
 */
export function saveFeedback(
  store: Store,
  org: Organisation,
  dossier: Dossier,
  who: CouncilActor,
  f: { number: number; text: string; lang: Lang; final: boolean },
  evidence?: PreparedEvidence,
): Promise<Feedback> {
  return act(store, org, dossier, who, 'feedback', async (tx, current) => {
    const advice = await tx.council.advices.byNumber(org.id, dossier.id, f.number);
    if (!advice || !(await tx.council.answers.forAdvice(org.id, advice.id))) throw conflict(who.lang, 'councilStatusFeedback');
    const kept = await tx.council.feedback.forAdvice(org.id, advice.id);
    if (kept?.status === 'final') throw conflict(who.lang, 'councilFeedbackFinalAlready');
    let feedback = await tx.council.feedback.save({ orgId: org.id, adviceId: advice.id, lang: f.lang, text: f.text, editedBy: who.userId });
    if (f.final) feedback = await tx.council.feedback.markFinal(org.id, feedback.id, who.userId);
    const version = await writeEvidence(tx, org, current, who.userId, f.final ? evidence : undefined);
    return {
      result: feedback,
      details: { feedbackId: feedback.id, adviceId: advice.id, final: f.final, ...version },
      action: f.final ? 'council.feedback.final' : 'council.feedback.save',
    };
  });
}
