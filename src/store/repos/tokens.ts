// API tokens for integrations: scoped to one organisation and one role, stored as sha256, revocable.
import type { Selectable } from 'kysely';
import { newId, nowIso, type StoreContext } from '../context.js';
import type { ApiTokensTable } from '../tables.js';
import type { ApiToken, Role, Store } from '../types.js';

function toToken(r: Selectable<ApiTokensTable>): ApiToken {
  return {
    id: r.id,
    orgId: r.org_id,
    role: r.role as Role,
    name: r.name,
    tokenHash: r.token_hash,
    createdBy: r.created_by,
    createdAt: r.created_at,
    revokedAt: r.revoked_at,
    lastUsedAt: r.last_used_at,
  };
}

export function tokensRepo(ctx: StoreContext): Store['tokens'] {
  const { db } = ctx;
  return {
    async create(t) {
      const token: ApiToken = { ...t, id: newId(), createdAt: nowIso(ctx), revokedAt: null, lastUsedAt: null };
      await db
        .insertInto('api_tokens')
        .values({
          id: token.id,
          org_id: token.orgId,
          role: token.role,
          name: token.name,
          token_hash: token.tokenHash,
          created_by: token.createdBy,
          created_at: token.createdAt,
          revoked_at: null,
          last_used_at: null,
        })
        .execute();
      return token;
    },

    async byHash(tokenHash) {
      const r = await db.selectFrom('api_tokens').selectAll().where('token_hash', '=', tokenHash).where('revoked_at', 'is', null).executeTakeFirst();
      return r && toToken(r);
    },

    async markUsed(id, now) {
      await db.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', id).execute();
    },

    async revoke(orgId, id, now) {
      const r = await db
        .updateTable('api_tokens')
        .set({ revoked_at: now })
        .where('org_id', '=', orgId)
        .where('id', '=', id)
        .where('revoked_at', 'is', null)
        .executeTakeFirst();
      return r.numUpdatedRows > 0n;
    },

    async list(orgId) {
      const rows = await db.selectFrom('api_tokens').selectAll().where('org_id', '=', orgId).orderBy('created_at', 'desc').orderBy('id', 'desc').execute();
      return rows.map(toToken);
    },
  };
}
