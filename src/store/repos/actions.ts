// Actions of service audits: created from one audit's action plan (once per check and version), then
// followed up (owner, due date, status, note). Every read takes the organisation id and joins the dossier:
// an action of another organisation, or of a deleted service, is not there.
import type { Selectable } from 'kysely';
import { ArmoedetoetsError } from '../../errors.js';
import { clampLimit, inTx, newId, nowIso, toNumber, type StoreContext } from '../context.js';
import type { ActionsTable } from '../tables.js';
import type { Action, ActionStatus, Store } from '../types.js';
import { lockDossier } from './versions.js';

/** Statuses of work still to do: overdue once their due date has passed. */
const OPEN: readonly ActionStatus[] = ['open', 'in-progress'];

type Row = Selectable<ActionsTable> & { version_number: number };

function toAction(r: Row): Action {
  return {
    id: r.id,
    orgId: r.org_id,
    dossierId: r.dossier_id,
    versionId: r.version_id,
    versionNumber: toNumber(r.version_number),
    checkId: r.check_id,
    position: toNumber(r.position),
    title: r.title,
    ownerUserId: r.owner_user_id,
    ownerName: r.owner_name,
    dueDate: r.due_date,
    status: r.status as ActionStatus,
    note: r.note,
    createdAt: r.created_at,
    createdBy: r.created_by,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  };
}

export function actionsRepo(ctx: StoreContext): Store['actions'] {
  const { db } = ctx;
  const visible = (c: StoreContext, orgId: string) =>
    c.db
      .selectFrom('actions')
      .innerJoin('dossiers', 'dossiers.id', 'actions.dossier_id')
      .innerJoin('versions', 'versions.id', 'actions.version_id')
      .selectAll('actions')
      .select('versions.number as version_number')
      .where('actions.org_id', '=', orgId)
      .where('dossiers.deleted_at', 'is', null);

  return {
    createFromPlan(p) {
      return inTx(ctx, async (tx) => {
        // The service's row is locked (PostgreSQL; SQLite holds its write lock): two clicks at once wait for each other.
        const dossier = await lockDossier(tx, p.orgId, p.dossierId);
        const version =
          dossier &&
          (await tx.db
            .selectFrom('versions')
            .select(['id', 'number'])
            .where('dossier_id', '=', p.dossierId)
            .where('number', '=', p.versionNumber)
            .executeTakeFirst());
        if (!version) throw new ArmoedetoetsError('NOT_FOUND', 'Deze audit bestaat niet.', { data: { dossierId: p.dossierId, version: p.versionNumber } });
        const existing = await tx.db
          .selectFrom('actions')
          .select('check_id')
          .where('dossier_id', '=', p.dossierId)
          .where((eb) => eb.or([eb('version_id', '=', version.id), eb('status', 'in', OPEN)]))
          .execute();
        const have = new Set(existing.map((r) => r.check_id));
        const at = nowIso(tx);
        const created: Action[] = [];
        for (const step of p.steps) {
          if (have.has(step.checkId)) continue;
          have.add(step.checkId);
          const action: Action = {
            id: newId(),
            orgId: p.orgId,
            dossierId: p.dossierId,
            versionId: version.id,
            versionNumber: version.number,
            checkId: step.checkId,
            position: step.position,
            title: step.title,
            ownerUserId: null,
            ownerName: null,
            dueDate: null,
            status: 'open',
            note: '',
            createdAt: at,
            createdBy: p.by,
            updatedAt: at,
            updatedBy: p.by,
          };
          created.push(action);
        }
        if (created.length > 0)
          await tx.db
            .insertInto('actions')
            .values(
              created.map((a) => ({
                id: a.id,
                org_id: a.orgId,
                dossier_id: a.dossierId,
                version_id: a.versionId,
                check_id: a.checkId,
                position: a.position,
                title: a.title,
                owner_user_id: null,
                owner_name: null,
                due_date: null,
                status: a.status,
                note: '',
                created_at: at,
                created_by: a.createdBy,
                updated_at: at,
                updated_by: a.updatedBy,
              })),
            )
            .execute();
        return { created, skipped: p.steps.length - created.length };
      });
    },

    async get(orgId, id) {
      const r = await visible(ctx, orgId).where('actions.id', '=', id).executeTakeFirst();
      return r && toAction(r);
    },

    async listForDossier(orgId, dossierId) {
      const rows = await visible(ctx, orgId)
        .where('actions.dossier_id', '=', dossierId)
        .orderBy('versions.number', 'desc')
        .orderBy('actions.position')
        .orderBy('actions.id')
        .execute();
      return rows.map(toAction);
    },

    update(orgId, id, patch, by) {
      return inTx(ctx, async (tx) => {
        const found = await visible(tx, orgId).where('actions.id', '=', id).executeTakeFirst();
        if (!found) return undefined;
        const set: Partial<ActionsTable> = { updated_at: nowIso(tx), updated_by: by };
        if (patch.status !== undefined) set.status = patch.status;
        if (patch.ownerUserId !== undefined) set.owner_user_id = patch.ownerUserId;
        if (patch.ownerName !== undefined) set.owner_name = patch.ownerName;
        if (patch.dueDate !== undefined) set.due_date = patch.dueDate;
        if (patch.note !== undefined) set.note = patch.note;
        await tx.db.updateTable('actions').set(set).where('id', '=', id).execute();
        const after = await visible(tx, orgId).where('actions.id', '=', id).executeTakeFirst();
        return after && toAction(after);
      });
    },

    async overdue(orgId, today, limit) {
      const rows = await visible(ctx, orgId)
        .where('actions.status', 'in', OPEN)
        .where('actions.due_date', 'is not', null)
        .where('actions.due_date', '<', today)
        .orderBy('actions.due_date')
        .orderBy('actions.id')
        .limit(clampLimit(limit))
        .execute();
      return rows.map(toAction);
    },

    async counts(orgId, today) {
      const rows = await db
        .selectFrom('actions')
        .innerJoin('dossiers', 'dossiers.id', 'actions.dossier_id')
        .select((eb) => [
          'actions.dossier_id',
          eb.fn.countAll<number | string>().as('open'),
          eb.fn.sum<number | string | null>(eb.case().when('actions.due_date', '<', today).then(1).else(0).end()).as('overdue'),
        ])
        .where('actions.org_id', '=', orgId)
        .where('dossiers.deleted_at', 'is', null)
        .where('actions.status', 'in', OPEN)
        .groupBy('actions.dossier_id')
        .execute();
      return rows.map((r) => ({ dossierId: r.dossier_id, open: toNumber(r.open), overdue: toNumber(r.overdue ?? 0) }));
    },
  };
}
