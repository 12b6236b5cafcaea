// Compiled SQLite statements kept for reuse. Kysely prepares every query anew and better-sqlite3 then
// compiles its SQL each time; the store runs a few dozen distinct texts, so each is compiled once.
import type Database from 'better-sqlite3';
import type { SqliteDatabase } from 'kysely';

/**
 * Statements kept, most recently used. The store's own queries are well under a hundred texts; lists
 * with variable filters add a few more. The bound only matters for a text never seen before.
 */
export const MAX_CACHED_STATEMENTS = 256;

export function cachedStatements(db: Database.Database): SqliteDatabase {
  const cache = new Map<string, Database.Statement>();
  return {
    prepare(sql: string): Database.Statement {
      const kept = cache.get(sql);
      // A statement still being iterated (a streamed query) cannot run again until it is done: a fresh one then.
      if (kept && !kept.busy) {
        cache.delete(sql);
        cache.set(sql, kept);
        return kept;
      }
      const stmt = db.prepare(sql);
      if (!kept) {
        if (cache.size >= MAX_CACHED_STATEMENTS) cache.delete(cache.keys().next().value as string);
        cache.set(sql, stmt);
      }
      return stmt;
    },
    close(): void {
      cache.clear();
      db.close();
    },
  };
}
