// Group commit for SQLite: the transactions that ask while one runs wait, then run one after the other
// inside one BEGIN IMMEDIATE … COMMIT, each in a SAVEPOINT of its own. One commit, so one fsync of the
// WAL (synchronous=FULL), carries the whole group; a transaction that fails is rolled back to its
// savepoint alone and rejects with its own error. None is answered before the group's COMMIT is on
// disk, and if that fails, every member fails: nothing is acknowledged that was not stored.
// A group starts on the next turn of the event loop, so that transactions asked for meanwhile join it;
// a lone transaction waits only that turn (microseconds on an idle server).
import { sql, type Kysely } from 'kysely';
import type { DB } from './tables.js';

/**
 * At most this many transactions share one commit. A save takes a few milliseconds inside the
 * transaction, so a group holds the write lock (and this process's one connection) for a fraction of a
 * second at most; waiting reads are not kept longer than that.
 */
export const MAX_GROUP = 16;

const SAVEPOINT = sql.raw('armoedetoets_member');

interface Member {
  fn: (db: Kysely<DB>) => Promise<unknown>;
  resolve(value: unknown): void;
  reject(e: unknown): void;
}

type Outcome = { ok: true; value: unknown } | { ok: false; error: unknown };

export interface GroupCommit {
  run<T>(fn: (db: Kysely<DB>) => Promise<T>): Promise<T>;
  /** Commits made so far and the transactions they stored (tests read them). */
  stats(): { commits: number; transactions: number };
}

/** `inTransaction` tells whether the connection is still in the group's transaction (a failed COMMIT or an I/O error ends it). */
export function groupCommit(db: Kysely<DB>, inTransaction: () => boolean): GroupCommit {
  const queue: Member[] = [];
  let draining = false;
  let commits = 0;
  let transactions = 0;

  async function runGroup(group: Member[]): Promise<void> {
    const outcomes: Outcome[] = [];
    try {
      await db.connection().execute(async (tx) => {
        await sql`begin immediate`.execute(tx);
        try {
          for (const m of group) {
            await sql`savepoint ${SAVEPOINT}`.execute(tx);
            try {
              const value = await m.fn(tx);
              await sql`release ${SAVEPOINT}`.execute(tx);
              outcomes.push({ ok: true, value });
            } catch (error) {
              // The database ended the transaction itself (an I/O error, a full disk): the group fails.
              if (!inTransaction()) throw error;
              await sql`rollback to ${SAVEPOINT}`.execute(tx);
              await sql`release ${SAVEPOINT}`.execute(tx);
              outcomes.push({ ok: false, error });
            }
          }
          await sql`commit`.execute(tx);
          commits++;
          transactions += outcomes.filter((o) => o.ok).length;
        } catch (e) {
          if (inTransaction()) await sql`rollback`.execute(tx);
          throw e;
        }
      });
    } catch (groupError) {
      // Nothing of the group was stored: a member that failed on its own keeps its own error.
      group.forEach((m, i) => {
        const o = outcomes[i];
        m.reject(o && !o.ok ? o.error : groupError);
      });
      return;
    }
    group.forEach((m, i) => {
      const o = outcomes[i] as Outcome;
      if (o.ok) m.resolve(o.value);
      else m.reject(o.error);
    });
  }

  async function drain(): Promise<void> {
    try {
      while (queue.length > 0) await runGroup(queue.splice(0, MAX_GROUP));
    } finally {
      draining = false;
    }
  }

  return {
    run<T>(fn: (db: Kysely<DB>) => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({ fn, resolve: resolve as (v: unknown) => void, reject });
        if (!draining) {
          draining = true;
          setImmediate(() => void drain());
        }
      });
    },
    stats: () => ({ commits, transactions }),
  };
}
