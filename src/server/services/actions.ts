// Actions of a service's audits: made from an audit's action plan (the report model's plan, as the CLI's
// `audit` and the report show it) and followed up; every change audited (ids and codes only) in the same
// transaction as the change itself.
import { ArmoedetoetsError } from '../../errors.js';
import { buildReportModel } from '../../report/model.js';
import type { Action, ActionPatch, Dossier, Organisation, Store } from '../../store/types.js';
import type { Assessment, Lang, Ruleset } from '../../types.js';
import { apiText } from '../messages/api.js';
import type { ActorRef } from './assessing.js';
import { rulesetOf } from './reports.js';
import type { RulesetCache } from './rulesets.js';

export interface ActionDeps {
  store: Store;
  rulesets?: RulesetCache;
}

/** One step of an audit's action plan as an action starts from it: the check, what to do, its place in the plan. */
export interface PlanStep {
  checkId: string;
  title: string;
  position: number;
}

/**
 * The steps of the action plan of a stored audit, in the audit's own language (the team's shared list does
 * not depend on who clicked): quick wins, then structural work, numbered through the plan.
 */
export function planSteps(saved: Assessment, ruleset: Ruleset): PlanStep[] {
  const model = buildReportModel(saved, { ruleset, lang: saved.lang });
  return model.plan.flatMap((g) => g.steps.map((s) => ({ checkId: s.id, title: s.fixShort, position: s.rank })));
}

/** Makes the actions of audit `versionNumber`'s plan that are not there yet, all or nothing, with one audit entry. */
export async function createActionsFromPlan(
  deps: ActionDeps,
  org: Organisation,
  dossier: Dossier,
  versionNumber: number,
  actor: ActorRef,
  lang: Lang,
): Promise<{ created: Action[]; skipped: number }> {
  const version = await deps.store.versions.get(org.id, dossier.id, versionNumber);
  const stored = version && (await deps.store.assessments.latestForVersion(org.id, version.id));
  if (!version || !stored) throw new ArmoedetoetsError('NOT_FOUND', apiText(lang, 'versionNotFound'));
  const steps = planSteps(JSON.parse(stored.result) as Assessment, await rulesetOf(deps, stored));
  return deps.store.transaction(async (tx) => {
    const made = await tx.actions.createFromPlan({ orgId: org.id, dossierId: dossier.id, versionNumber, steps, by: actor.userId });
    await tx.audit.append({
      orgId: org.id,
      actorUserId: actor.userId,
      actorTokenId: actor.tokenId,
      action: 'actions.create',
      dossierId: dossier.id,
      details: { versionId: version.id, version: versionNumber, assessmentId: stored.id, created: made.created.length, skipped: made.skipped },
    });
    return made;
  });
}

/** Changes one action of this service; undefined when it is not one of its actions. The audit entry names what changed, never the texts. */
export async function updateAction(
  store: Store,
  org: Organisation,
  dossier: Dossier,
  actionId: string,
  patch: ActionPatch,
  actor: ActorRef,
): Promise<Action | undefined> {
  return store.transaction(async (tx) => {
    const before = await tx.actions.get(org.id, actionId);
    if (!before || before.dossierId !== dossier.id) return undefined;
    const after = await tx.actions.update(org.id, actionId, patch, actor.userId);
    if (!after) return undefined;
    await tx.audit.append({
      orgId: org.id,
      actorUserId: actor.userId,
      actorTokenId: actor.tokenId,
      action: 'action.update',
      dossierId: dossier.id,
      details: {
        actionId,
        versionId: before.versionId,
        checkId: before.checkId,
        status: after.status,
        statusChanged: after.status !== before.status,
        ownerChanged: after.ownerUserId !== before.ownerUserId || after.ownerName !== before.ownerName,
        dueDateChanged: after.dueDate !== before.dueDate,
        noteChanged: after.note !== before.note,
      },
    });
    return after;
  });
}
