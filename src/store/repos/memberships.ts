// Who holds which role in which organisation: one role per user and organisation.
import { nowIso, type StoreContext } from '../context.js';
import type { Role, Store } from '../types.js';

export function membershipsRepo(ctx: StoreContext): Store['memberships'] {
  const { db } = ctx;
  return {
    async set(userId, orgId, role) {
      await db
        .insertInto('memberships')
        .values({ user_id: userId, org_id: orgId, role, created_at: nowIso(ctx) })
        .onConflict((oc) => oc.columns(['user_id', 'org_id']).doUpdateSet({ role }))
        .execute();
    },

    async remove(userId, orgId) {
      await db.deleteFrom('memberships').where('user_id', '=', userId).where('org_id', '=', orgId).execute();
    },

    async roleIn(userId, orgId) {
      const r = await db.selectFrom('memberships').select('role').where('user_id', '=', userId).where('org_id', '=', orgId).executeTakeFirst();
      return r?.role as Role | undefined;
    },

    async forUser(userId) {
      const rows = await db.selectFrom('memberships').selectAll().where('user_id', '=', userId).orderBy('created_at').orderBy('org_id').execute();
      return rows.map((r) => ({ userId: r.user_id, orgId: r.org_id, role: r.role as Role, createdAt: r.created_at }));
    },

    async forOrg(orgId) {
      const rows = await db
        .selectFrom('memberships')
        .innerJoin('users', 'users.id', 'memberships.user_id')
        .select(['memberships.user_id', 'memberships.org_id', 'memberships.role', 'memberships.created_at', 'users.email', 'users.display_name'])
        .where('memberships.org_id', '=', orgId)
        .orderBy('users.email')
        .execute();
      return rows.map((r) => ({
        userId: r.user_id,
        orgId: r.org_id,
        role: r.role as Role,
        createdAt: r.created_at,
        email: r.email,
        displayName: r.display_name,
      }));
    },
  };
}
