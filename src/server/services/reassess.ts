// Re-assessing the latest version of every open dossier (a leefloon indexation changed the parameters
// in force): a new assessment each, and the list of dossiers whose verdict changed.
import { isArmoedetoetsError } from '../../errors.js';
import type { Organisation, Store } from '../../store/types.js';
import type { VerdictCode } from '../../types.js';
import { computeAssessment, storeAssessment, storedLang, type ActorRef, type AssessingDeps } from './assessing.js';

export interface ReassessDeps extends AssessingDeps {
  store: Store;
}

export interface VerdictChange {
  orgId: string;
  orgSlug: string;
  dossierId: string;
  title: string;
  version: number;
  assessmentId: string;
  from: VerdictCode | null;
  to: VerdictCode;
}

export interface ReassessReport {
  /** Open dossiers looked at. */
  dossiers: number;
  /** New assessments stored (an identical result is not stored twice). */
  assessed: number;
  changed: VerdictChange[];
  /** Dossiers whose latest version could not be assessed now (e.g. a parameter without a value today), with the error code. */
  failed: { orgSlug: string; dossierId: string; code: string }[];
}

async function reassessOne(deps: ReassessDeps, org: Organisation, dossierId: string, actor: ActorRef | null, out: ReassessReport): Promise<void> {
  const { store } = deps;
  const dossier = await store.dossiers.get(org.id, dossierId);
  if (!dossier || dossier.deletedAt !== null || dossier.latestVersion === 0) return;
  const version = await store.versions.get(org.id, dossier.id, dossier.latestVersion);
  if (!version) return;
  out.dossiers++;
  const previous = await store.assessments.latestForVersion(org.id, version.id);
  const input = JSON.parse(version.input) as Record<string, unknown>;
  const overlay = await store.overlays.latest(org.id);
  let computed;
  try {
    computed = await computeAssessment(input, overlay, { lang: storedLang(input, org), now: deps.now(), rulesets: deps.rulesets, workers: deps.workers });
  } catch (e) {
    if (!isArmoedetoetsError(e) || !e.expected) throw e;
    out.failed.push({ orgSlug: org.slug, dossierId: dossier.id, code: e.code });
    return;
  }
  // Same rules, same date, same input: nothing new to keep.
  if (previous && previous.result === computed.row.result) return;
  const stored = await storeAssessment(
    store,
    org,
    { dossierId: dossier.id, versionId: version.id, number: version.number },
    computed,
    actor,
    'assessment.reassess',
  );
  out.assessed++;
  if (previous?.verdict !== stored.verdict) {
    out.changed.push({
      orgId: org.id,
      orgSlug: org.slug,
      dossierId: dossier.id,
      title: dossier.title,
      version: version.number,
      assessmentId: stored.id,
      from: previous?.verdict ?? null,
      to: stored.verdict,
    });
  }
}

/** Every open dossier of one organisation (the admin action). */
export async function reassessOrg(deps: ReassessDeps, org: Organisation, actor: ActorRef | null): Promise<ReassessReport> {
  const out: ReassessReport = { dossiers: 0, assessed: 0, changed: [], failed: [] };
  const open = (await deps.store.dossiers.openIds()).filter((d) => d.orgId === org.id);
  // One after the other: a reassess runs beside live traffic and should not take both cores.
  for (const d of open) await reassessOne(deps, org, d.id, actor, out);
  return out;
}

/** Every open dossier of every organisation (`armoedetoets reassess`). */
export async function reassessAll(deps: ReassessDeps): Promise<ReassessReport> {
  const out: ReassessReport = { dossiers: 0, assessed: 0, changed: [], failed: [] };
  const orgs = new Map((await deps.store.orgs.list()).map((o) => [o.id, o]));
  for (const d of await deps.store.dossiers.openIds()) {
    const org = orgs.get(d.orgId);
    if (org) await reassessOne(deps, org, d.id, null, out);
  }
  return out;
}
