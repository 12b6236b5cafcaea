// Assessing stored inputs: the engine as a library, its result kept as the CLI's `--format json` text.
import { createHash } from 'node:crypto';
import { assess } from '../../index.js';
import { DEFAULT_TIME_ZONE, todayIn } from '../../dates.js';
import { ArmoedetoetsError } from '../../errors.js';
import { outputLang } from '../../cli/input.js';
import { assessmentJson } from '../../output/json.js';
import type { Assessment, Lang } from '../../types.js';
import type { NewAssessment, Organisation, Overlay, StoredAssessment, Store } from '../../store/types.js';
import { apiText } from '../messages/api.js';
import type { AssessPool } from '../workers/pool.js';
import { sharedRulesets, type RulesetCache } from './rulesets.js';

export interface AssessingDeps {
  /** The clock: "today" is its date in Europe/Brussels. */
  now: () => Date;
  /** Loaded rulesets per overlay; the process's shared cache by default (in this thread; each worker has its own). */
  rulesets?: RulesetCache;
  /** The server's assessment worker threads; without them the engine runs in this thread. */
  workers?: AssessPool;
}

/** Who did it: a user, an API token, or nobody (`armoedetoets reassess`). */
export interface ActorRef {
  userId: string | null;
  tokenId: string | null;
}

/** The row to store, without the version it belongs to and who asked. */
export type AssessmentRow = Omit<NewAssessment, 'versionId' | 'createdBy'>;

export interface Computed {
  row: AssessmentRow;
}

export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** Today in Belgium at the clock's instant. */
export function today(now: Date): string {
  return todayIn(DEFAULT_TIME_ZONE, now);
}

/** The language of a stored assessment: the input's meta.language, else the organisation's first language. */
export function storedLang(input: Record<string, unknown>, org: Pick<Organisation, 'languages'>): Lang {
  return outputLang(input, org.languages[0] ?? 'nl');
}

/** The overlay's fields an assessment needs (what crosses to a worker thread). */
export type OverlayFiles = Pick<Overlay, 'version' | 'hash' | 'files'>;

/** Assesses in this thread: the row to store. What the worker threads run too (src/server/workers/tasks.ts). */
export async function computeRow(
  input: Record<string, unknown>,
  overlay: OverlayFiles | undefined,
  options: { lang: Lang; today: string; rulesets?: RulesetCache },
): Promise<AssessmentRow> {
  const ruleset = (options.rulesets ?? sharedRulesets).forOverlay(overlay);
  const assessment: Assessment = await assess(input, { ruleset, lang: options.lang, today: options.today });
  const overall = assessment.score.overall;
  return {
    packName: assessment.ruleset.name,
    packVersion: assessment.ruleset.version,
    packHash: assessment.ruleset.hash,
    overlayVersion: overlay?.version ?? null,
    overlayHash: overlay?.hash ?? null,
    referenceDate: assessment.referenceDate,
    result: assessmentJson(assessment),
    verdict: assessment.verdict.code,
    // No score (nothing applicable): stored as 0–100, the whole range left open.
    scoreLow: overall?.low ?? 0,
    scoreHigh: overall?.high ?? 100,
  };
}

/**
 * Assesses an input with the pack and `overlay` on today's date (unless the input names its
 * reference date), in a worker thread when given some. Throws INPUT_INVALID for bad input, like the CLI.
 */
export async function computeAssessment(
  input: Record<string, unknown>,
  overlay: Overlay | undefined,
  options: { lang: Lang; now: Date; rulesets?: RulesetCache; workers?: AssessPool },
): Promise<Computed> {
  const day = today(options.now);
  if (options.workers) {
    const files = overlay && { version: overlay.version, hash: overlay.hash, files: overlay.files };
    return { row: await options.workers.run('stored', { input, overlay: files, lang: options.lang, today: day }) };
  }
  return { row: await computeRow(input, overlay, { lang: options.lang, today: day, rulesets: options.rulesets }) };
}

/** Stores a computed assessment of a version and its audit entry, in one transaction. */
export function storeAssessment(
  store: Store,
  org: Organisation,
  target: { dossierId: string; versionId: string; number: number },
  computed: Computed,
  actor: ActorRef | null,
  action = 'assessment.add',
): Promise<StoredAssessment> {
  return store.transaction(async (tx) => {
    const stored = await tx.assessments.add({ ...computed.row, versionId: target.versionId, createdBy: actor?.userId ?? null });
    await tx.audit.append({
      orgId: org.id,
      actorUserId: actor?.userId ?? null,
      actorTokenId: actor?.tokenId ?? null,
      action,
      dossierId: target.dossierId,
      details: { versionId: target.versionId, version: target.number, assessmentId: stored.id, verdict: stored.verdict },
    });
    return stored;
  });
}

/**
 * Assesses a stored version again with the organisation's latest overlay on today's date and stores
 * the result. NOT_FOUND when the version is not one of this organisation's.
 */
export async function assessVersion(
  store: Store,
  target: { org: Organisation; dossierId: string; version: number; actor: ActorRef | null; lang?: Lang },
  deps: AssessingDeps,
): Promise<StoredAssessment> {
  const { org } = target;
  const version = await store.versions.get(org.id, target.dossierId, target.version);
  if (!version) throw new ArmoedetoetsError('NOT_FOUND', apiText(target.lang ?? 'nl', 'versionNotFound'));
  const input = JSON.parse(version.input) as Record<string, unknown>;
  const overlay = await store.overlays.latest(org.id);
  const computed = await computeAssessment(input, overlay, { lang: storedLang(input, org), now: deps.now(), rulesets: deps.rulesets, workers: deps.workers });
  return storeAssessment(store, org, { dossierId: target.dossierId, versionId: version.id, number: version.number }, computed, target.actor);
}
