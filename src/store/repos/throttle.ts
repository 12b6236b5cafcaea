// Fixed-window hit counters (login throttling per account and per address), in the database so that
// every app instance counts the same hits.
import { sql } from 'kysely';
import { ArmoedetoetsError } from '../../errors.js';
import type { StoreContext } from '../context.js';
import type { Store } from '../types.js';

export function throttleRepo(ctx: StoreContext): Store['throttle'] {
  const { db } = ctx;
  return {
    async hit(key, windowMs, now) {
      if (!Number.isInteger(windowMs) || windowMs <= 0 || !Number.isFinite(now)) {
        throw new ArmoedetoetsError('INTERNAL', `throttle.hit: windowMs must be a positive integer and now a time (got ${windowMs}, ${now})`);
      }
      const windowStart = new Date(Math.floor(now / windowMs) * windowMs).toISOString();
      // One upsert, atomic on both databases: the first hit of a window starts its count at 1.
      const r = await db
        .insertInto('throttle')
        .values({ key, window_start: windowStart, count: 1 })
        .onConflict((oc) =>
          oc.column('key').doUpdateSet({
            count: sql<number>`case when ${sql.ref('throttle.window_start')} = ${windowStart} then ${sql.ref('throttle.count')} + 1 else 1 end`,
            window_start: windowStart,
          }),
        )
        .returning('count')
        .executeTakeFirstOrThrow();
      return Number(r.count);
    },

    async peek(key, windowMs, now) {
      const windowStart = new Date(Math.floor(now / windowMs) * windowMs).toISOString();
      const r = await db.selectFrom('throttle').select('count').where('key', '=', key).where('window_start', '=', windowStart).executeTakeFirst();
      return r ? Number(r.count) : 0;
    },

    async reset(key) {
      await db.deleteFrom('throttle').where('key', '=', key).execute();
    },
  };
}
