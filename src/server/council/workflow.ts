// The council's workflow as data and pure rules (issue 10, section 3): which act moves a dossier from
// which status to which, who may do it, and what else may be done at each status. The pages, the
// service and the dashboard read this one table; nothing here touches the store.
//
//   concept ─submit→ submitted ─open→ in-review ─sign→ advice-adopted ─answer→ decided ─follow-up→ followed-up
//
// A later advice (number 2, 3 …) may be written and signed after a decision: signing it brings the
// dossier back to advice-adopted, and the college's answer to it to decided again.
import type { DossierStatus, Role } from '../../store/types.js';

export type CouncilAct = 'submit' | 'open' | 'comment' | 'participate' | 'draft-advice' | 'sign' | 'answer' | 'correct-answer' | 'feedback' | 'follow-up';

export interface ActRule {
  /** The statuses in which the act may be done. */
  when: readonly DossierStatus[];
  roles: readonly Role[];
  /** The status the act moves the dossier to. */
  moves?: DossierStatus;
  /** A status change with a button of its own (the others happen by signing or recording the answer). */
  button?: boolean;
}

/** Everything after the dossier reached the council, up to its follow-up. */
const AT_COUNCIL: readonly DossierStatus[] = ['submitted', 'in-review', 'advice-adopted', 'decided', 'followed-up'];
/** From the moment the council works on it: an advice may be written (a new one after an earlier one). */
const IN_REVIEW_ON: readonly DossierStatus[] = ['in-review', 'advice-adopted', 'decided', 'followed-up'];
/** Those who prepare a proposal (the writers of the dossiers API). */
const WRITERS: readonly Role[] = ['admin', 'council-member', 'council-chair', 'ocmw-staff'];
const COUNCIL: readonly Role[] = ['council-member', 'council-chair'];

export const ACTS: Readonly<Record<CouncilAct, ActRule>> = {
  submit: { when: ['concept'], roles: WRITERS, moves: 'submitted', button: true },
  // The chair or secretary (role council-chair) puts it on the agenda; an administrator may too.
  open: { when: ['submitted'], roles: ['council-chair', 'admin'], moves: 'in-review', button: true },
  comment: { when: ['concept', ...AT_COUNCIL], roles: COUNCIL },
  // A participation-group member, or a council member on the group's behalf.
  participate: { when: ['concept', ...AT_COUNCIL], roles: ['participant', ...COUNCIL] },
  'draft-advice': { when: IN_REVIEW_ON, roles: COUNCIL },
  sign: { when: IN_REVIEW_ON, roles: ['council-chair'], moves: 'advice-adopted' },
  answer: { when: ['advice-adopted'], roles: ['alderman'], moves: 'decided' },
  // A mistake in the recorded answer; the service also refuses once the feedback on it is final.
  'correct-answer': { when: ['decided', 'followed-up'], roles: ['alderman'] },
  feedback: { when: ['decided', 'followed-up'], roles: COUNCIL },
  'follow-up': { when: ['decided'], roles: ['council-chair', 'alderman', 'admin'], moves: 'followed-up', button: true },
};

export type Refusal = 'role' | 'status';

export type Check = { ok: true; to: DossierStatus | undefined } | { ok: false; reason: Refusal };

/** May `role` do `act` on a dossier in `status`? The role is checked first: a role that never may is told so. */
export function checkAct(act: CouncilAct, status: DossierStatus, role: Role | null): Check {
  const rule = ACTS[act];
  if (role === null || !rule.roles.includes(role)) return { ok: false, reason: 'role' };
  if (!rule.when.includes(status)) return { ok: false, reason: 'status' };
  return { ok: true, to: rule.moves };
}

export const mayDo = (act: CouncilAct, status: DossierStatus, role: Role | null): boolean => checkAct(act, status, role).ok;

/** The status changes `role` may start with a button now (submit, open, follow-up). */
export function buttonsFor(status: DossierStatus, role: Role | null): CouncilAct[] {
  return (Object.keys(ACTS) as CouncilAct[]).filter((a) => ACTS[a].button === true && mayDo(a, status, role));
}

/** The order of the statuses along the road, for the page's progress list (closed is off the road). */
export const ROAD: readonly DossierStatus[] = ['concept', 'submitted', 'in-review', 'advice-adopted', 'decided', 'followed-up'];

/** The act that takes a dossier in `status` one step further along the road, and who does it; null at its end. */
export function nextStep(status: DossierStatus): { act: CouncilAct; roles: readonly Role[] } | null {
  const i = ROAD.indexOf(status);
  const next = i >= 0 ? ROAD[i + 1] : undefined;
  const act = (Object.keys(ACTS) as CouncilAct[]).find((a) => ACTS[a].moves === next && ACTS[a].when.includes(status));
  return act && next ? { act, roles: ACTS[act].roles } : null;
}

/**
 * Statuses in which the proposal's review date (monitoring.reviewDate) can be due: once the college
 * decided. Before that the date is part of the plan under discussion, not a task.
 */
export const REVIEWED: readonly DossierStatus[] = ['decided', 'followed-up'];

/** Who may close a dossier (take it off the road, from any status): the chair and administrators. */
export const CLOSERS: readonly Role[] = ['council-chair', 'admin'];

/**
 * Why a status may not be set directly (the API's PATCH): `role` or `status` as for an act; `by-act`
 * for a status that only signing an advice or recording the college's answer brings.
 */
export type StatusRefusal = Refusal | 'by-act';

/**
 * May `role` set a dossier in `from` to `to` through the API? Along the road only: the moves that have a
 * button (submit, open, follow-up) under the same rules as the button, and closing. Administrators may
 * set any status (imports, corrections); the caller audits that as outside the workflow.
 */
export function checkStatusChange(
  from: DossierStatus,
  to: DossierStatus,
  role: Role | null,
): { ok: true; outside: boolean } | { ok: false; reason: StatusRefusal } {
  if (from === to) return { ok: true, outside: false };
  const along = from === 'closed' ? 'status' : to === 'closed' ? (role !== null && CLOSERS.includes(role) ? null : 'role') : alongTheRoad(from, to, role);
  if (along === null) return { ok: true, outside: false };
  if (role === 'admin') return { ok: true, outside: true };
  return { ok: false, reason: along };
}

/** A move to `to` by its button's rules; a status that an act without a button brings (signing, answering) is refused as such. */
function alongTheRoad(from: DossierStatus, to: DossierStatus, role: Role | null): StatusRefusal | null {
  const acts = Object.keys(ACTS) as CouncilAct[];
  const button = acts.find((a) => ACTS[a].button === true && ACTS[a].moves === to);
  if (button) {
    const c = checkAct(button, from, role);
    return c.ok ? null : c.reason;
  }
  return acts.some((a) => ACTS[a].moves === to) ? 'by-act' : 'status';
}
