// Assessments: the engine's full result for one version, with everything needed to render its report
// again byte-identical. Adding one to the dossier's latest version sets the dossier's verdict (the
// list's verdict filter) in the same transaction.
import type { Selectable } from 'kysely';
import { ArmoedetoetsError } from '../../errors.js';
import type { VerdictCode } from '../../types.js';
import { inTx, newId, nowIso, sha256, type StoreContext } from '../context.js';
import type { AssessmentsTable } from '../tables.js';
import type { Store, StoredAssessment } from '../types.js';
import { lockDossier } from './versions.js';

type Info = Omit<StoredAssessment, 'result'>;

function toInfo(r: Omit<Selectable<AssessmentsTable>, 'result'>): Info {
  return {
    id: r.id,
    versionId: r.version_id,
    dossierId: r.dossier_id,
    orgId: r.org_id,
    packName: r.pack_name,
    packVersion: r.pack_version,
    packHash: r.pack_hash,
    overlayVersion: r.overlay_version,
    overlayHash: r.overlay_hash,
    referenceDate: r.reference_date,
    resultHash: r.result_hash,
    verdict: r.verdict as VerdictCode,
    scoreLow: Number(r.score_low),
    scoreHigh: Number(r.score_high),
    createdBy: r.created_by,
    createdAt: r.created_at,
  };
}

const toAssessment = (r: Selectable<AssessmentsTable>): StoredAssessment => ({ ...toInfo(r), result: r.result });

export function assessmentsRepo(ctx: StoreContext): Store['assessments'] {
  const { db } = ctx;
  // Reads see only assessments of this organisation's dossiers that are not deleted.
  const visible = (orgId: string) =>
    db
      .selectFrom('assessments')
      .innerJoin('dossiers', 'dossiers.id', 'assessments.dossier_id')
      .where('assessments.org_id', '=', orgId)
      .where('dossiers.deleted_at', 'is', null);

  return {
    add(a) {
      return inTx(ctx, async (tx) => {
        const version = await tx.db
          .selectFrom('versions')
          .innerJoin('dossiers', 'dossiers.id', 'versions.dossier_id')
          .select(['versions.number', 'versions.dossier_id', 'dossiers.org_id'])
          .where('versions.id', '=', a.versionId)
          .executeTakeFirst();
        const dossier = version && (await lockDossier(tx, version.org_id, version.dossier_id));
        if (!version || !dossier) throw new ArmoedetoetsError('NOT_FOUND', 'Deze versie bestaat niet.', { data: { versionId: a.versionId } });
        const last = await tx.db
          .selectFrom('assessments')
          .select('seq')
          .where('version_id', '=', a.versionId)
          .orderBy('seq', 'desc')
          .limit(1)
          .executeTakeFirst();
        const stored: StoredAssessment = {
          id: newId(),
          versionId: a.versionId,
          dossierId: version.dossier_id,
          orgId: version.org_id,
          packName: a.packName,
          packVersion: a.packVersion,
          packHash: a.packHash,
          overlayVersion: a.overlayVersion,
          overlayHash: a.overlayHash,
          referenceDate: a.referenceDate,
          result: a.result,
          resultHash: sha256(a.result),
          verdict: a.verdict,
          scoreLow: a.scoreLow,
          scoreHigh: a.scoreHigh,
          createdBy: a.createdBy,
          createdAt: nowIso(tx),
        };
        await tx.db
          .insertInto('assessments')
          .values({
            id: stored.id,
            version_id: stored.versionId,
            dossier_id: stored.dossierId,
            org_id: stored.orgId,
            seq: (last?.seq ?? 0) + 1,
            pack_name: stored.packName,
            pack_version: stored.packVersion,
            pack_hash: stored.packHash,
            overlay_version: stored.overlayVersion,
            overlay_hash: stored.overlayHash,
            reference_date: stored.referenceDate,
            result: stored.result,
            result_hash: stored.resultHash,
            verdict: stored.verdict,
            score_low: stored.scoreLow,
            score_high: stored.scoreHigh,
            created_by: stored.createdBy,
            created_at: stored.createdAt,
          })
          .execute();
        if (version.number === dossier.latest_version) {
          await tx.db.updateTable('dossiers').set({ latest_verdict: stored.verdict }).where('id', '=', stored.dossierId).execute();
        }
        return stored;
      });
    },

    async get(orgId, id) {
      const r = await visible(orgId).selectAll('assessments').where('assessments.id', '=', id).executeTakeFirst();
      return r && toAssessment(r);
    },

    async latestForVersion(orgId, versionId) {
      const r = await visible(orgId)
        .selectAll('assessments')
        .where('assessments.version_id', '=', versionId)
        .orderBy('assessments.seq', 'desc')
        .limit(1)
        .executeTakeFirst();
      return r && toAssessment(r);
    },

    async listForDossier(orgId, dossierId) {
      const rows = await visible(orgId)
        .innerJoin('versions', 'versions.id', 'assessments.version_id')
        .select([
          'assessments.id',
          'assessments.version_id',
          'assessments.dossier_id',
          'assessments.org_id',
          'assessments.seq',
          'assessments.pack_name',
          'assessments.pack_version',
          'assessments.pack_hash',
          'assessments.overlay_version',
          'assessments.overlay_hash',
          'assessments.reference_date',
          'assessments.result_hash',
          'assessments.verdict',
          'assessments.score_low',
          'assessments.score_high',
          'assessments.created_by',
          'assessments.created_at',
        ])
        .where('assessments.dossier_id', '=', dossierId)
        .orderBy('versions.number')
        .orderBy('assessments.seq')
        .execute();
      return rows.map(toInfo);
    },
  };
}
