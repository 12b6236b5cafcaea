// The council's advices: numbered per dossier, edited while a draft, and never changed once signed (the
// update only touches a row that is still a draft, so a change racing a signature loses). A later
// advice follows a signed one with the next number.
import type { Selectable } from 'kysely';
import { ArmoedetoetsError } from '../../errors.js';
import { clampLimit, inTx, newId, nowIso, type StoreContext } from '../context.js';
import type { CouncilAdvicesTable } from '../council-tables.js';
import type { Advice, AdviceStatus, CouncilStore, StoredRecommendation } from '../council-types.js';
import { requireDossier } from './council-input.js';

function toAdvice(r: Selectable<CouncilAdvicesTable>): Advice {
  const signed = r.signed_by_user !== null && r.signed_by_name !== null && r.signed_by_role !== null;
  return {
    id: r.id,
    orgId: r.org_id,
    dossierId: r.dossier_id,
    number: r.number,
    conclusion: r.conclusion,
    recommendations: JSON.parse(r.recommendations) as StoredRecommendation[],
    status: r.status as AdviceStatus,
    createdBy: r.created_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    signedBy: signed ? { userId: r.signed_by_user as string, name: r.signed_by_name as string, role: r.signed_by_role as string } : null,
    signedAt: r.signed_at,
  };
}

/** Only the fields a recommendation has, in a fixed order (the stored text is what the report prints). */
function cleanRecommendations(list: StoredRecommendation[]): string {
  return JSON.stringify(list.map((r) => (r.checkId === undefined ? { text: r.text } : { text: r.text, checkId: r.checkId })));
}

const signedAlready = (id: string): ArmoedetoetsError =>
  new ArmoedetoetsError('CONFLICT', 'Dit advies is ondertekend en verandert niet meer; begin een nieuw advies.', { data: { adviceId: id } });
const noAdvice = (id: string): ArmoedetoetsError => new ArmoedetoetsError('NOT_FOUND', 'Dit advies bestaat niet.', { data: { adviceId: id } });

export function advicesRepo(ctx: StoreContext): CouncilStore['advices'] {
  const { db } = ctx;
  // Reads see advices of dossiers that are not deleted only: a deleted dossier takes its council work with it.
  const live = (q: StoreContext['db']) =>
    q
      .selectFrom('council_advices')
      .innerJoin('dossiers', 'dossiers.id', 'council_advices.dossier_id')
      .selectAll('council_advices')
      .where('dossiers.deleted_at', 'is', null);
  const one = (orgId: string, id: string) => live(db).where('council_advices.org_id', '=', orgId).where('council_advices.id', '=', id);
  const ofDossier = (orgId: string, dossierId: string) =>
    live(db).where('council_advices.org_id', '=', orgId).where('council_advices.dossier_id', '=', dossierId);

  /** Inside a transaction: the row, or NOT_FOUND; a signed one, CONFLICT. */
  async function draftRow(tx: StoreContext, orgId: string, id: string): Promise<Selectable<CouncilAdvicesTable>> {
    const r = await live(tx.db)
      .where('council_advices.org_id', '=', orgId)
      .where('council_advices.id', '=', id)
      .$if(tx.dialect === 'postgres', (q) => q.forUpdate())
      .executeTakeFirst();
    if (!r) throw noAdvice(id);
    if (r.status !== 'draft') throw signedAlready(id);
    return r;
  }

  return {
    createDraft(a) {
      return inTx(ctx, async (tx) => {
        // The dossier's row serialises numbering on PostgreSQL (SQLite's write lock already does).
        await requireDossier(tx, a.orgId, a.dossierId);
        const last = await tx.db
          .selectFrom('council_advices')
          .select(['number', 'status'])
          .where('dossier_id', '=', a.dossierId)
          .orderBy('number', 'desc')
          .limit(1)
          .executeTakeFirst();
        if (last?.status === 'draft')
          throw new ArmoedetoetsError('CONFLICT', `Advies ${last.number} is nog een ontwerp: werk dat verder uit.`, { data: { number: last.number } });
        const at = nowIso(tx);
        const row = {
          id: newId(),
          org_id: a.orgId,
          dossier_id: a.dossierId,
          number: (last?.number ?? 0) + 1,
          conclusion: a.conclusion,
          recommendations: cleanRecommendations(a.recommendations),
          status: 'draft',
          created_by: a.createdBy,
          created_at: at,
          updated_at: at,
          signed_by_user: null,
          signed_by_name: null,
          signed_by_role: null,
          signed_at: null,
        };
        await tx.db.insertInto('council_advices').values(row).execute();
        return toAdvice(row);
      });
    },

    updateDraft(orgId, id, patch) {
      return inTx(ctx, async (tx) => {
        await draftRow(tx, orgId, id);
        const set = { conclusion: patch.conclusion, recommendations: cleanRecommendations(patch.recommendations), updated_at: nowIso(tx) };
        const r = await tx.db.updateTable('council_advices').set(set).where('id', '=', id).where('status', '=', 'draft').executeTakeFirst();
        if (r.numUpdatedRows === 0n) throw signedAlready(id);
        return toAdvice(await tx.db.selectFrom('council_advices').selectAll().where('id', '=', id).executeTakeFirstOrThrow());
      });
    },

    sign(orgId, id, by) {
      return inTx(ctx, async (tx) => {
        await draftRow(tx, orgId, id);
        const at = nowIso(tx);
        const r = await tx.db
          .updateTable('council_advices')
          .set({ status: 'signed', signed_by_user: by.userId, signed_by_name: by.name, signed_by_role: by.role, signed_at: at, updated_at: at })
          .where('id', '=', id)
          .where('status', '=', 'draft')
          .executeTakeFirst();
        if (r.numUpdatedRows === 0n) throw signedAlready(id);
        return toAdvice(await tx.db.selectFrom('council_advices').selectAll().where('id', '=', id).executeTakeFirstOrThrow());
      });
    },

    async get(orgId, id) {
      const r = await one(orgId, id).executeTakeFirst();
      return r && toAdvice(r);
    },

    async byNumber(orgId, dossierId, number) {
      const r = await ofDossier(orgId, dossierId).where('council_advices.number', '=', number).executeTakeFirst();
      return r && toAdvice(r);
    },

    async latest(orgId, dossierId) {
      const r = await ofDossier(orgId, dossierId).orderBy('council_advices.number', 'desc').limit(1).executeTakeFirst();
      return r && toAdvice(r);
    },

    async latestSigned(orgId, dossierId) {
      const r = await ofDossier(orgId, dossierId)
        .where('council_advices.status', '=', 'signed')
        .orderBy('council_advices.number', 'desc')
        .limit(1)
        .executeTakeFirst();
      return r && toAdvice(r);
    },

    async list(orgId, dossierId) {
      const rows = await ofDossier(orgId, dossierId).orderBy('council_advices.number').execute();
      return rows.map(toAdvice);
    },

    async drafts(orgId, limit) {
      const rows = await live(db)
        .where('council_advices.org_id', '=', orgId)
        .where('council_advices.status', '=', 'draft')
        .orderBy('council_advices.updated_at')
        .orderBy('council_advices.id')
        .limit(clampLimit(limit))
        .execute();
      return rows.map(toAdvice);
    },
  };
}
