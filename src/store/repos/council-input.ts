// The council's comments and the participation group's input: appended, never changed. Every write
// checks that the dossier (and the commented assessment) belong to the organisation.
import type { Selectable } from 'kysely';
import { ArmoedetoetsError } from '../../errors.js';
import { inTx, newId, nowIso, type StoreContext } from '../context.js';
import type { CouncilCommentsTable, CouncilParticipationTable } from '../council-tables.js';
import type { CouncilComment, CouncilStore, ExpensesPaid, ParticipationEntry } from '../council-types.js';
import { lockDossier } from './versions.js';

/** The next number of a dossier's rows in `table` (the dossier is locked: no two writers get the same one). */
async function nextSeq(tx: StoreContext, table: 'council_comments' | 'council_participation', dossierId: string): Promise<number> {
  const r = await tx.db
    .selectFrom(table)
    .select((e) => e.fn.max('seq').as('last'))
    .where('dossier_id', '=', dossierId)
    .executeTakeFirst();
  return Number(r?.last ?? 0) + 1;
}

/** The dossier of the organisation (not deleted), locked on PostgreSQL for the transaction; NOT_FOUND otherwise. */
export async function requireDossier(tx: StoreContext, orgId: string, dossierId: string): Promise<void> {
  if (!(await lockDossier(tx, orgId, dossierId))) throw new ArmoedetoetsError('NOT_FOUND', 'Dit dossier bestaat niet.', { data: { dossierId } });
}

function toComment(r: Selectable<CouncilCommentsTable>): CouncilComment {
  return {
    id: r.id,
    orgId: r.org_id,
    dossierId: r.dossier_id,
    assessmentId: r.assessment_id,
    checkId: r.check_id,
    authorId: r.author_id,
    text: r.text,
    createdAt: r.created_at,
  };
}

function toParticipation(r: Selectable<CouncilParticipationTable>): ParticipationEntry {
  return {
    id: r.id,
    orgId: r.org_id,
    dossierId: r.dossier_id,
    text: r.text,
    participants: r.participants,
    heldOn: r.held_on,
    expensesPaid: r.expenses_paid as ExpensesPaid,
    recordedBy: r.recorded_by,
    onBehalf: r.on_behalf === 1,
    createdAt: r.created_at,
  };
}

export function commentsRepo(ctx: StoreContext): CouncilStore['comments'] {
  return {
    add(c) {
      return inTx(ctx, async (tx) => {
        await requireDossier(tx, c.orgId, c.dossierId);
        if ((c.assessmentId === null) !== (c.checkId === null)) throw new ArmoedetoetsError('INTERNAL', 'a finding needs both an assessment and a check');
        if (c.assessmentId !== null) {
          const a = await tx.db
            .selectFrom('assessments')
            .select('id')
            .where('id', '=', c.assessmentId)
            .where('org_id', '=', c.orgId)
            .where('dossier_id', '=', c.dossierId)
            .executeTakeFirst();
          if (!a) throw new ArmoedetoetsError('NOT_FOUND', 'Deze toets hoort niet bij dit dossier.', { data: { assessmentId: c.assessmentId } });
        }
        const comment: CouncilComment = { ...c, id: newId(), createdAt: nowIso(tx) };
        await tx.db
          .insertInto('council_comments')
          .values({
            id: comment.id,
            org_id: comment.orgId,
            dossier_id: comment.dossierId,
            assessment_id: comment.assessmentId,
            check_id: comment.checkId,
            author_id: comment.authorId,
            text: comment.text,
            seq: await nextSeq(tx, 'council_comments', comment.dossierId),
            created_at: comment.createdAt,
          })
          .execute();
        return comment;
      });
    },

    async list(orgId, dossierId) {
      const rows = await ctx.db
        .selectFrom('council_comments')
        .innerJoin('dossiers', 'dossiers.id', 'council_comments.dossier_id')
        .selectAll('council_comments')
        .where('council_comments.org_id', '=', orgId)
        .where('council_comments.dossier_id', '=', dossierId)
        .where('dossiers.deleted_at', 'is', null)
        .orderBy('council_comments.seq')
        .execute();
      return rows.map(toComment);
    },
  };
}

export function participationRepo(ctx: StoreContext): CouncilStore['participation'] {
  return {
    add(p) {
      return inTx(ctx, async (tx) => {
        await requireDossier(tx, p.orgId, p.dossierId);
        const entry: ParticipationEntry = { ...p, id: newId(), createdAt: nowIso(tx) };
        await tx.db
          .insertInto('council_participation')
          .values({
            id: entry.id,
            org_id: entry.orgId,
            dossier_id: entry.dossierId,
            text: entry.text,
            participants: entry.participants,
            held_on: entry.heldOn,
            expenses_paid: entry.expensesPaid,
            recorded_by: entry.recordedBy,
            on_behalf: entry.onBehalf ? 1 : 0,
            seq: await nextSeq(tx, 'council_participation', entry.dossierId),
            created_at: entry.createdAt,
          })
          .execute();
        return entry;
      });
    },

    async list(orgId, dossierId) {
      const rows = await ctx.db
        .selectFrom('council_participation')
        .innerJoin('dossiers', 'dossiers.id', 'council_participation.dossier_id')
        .selectAll('council_participation')
        .where('council_participation.org_id', '=', orgId)
        .where('council_participation.dossier_id', '=', dossierId)
        .where('dossiers.deleted_at', 'is', null)
        .orderBy('council_participation.seq')
        .execute();
      return rows.map(toParticipation);
    },
  };
}
