// Single-use links that let a user choose a password (the first administrator's setup link, a reset
// link an administrator makes). Only the sha256 of the link's token is stored.
import type { Selectable } from 'kysely';
import { nowIso, type StoreContext } from '../context.js';
import type { OneTimeLinksTable } from '../tables.js';
import type { LinkPurpose, OneTimeLink, Store } from '../types.js';

function toLink(r: Selectable<OneTimeLinksTable>): OneTimeLink {
  return {
    tokenHash: r.token_hash,
    purpose: r.purpose as LinkPurpose,
    userId: r.user_id,
    createdBy: r.created_by,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    usedAt: r.used_at,
  };
}

export function linksRepo(ctx: StoreContext): Store['links'] {
  const { db } = ctx;
  return {
    async create(l) {
      const link: OneTimeLink = { ...l, createdAt: nowIso(ctx), usedAt: null };
      await db
        .insertInto('one_time_links')
        .values({
          token_hash: link.tokenHash,
          purpose: link.purpose,
          user_id: link.userId,
          created_by: link.createdBy,
          created_at: link.createdAt,
          expires_at: link.expiresAt,
          used_at: null,
        })
        .execute();
      return link;
    },

    async consume(tokenHash, now) {
      // One statement decides: of two requests racing with the same link, exactly one gets the row.
      const r = await db
        .updateTable('one_time_links')
        .set({ used_at: now })
        .where('token_hash', '=', tokenHash)
        .where('used_at', 'is', null)
        .where('expires_at', '>', now)
        .returningAll()
        .executeTakeFirst();
      return r && toLink(r);
    },

    async peek(tokenHash, now) {
      const r = await db
        .selectFrom('one_time_links')
        .selectAll()
        .where('token_hash', '=', tokenHash)
        .where('used_at', 'is', null)
        .where('expires_at', '>', now)
        .executeTakeFirst();
      return r && toLink(r);
    },
  };
}
