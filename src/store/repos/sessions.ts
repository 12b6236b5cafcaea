// Login sessions, kept in the database so that every app instance knows them. Only the sha256 of the
// cookie's token is stored.
import type { Selectable } from 'kysely';
import { nowIso, toNumber, type StoreContext } from '../context.js';
import type { SessionsTable } from '../tables.js';
import type { Session, Store } from '../types.js';

function toSession(r: Selectable<SessionsTable>): Session {
  return { idHash: r.id_hash, userId: r.user_id, csrfToken: r.csrf_token, createdAt: r.created_at, expiresAt: r.expires_at, lastSeenAt: r.last_seen_at };
}

export function sessionsRepo(ctx: StoreContext): Store['sessions'] {
  const { db } = ctx;
  return {
    async create(s) {
      const at = nowIso(ctx);
      const session: Session = { idHash: s.idHash, userId: s.userId, csrfToken: s.csrfToken, expiresAt: s.expiresAt, createdAt: at, lastSeenAt: at };
      await db
        .insertInto('sessions')
        .values({
          id_hash: session.idHash,
          user_id: session.userId,
          csrf_token: session.csrfToken,
          created_at: session.createdAt,
          expires_at: session.expiresAt,
          last_seen_at: session.lastSeenAt,
        })
        .execute();
      return session;
    },

    async get(idHash, now) {
      const r = await db.selectFrom('sessions').selectAll().where('id_hash', '=', idHash).where('expires_at', '>', now).executeTakeFirst();
      return r && toSession(r);
    },

    async touch(idHash, now, expiresAt) {
      await db.updateTable('sessions').set({ last_seen_at: now, expires_at: expiresAt }).where('id_hash', '=', idHash).execute();
    },

    async delete(idHash) {
      await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
    },

    async deleteForUser(userId) {
      await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
    },

    async purgeExpired(now) {
      const r = await db.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
      return toNumber(r.numDeletedRows);
    },
  };
}
