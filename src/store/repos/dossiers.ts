// Dossiers: a proposal or a service under audit, in one organisation. Every read takes the organisation
// id; a dossier of another organisation, or a soft-deleted one, is not there.
import { inTx, newId, nowIso, type StoreContext } from '../context.js';
import type { DossiersTable } from '../tables.js';
import type { Dossier, Store } from '../types.js';
import { listDossiers } from './dossier-list.js';
import { searchText, toDossier } from './dossier-row.js';

const unique = (xs: string[]): string[] => [...new Set(xs)];

async function setLifeDomains(tx: StoreContext, dossierId: string, domains: string[]): Promise<void> {
  await tx.db.deleteFrom('dossier_life_domains').where('dossier_id', '=', dossierId).execute();
  if (domains.length > 0)
    await tx.db
      .insertInto('dossier_life_domains')
      .values(domains.map((domain) => ({ dossier_id: dossierId, domain })))
      .execute();
}

export function dossiersRepo(ctx: StoreContext): Store['dossiers'] {
  const { db } = ctx;
  return {
    create(d) {
      return inTx(ctx, async (tx) => {
        const at = nowIso(tx);
        const dossier: Dossier = {
          id: newId(),
          orgId: d.orgId,
          kind: d.kind,
          title: d.title,
          status: d.status ?? 'concept',
          lifeDomains: unique(d.lifeDomains),
          ownerId: d.ownerId,
          latestVersion: 0,
          latestVerdict: null,
          createdAt: at,
          updatedAt: at,
          deletedAt: null,
        };
        await tx.db
          .insertInto('dossiers')
          .values({
            id: dossier.id,
            org_id: dossier.orgId,
            kind: dossier.kind,
            title: dossier.title,
            title_search: searchText(dossier.title),
            status: dossier.status,
            life_domains: JSON.stringify(dossier.lifeDomains),
            owner_id: dossier.ownerId,
            latest_version: 0,
            latest_verdict: null,
            created_at: at,
            updated_at: at,
            deleted_at: null,
          })
          .execute();
        await setLifeDomains(tx, dossier.id, dossier.lifeDomains);
        return dossier;
      });
    },

    async get(orgId, id) {
      const r = await db.selectFrom('dossiers').selectAll().where('org_id', '=', orgId).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
      return r && toDossier(r);
    },

    list: (orgId, filter, cursor, limit) => listDossiers(ctx, orgId, filter, cursor, limit),

    update(orgId, id, patch) {
      return inTx(ctx, async (tx) => {
        const set: Partial<Pick<DossiersTable, 'title' | 'title_search' | 'status' | 'life_domains' | 'updated_at'>> = { updated_at: nowIso(tx) };
        if (patch.title !== undefined) Object.assign(set, { title: patch.title, title_search: searchText(patch.title) });
        if (patch.status !== undefined) set.status = patch.status;
        const domains = patch.lifeDomains === undefined ? undefined : unique(patch.lifeDomains);
        if (domains !== undefined) set.life_domains = JSON.stringify(domains);
        if (Object.keys(set).length === 1) {
          // Nothing to change: only answer whether the dossier is there.
          const found = await tx.db
            .selectFrom('dossiers')
            .select('id')
            .where('org_id', '=', orgId)
            .where('id', '=', id)
            .where('deleted_at', 'is', null)
            .executeTakeFirst();
          return found !== undefined;
        }
        const r = await tx.db
          .updateTable('dossiers')
          .set(set)
          .where('org_id', '=', orgId)
          .where('id', '=', id)
          .where('deleted_at', 'is', null)
          .executeTakeFirst();
        if (r.numUpdatedRows === 0n) return false;
        if (domains !== undefined) await setLifeDomains(tx, id, domains);
        return true;
      });
    },

    async softDelete(orgId, id, now) {
      const r = await db
        .updateTable('dossiers')
        .set({ deleted_at: now })
        .where('org_id', '=', orgId)
        .where('id', '=', id)
        .where('deleted_at', 'is', null)
        .executeTakeFirst();
      return r.numUpdatedRows > 0n;
    },

    async openIds() {
      const rows = await db
        .selectFrom('dossiers')
        .select(['org_id', 'id'])
        .where('deleted_at', 'is', null)
        .where('status', '!=', 'closed')
        .orderBy('org_id')
        .orderBy('id')
        .execute();
      return rows.map((r) => ({ orgId: r.org_id, id: r.id }));
    },
  };
}
