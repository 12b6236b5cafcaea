// What the council added to a dossier, as the report shows it (src/report/council.ts): the
// participation group's input, the newest signed advice and the college's answer to it. Read from the
// store when a report is asked for, and hashed into the rendered report's cache key, so that a new
// advice or answer never serves a report rendered before it.
import { createHash } from 'node:crypto';
import { DEFAULT_TIME_ZONE, todayIn } from '../../dates.js';
import type { CouncilRecord } from '../../report/council.js';
import type { StoredAssessment, Store } from '../../store/types.js';
import { nameLookup } from '../services/user-names.js';

/** The date (YYYY-MM-DD) of a timestamp where the council sits. */
const dateOf = (at: string): string => todayIn(DEFAULT_TIME_ZONE, new Date(at));

export async function councilRecordFor(store: Store, orgId: string, dossierId: string): Promise<CouncilRecord> {
  const name = nameLookup(store, '');
  const entries = await store.council.participation.list(orgId, dossierId);
  const participation = await Promise.all(
    entries.map(async (p) => ({
      text: p.text,
      participants: p.participants,
      heldOn: p.heldOn,
      expensesPaid: p.expensesPaid,
      recordedBy: await name(p.recordedBy),
      onBehalf: p.onBehalf,
    })),
  );
  const record: CouncilRecord = { participation };
  const advice = await store.council.advices.latestSigned(orgId, dossierId);
  if (!advice || !advice.signedBy || !advice.signedAt) return record;
  record.advice = {
    number: advice.number,
    conclusion: advice.conclusion,
    recommendations: advice.recommendations.map((r) => ({ ...r })),
    signedBy: { name: advice.signedBy.name, role: advice.signedBy.role },
    signedOn: dateOf(advice.signedAt),
  };
  const answer = await store.council.answers.forAdvice(orgId, advice.id);
  if (answer) {
    record.answer = {
      decision: answer.decision,
      decidedOn: answer.decidedOn,
      recordedBy: await name(answer.recordedBy),
      ...(answer.correctedAt && answer.correctedBy ? { corrected: { on: dateOf(answer.correctedAt), by: await name(answer.correctedBy) } } : {}),
      items: [...answer.items]
        .sort((a, b) => a.index - b.index)
        .map((i) => ({ recommendation: advice.recommendations[i.index]?.text ?? '', response: i.response, reason: i.reason })),
    };
  }
  return record;
}

/** True when the record holds nothing to show (no input, no signed advice). */
export const isEmptyRecord = (r: CouncilRecord): boolean => r.participation.length === 0 && r.advice === undefined;

/**
 * The council's record for a report of this assessment: only when it assesses the dossier's latest
 * version (an older version's report shows what was known then) and there is something to show.
 */
export async function councilForAssessment(store: Store, stored: StoredAssessment): Promise<CouncilRecord | undefined> {
  const dossier = await store.dossiers.get(stored.orgId, stored.dossierId);
  if (!dossier || dossier.latestVersion < 1) return undefined;
  // The list holds no inputs: cheaper than reading the latest version's input only to compare its id.
  const latest = (await store.versions.list(stored.orgId, stored.dossierId)).find((v) => v.number === dossier.latestVersion);
  if (latest?.id !== stored.versionId) return undefined;
  const record = await councilRecordFor(store, stored.orgId, stored.dossierId);
  return isEmptyRecord(record) ? undefined : record;
}

/** sha256 (hex) of the record's JSON: part of the rendered report's cache key. */
export function councilHash(record: CouncilRecord): string {
  return createHash('sha256').update(JSON.stringify(record), 'utf8').digest('hex');
}
