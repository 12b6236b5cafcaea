// The college's answer to a signed advice (one per advice; a correction keeps what it said before in its
// history) and the written feedback to the participants about it: a draft the council edits, then final
// and fixed.
import type { Selectable } from 'kysely';
import { ArmoedetoetsError } from '../../errors.js';
import { inTx, isUniqueViolation, newId, nowIso, type StoreContext } from '../context.js';
import type { CouncilAnswerHistoryTable, CouncilAnswersTable, CouncilFeedbackTable } from '../council-tables.js';
import type { AnswerHistoryEntry, AnswerItem, CollegeAnswerRecord, CouncilStore, Feedback, FeedbackStatus } from '../council-types.js';

function toAnswer(r: Selectable<CouncilAnswersTable>): CollegeAnswerRecord {
  return {
    id: r.id,
    orgId: r.org_id,
    dossierId: r.dossier_id,
    adviceId: r.advice_id,
    decision: r.decision,
    decidedOn: r.decided_on,
    items: JSON.parse(r.items) as AnswerItem[],
    recordedBy: r.recorded_by,
    createdAt: r.created_at,
    correctedBy: r.corrected_by,
    correctedAt: r.corrected_at,
  };
}

function toHistory(r: Selectable<CouncilAnswerHistoryTable>): AnswerHistoryEntry {
  return {
    id: r.id,
    answerId: r.answer_id,
    decision: r.decision,
    decidedOn: r.decided_on,
    items: JSON.parse(r.items) as AnswerItem[],
    recordedBy: r.recorded_by,
    recordedAt: r.recorded_at,
    replacedBy: r.replaced_by,
    replacedAt: r.replaced_at,
    why: r.why,
  };
}

/** The items as stored: index, response and reason only, in the advice's order. */
const itemsText = (items: readonly AnswerItem[]): string =>
  JSON.stringify([...items].sort((a, b) => a.index - b.index).map((i) => ({ index: i.index, response: i.response, reason: i.reason })));

/** One item per recommendation of the advice (indices 0..count-1): a caller's bug otherwise. */
function checkItems(items: readonly AnswerItem[], recommendations: string): void {
  const count = (JSON.parse(recommendations) as unknown[]).length;
  const indices = items.map((i) => i.index).sort((x, y) => x - y);
  if (indices.length !== count || indices.some((n, i) => n !== i))
    throw new ArmoedetoetsError('INTERNAL', `an answer needs one item per recommendation (0..${count - 1})`);
}

function toFeedback(r: Selectable<CouncilFeedbackTable>): Feedback {
  return {
    id: r.id,
    orgId: r.org_id,
    dossierId: r.dossier_id,
    adviceId: r.advice_id,
    lang: r.lang,
    text: r.text,
    status: r.status as FeedbackStatus,
    editedBy: r.edited_by,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

const answeredAlready = (adviceId: string): ArmoedetoetsError =>
  new ArmoedetoetsError('CONFLICT', 'Het college heeft dit advies al beantwoord.', { data: { adviceId } });
const finalAlready = (id: string): ArmoedetoetsError =>
  new ArmoedetoetsError('CONFLICT', 'Deze terugkoppeling is definitief en verandert niet meer.', { data: { feedbackId: id } });

/** The advice of the organisation, of a dossier that is not deleted (locked on PostgreSQL); NOT_FOUND otherwise. */
async function adviceOf(tx: StoreContext, orgId: string, adviceId: string) {
  const r = await tx.db
    .selectFrom('council_advices')
    .innerJoin('dossiers', 'dossiers.id', 'council_advices.dossier_id')
    .select(['council_advices.id', 'council_advices.dossier_id', 'council_advices.status', 'council_advices.recommendations'])
    .where('council_advices.org_id', '=', orgId)
    .where('council_advices.id', '=', adviceId)
    .where('dossiers.deleted_at', 'is', null)
    .$if(tx.dialect === 'postgres', (q) => q.forUpdate())
    .executeTakeFirst();
  if (!r) throw new ArmoedetoetsError('NOT_FOUND', 'Dit advies bestaat niet.', { data: { adviceId } });
  return r;
}

/** An answer of the organisation by its id or its advice's, of a dossier that is not deleted. */
const answerRow = (tx: StoreContext, orgId: string, where: { id: string } | { adviceId: string }) =>
  tx.db
    .selectFrom('council_answers')
    .innerJoin('dossiers', 'dossiers.id', 'council_answers.dossier_id')
    .selectAll('council_answers')
    .where('council_answers.org_id', '=', orgId)
    .$if('id' in where, (q) => q.where('council_answers.id', '=', (where as { id: string }).id))
    .$if('adviceId' in where, (q) => q.where('council_answers.advice_id', '=', (where as { adviceId: string }).adviceId))
    .where('dossiers.deleted_at', 'is', null)
    .executeTakeFirst();

export function answersRepo(ctx: StoreContext): CouncilStore['answers'] {
  return {
    record(a) {
      return inTx(ctx, async (tx) => {
        const advice = await adviceOf(tx, a.orgId, a.adviceId);
        if (advice.status !== 'signed')
          throw new ArmoedetoetsError('CONFLICT', 'Een advies krijgt pas een antwoord als het ondertekend is.', { data: { adviceId: a.adviceId } });
        checkItems(a.items, advice.recommendations);
        const answer: CollegeAnswerRecord = { ...a, dossierId: advice.dossier_id, id: newId(), createdAt: nowIso(tx), correctedBy: null, correctedAt: null };
        await tx.db
          .insertInto('council_answers')
          .values({
            id: answer.id,
            org_id: answer.orgId,
            dossier_id: answer.dossierId,
            advice_id: answer.adviceId,
            decision: answer.decision,
            decided_on: answer.decidedOn,
            items: itemsText(answer.items),
            recorded_by: answer.recordedBy,
            created_at: answer.createdAt,
            corrected_by: null,
            corrected_at: null,
          })
          .execute()
          .catch((e: unknown) => {
            throw isUniqueViolation(e) ? answeredAlready(a.adviceId) : e;
          });
        return answer;
      });
    },

    async forAdvice(orgId, adviceId) {
      const r = await answerRow(ctx, orgId, { adviceId });
      return r && toAnswer(r);
    },

    correct(orgId, answerId, c) {
      return inTx(ctx, async (tx) => {
        const r = await answerRow(tx, orgId, { id: answerId });
        if (!r) throw new ArmoedetoetsError('NOT_FOUND', 'Dit antwoord bestaat niet.', { data: { answerId } });
        const advice = await adviceOf(tx, orgId, r.advice_id);
        checkItems(c.items, advice.recommendations);
        const final = await tx.db
          .selectFrom('council_feedback')
          .select('id')
          .where('advice_id', '=', r.advice_id)
          .where('status', '=', 'final')
          .executeTakeFirst();
        if (final)
          throw new ArmoedetoetsError('CONFLICT', 'De terugkoppeling over dit antwoord is definitief: het antwoord verandert niet meer.', {
            data: { answerId },
          });
        const at = nowIso(tx);
        await tx.db
          .insertInto('council_answer_history')
          .values({
            id: newId(),
            org_id: orgId,
            answer_id: r.id,
            decision: r.decision,
            decided_on: r.decided_on,
            items: r.items,
            recorded_by: r.corrected_by ?? r.recorded_by,
            recorded_at: r.corrected_at ?? r.created_at,
            replaced_by: c.by,
            replaced_at: at,
            why: c.why,
          })
          .execute();
        const changed = { decision: c.decision, decided_on: c.decidedOn, items: itemsText(c.items), corrected_by: c.by, corrected_at: at };
        await tx.db.updateTable('council_answers').set(changed).where('id', '=', r.id).execute();
        return toAnswer({ ...r, ...changed });
      });
    },

    async history(orgId, answerId) {
      const rows = await ctx.db
        .selectFrom('council_answer_history')
        .selectAll()
        .where('org_id', '=', orgId)
        .where('answer_id', '=', answerId)
        .orderBy('replaced_at')
        .orderBy('id')
        .execute();
      return rows.map(toHistory);
    },
  };
}

export function feedbackRepo(ctx: StoreContext): CouncilStore['feedback'] {
  const row = (tx: StoreContext, orgId: string, where: { id?: string; adviceId?: string }) =>
    tx.db
      .selectFrom('council_feedback')
      .innerJoin('dossiers', 'dossiers.id', 'council_feedback.dossier_id')
      .selectAll('council_feedback')
      .where('council_feedback.org_id', '=', orgId)
      .where('dossiers.deleted_at', 'is', null)
      .$if(where.id !== undefined, (q) => q.where('council_feedback.id', '=', where.id as string))
      .$if(where.adviceId !== undefined, (q) => q.where('council_feedback.advice_id', '=', where.adviceId as string))
      .$if(tx.dialect === 'postgres' && tx.inTx, (q) => q.forUpdate())
      .executeTakeFirst();

  return {
    save(f) {
      return inTx(ctx, async (tx) => {
        const advice = await adviceOf(tx, f.orgId, f.adviceId);
        const answered = await tx.db.selectFrom('council_answers').select('id').where('advice_id', '=', f.adviceId).executeTakeFirst();
        if (!answered)
          throw new ArmoedetoetsError('CONFLICT', 'Er is nog geen antwoord van het college om terug te koppelen.', { data: { adviceId: f.adviceId } });
        const at = nowIso(tx);
        const kept = await row(tx, f.orgId, { adviceId: f.adviceId });
        if (kept) {
          if (kept.status !== 'draft') throw finalAlready(kept.id);
          await tx.db
            .updateTable('council_feedback')
            .set({ text: f.text, lang: f.lang, edited_by: f.editedBy, updated_at: at })
            .where('id', '=', kept.id)
            .where('status', '=', 'draft')
            .execute();
          return toFeedback({ ...kept, text: f.text, lang: f.lang, edited_by: f.editedBy, updated_at: at });
        }
        const made = {
          id: newId(),
          org_id: f.orgId,
          dossier_id: advice.dossier_id,
          advice_id: f.adviceId,
          lang: f.lang,
          text: f.text,
          status: 'draft',
          edited_by: f.editedBy,
          created_at: at,
          updated_at: at,
        };
        await tx.db.insertInto('council_feedback').values(made).execute();
        return toFeedback(made);
      });
    },

    markFinal(orgId, id, editedBy) {
      return inTx(ctx, async (tx) => {
        const kept = await row(tx, orgId, { id });
        if (!kept) throw new ArmoedetoetsError('NOT_FOUND', 'Deze terugkoppeling bestaat niet.', { data: { feedbackId: id } });
        if (kept.status !== 'draft') throw finalAlready(id);
        const at = nowIso(tx);
        await tx.db.updateTable('council_feedback').set({ status: 'final', edited_by: editedBy, updated_at: at }).where('id', '=', id).execute();
        return toFeedback({ ...kept, status: 'final', edited_by: editedBy, updated_at: at });
      });
    },

    async forAdvice(orgId, adviceId) {
      const r = await row(ctx, orgId, { adviceId });
      return r && toFeedback(r);
    },
  };
}
