// Dossiers and their versions: every save is a new immutable version, assessed and audited in one transaction.
import type { Dossier, DossierStatus, Organisation, StoredAssessment, Store, Version, VersionOrigin } from '../../store/types.js';
import type { SubjectKind } from '../../types.js';
import { computeAssessment, storedLang, type ActorRef, type AssessingDeps, type Computed } from './assessing.js';
import { lifeDomainsOf, type CheckedInput } from './input.js';

export interface DossierDeps extends AssessingDeps {
  store: Store;
}

export interface Saved {
  dossier: Dossier;
  version: Version;
  assessment: StoredAssessment;
}

/** The user id recorded as owner or author: the user, or for an API token the user who made it (see authorOf). */
export type Author = string;

function auditActor(actor: ActorRef): { actorUserId: string | null; actorTokenId: string | null } {
  return { actorUserId: actor.userId, actorTokenId: actor.tokenId };
}

/** The assessment of an input, with the organisation's overlay, computed before any transaction (the engine takes milliseconds; the database lock should not). */
export async function assessInput(deps: DossierDeps, org: Organisation, checked: CheckedInput): Promise<Computed> {
  const raw = checked.input as unknown as Record<string, unknown>;
  const overlay = await deps.store.overlays.latest(org.id);
  return computeAssessment(raw, overlay, { lang: storedLang(raw, org), now: deps.now(), rulesets: deps.rulesets, workers: deps.workers });
}

/**
 * Inside a transaction: the next version of a dossier, its assessment, and the audit entry of `action`.
 * `from` says where a version the tool made came from, and which version its input was made from (a
 * version added meanwhile makes the store refuse it: CONFLICT 'stale-version').
 */
export async function appendVersion(
  tx: Store,
  org: Organisation,
  dossierId: string,
  who: { actor: ActorRef; author: Author },
  checked: CheckedInput,
  computed: Computed,
  action: 'dossier.create' | 'version.add',
  from?: { origin: VersionOrigin; basedOn: number },
): Promise<{ version: Version; assessment: StoredAssessment }> {
  const version = await tx.versions.add({ orgId: org.id, dossierId, input: checked.text, authorId: who.author, ...from });
  const assessment = await tx.assessments.add({ ...computed.row, versionId: version.id, createdBy: who.actor.userId });
  await tx.audit.append({
    orgId: org.id,
    ...auditActor(who.actor),
    action,
    dossierId,
    details: {
      versionId: version.id,
      version: version.number,
      assessmentId: assessment.id,
      verdict: assessment.verdict,
      ...(from ? { origin: from.origin } : {}),
    },
  });
  return { version, assessment };
}

/** A new dossier with its first version and that version's assessment, all or nothing. */
export async function createDossier(
  deps: DossierDeps,
  org: Organisation,
  actor: ActorRef,
  author: Author,
  d: { title: string; kind: SubjectKind; status?: DossierStatus; checked: CheckedInput },
): Promise<Saved> {
  const computed = await assessInput(deps, org, d.checked);
  return deps.store.transaction(async (tx) => {
    const created = await tx.dossiers.create({
      orgId: org.id,
      kind: d.kind,
      title: d.title,
      status: d.status,
      lifeDomains: lifeDomainsOf(d.checked.input),
      ownerId: author,
    });
    const saved = await appendVersion(tx, org, created.id, { actor, author }, d.checked, computed, 'dossier.create');
    return { dossier: (await tx.dossiers.get(org.id, created.id)) ?? created, ...saved };
  });
}

/** A new version of an existing dossier (number latest + 1), its assessment and audit entry, all or nothing. */
export async function addVersion(
  deps: DossierDeps,
  org: Organisation,
  dossier: Dossier,
  actor: ActorRef,
  author: Author,
  checked: CheckedInput,
): Promise<Saved> {
  const computed = await assessInput(deps, org, checked);
  const lifeDomains = lifeDomainsOf(checked.input);
  return deps.store.transaction(async (tx) => {
    const saved = await appendVersion(tx, org, dossier.id, { actor, author }, checked, computed, 'version.add');
    if (lifeDomains.join('\n') !== dossier.lifeDomains.join('\n')) await tx.dossiers.update(org.id, dossier.id, { lifeDomains });
    return { dossier: (await tx.dossiers.get(org.id, dossier.id)) ?? dossier, ...saved };
  });
}

/**
 * Changes the title or status; the audit entry names the fields changed, never their text, and says when
 * an administrator set the status outside the council's workflow (`outsideWorkflow`).
 */
export async function updateDossier(
  store: Store,
  org: Organisation,
  dossier: Dossier,
  actor: ActorRef,
  patch: { title?: string; status?: DossierStatus },
  outsideWorkflow = false,
): Promise<Dossier> {
  return store.transaction(async (tx) => {
    await tx.dossiers.update(org.id, dossier.id, patch);
    const details: Record<string, string | boolean> = { title: patch.title !== undefined };
    if (patch.status !== undefined) details['status'] = patch.status;
    if (outsideWorkflow) details['outsideWorkflow'] = true;
    await tx.audit.append({ orgId: org.id, ...auditActor(actor), action: 'dossier.update', dossierId: dossier.id, details });
    return (await tx.dossiers.get(org.id, dossier.id)) ?? dossier;
  });
}

/** Soft delete (administrators only: the route says so), audited in the same transaction. */
export async function deleteDossier(store: Store, org: Organisation, dossier: Dossier, actor: ActorRef, now: Date): Promise<void> {
  await store.transaction(async (tx) => {
    await tx.dossiers.softDelete(org.id, dossier.id, now.toISOString());
    await tx.audit.append({
      orgId: org.id,
      ...auditActor(actor),
      action: 'dossier.delete',
      dossierId: dossier.id,
      details: { versions: dossier.latestVersion },
    });
  });
}
