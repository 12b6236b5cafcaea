// The version that takes the council's evidence in (evidence.ts): prepared outside any transaction (the
// engine's milliseconds should not hold the database lock), written inside the council act's own, so that
// the record and the version it brings are saved together or not at all. A version added by someone else
// in between makes the store refuse the prepared one; the caller then prepares again from the new latest.
import { isArmoedetoetsError } from '../../errors.js';
import type { Dossier, Organisation, Store, VersionOrigin } from '../../store/types.js';
import { pageLabel } from '../pages/render.js';
import { storedLang, type Computed } from '../services/assessing.js';
import { appendVersion, assessInput, type DossierDeps } from '../services/dossiers.js';
import { checkInput, type CheckedInput } from '../services/input.js';
import { evidenceLimits, mergeEvidence, type CouncilEvidence, type EvidenceChange } from './evidence.js';

export interface PreparedEvidence {
  /** The latest version the new input was made from. */
  basedOn: number;
  origin: VersionOrigin;
  checked: CheckedInput;
  computed: Computed;
  changes: EvidenceChange[];
}

/** What preparing found: a version to write, or why there is none. */
export interface Preparation {
  prepared?: PreparedEvidence;
  /** The dossier's input has as many participation moments as the schema allows. */
  full: boolean;
}

const ORIGIN: Record<CouncilEvidence['kind'], VersionOrigin> = { participation: 'council-participation', feedback: 'council-feedback' };

/** Reads the dossier's latest version and, when the evidence changes it, the next input and its assessment. */
export async function prepareEvidence(deps: DossierDeps, org: Organisation, dossier: Dossier, ev: CouncilEvidence): Promise<Preparation> {
  if (dossier.latestVersion < 1) return { full: false };
  const latest = await deps.store.versions.get(org.id, dossier.id, dossier.latestVersion);
  if (!latest) return { full: false };
  const raw = JSON.parse(latest.input) as Record<string, unknown>;
  const lang = storedLang(raw, org);
  const merged = mergeEvidence(raw, ev, pageLabel(lang, 'councilEvidenceWho'), evidenceLimits(dossier.kind));
  if (merged.changes.length === 0) return { full: merged.full };
  // The latest version was valid and the evidence keeps to the schema's limits: this only fails on a
  // version stored before a schema change, and then the record is kept without a version.
  let checked: CheckedInput;
  try {
    checked = checkInput(merged.input, lang);
  } catch (e) {
    if (isArmoedetoetsError(e) && e.code === 'INPUT_INVALID') return { full: merged.full };
    throw e;
  }
  const computed = await assessInput(deps, org, checked);
  return { prepared: { basedOn: latest.number, origin: ORIGIN[ev.kind], checked, computed, changes: merged.changes }, full: merged.full };
}

/**
 * Inside the council act's transaction: the prepared version (if any), its assessment and audit entry;
 * the version's number for the act's own audit entry.
 */
export async function writeEvidence(
  tx: Store,
  org: Organisation,
  dossier: Dossier,
  userId: string,
  p: PreparedEvidence | undefined,
): Promise<{ evidenceVersion?: number }> {
  if (!p) return {};
  const actor = { userId, tokenId: null };
  const from = { origin: p.origin, basedOn: p.basedOn };
  const { version } = await appendVersion(tx, org, dossier.id, { actor, author: userId }, p.checked, p.computed, 'version.add', from);
  return { evidenceVersion: version.number };
}

const isStale = (e: unknown): boolean =>
  isArmoedetoetsError(e) && e.code === 'CONFLICT' && (e.data as { reason?: string } | undefined)?.reason === 'stale-version';

/** How often a prepared version is made again after another version got in first. */
const ATTEMPTS = 3;

/**
 * Runs a council act that takes evidence in: prepares the version from the dossier as it is now, runs
 * `act` with it, and starts over when another version got in first. The act's result and the preparation.
 */
export async function withEvidence<T>(
  deps: DossierDeps,
  org: Organisation,
  dossier: Dossier,
  ev: CouncilEvidence,
  act: (p: PreparedEvidence | undefined) => Promise<T>,
): Promise<{ result: T; preparation: Preparation }> {
  let current = dossier;
  for (let attempt = 1; ; attempt++) {
    const preparation = await prepareEvidence(deps, org, current, ev);
    try {
      return { result: await act(preparation.prepared), preparation };
    } catch (e) {
      if (!isStale(e) || attempt >= ATTEMPTS) throw e;
      current = (await deps.store.dossiers.get(org.id, dossier.id)) ?? current;
    }
  }
}
