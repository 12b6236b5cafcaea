// Drafts of the wizard: an input as filled in so far, per author, in one organisation. Every read takes
// the organisation id; the author check is the caller's (a draft is private to whoever wrote it).
import type { Selectable } from 'kysely';
import type { SubjectKind } from '../../types.js';
import { newId, nowIso, type StoreContext } from '../context.js';
import type { DraftsTable } from '../tables.js';
import type { Draft, Store } from '../types.js';

function toDraft(r: Selectable<DraftsTable>): Draft {
  return {
    id: r.id,
    orgId: r.org_id,
    kind: r.kind as SubjectKind,
    dossierId: r.dossier_id,
    baseVersion: r.base_version,
    authorId: r.author_id,
    data: r.data,
    unknowns: JSON.parse(r.unknowns) as string[],
    step: r.step,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

export function draftsRepo(ctx: StoreContext): Store['drafts'] {
  const { db } = ctx;
  return {
    async create(d) {
      const at = nowIso(ctx);
      const draft: Draft = {
        id: newId(),
        orgId: d.orgId,
        kind: d.kind,
        dossierId: d.dossierId,
        baseVersion: d.baseVersion ?? null,
        authorId: d.authorId,
        data: d.data,
        unknowns: [...(d.unknowns ?? [])],
        step: d.step,
        createdAt: at,
        updatedAt: at,
      };
      await db
        .insertInto('drafts')
        .values({
          id: draft.id,
          org_id: draft.orgId,
          kind: draft.kind,
          dossier_id: draft.dossierId,
          base_version: draft.baseVersion,
          author_id: draft.authorId,
          data: draft.data,
          unknowns: JSON.stringify(draft.unknowns),
          step: draft.step,
          created_at: at,
          updated_at: at,
        })
        .execute();
      return draft;
    },

    async get(orgId, id) {
      const r = await db.selectFrom('drafts').selectAll().where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
      return r && toDraft(r);
    },

    async listForAuthor(orgId, authorId) {
      const rows = await db
        .selectFrom('drafts')
        .selectAll()
        .where('org_id', '=', orgId)
        .where('author_id', '=', authorId)
        .orderBy('updated_at', 'desc')
        .orderBy('id', 'desc')
        .execute();
      return rows.map(toDraft);
    },

    async save(orgId, id, patch) {
      const set: Partial<Pick<DraftsTable, 'data' | 'step' | 'unknowns' | 'updated_at'>> = { data: patch.data, step: patch.step, updated_at: nowIso(ctx) };
      if (patch.unknowns !== undefined) set.unknowns = JSON.stringify(patch.unknowns);
      const r = await db.updateTable('drafts').set(set).where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
      return r.numUpdatedRows > 0n;
    },

    async delete(orgId, id) {
      const r = await db.deleteFrom('drafts').where('org_id', '=', orgId).where('id', '=', id).executeTakeFirst();
      return r.numDeletedRows > 0n;
    },
  };
}
