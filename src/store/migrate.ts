// Applies the migrations of src/store/migrations in one transaction that holds the database's write
// lock (SQLite: BEGIN IMMEDIATE; PostgreSQL: a transaction-scoped advisory lock), so that several app
// instances starting at once, or `armoedetoets db migrate` beside a running server, apply each
// migration exactly once and a failed migration leaves nothing behind. The record is Kysely's own
// table (`kysely_migration`: name, timestamp), so Kysely's Migrator reads the same state.
import { sql, type Kysely } from 'kysely';
import { ArmoedetoetsError } from '../errors.js';
import { inTx, nowIso, type StoreContext } from './context.js';
import { migrations } from './migrations/index.js';
import type { DB } from './tables.js';

const TABLE = 'kysely_migration';
/** Key of the PostgreSQL advisory lock that serialises migrations ("armo" in ASCII). */
const MIGRATION_LOCK_KEY = 0x61726d6f;

async function tableExists(ctx: StoreContext, db: Kysely<DB>): Promise<boolean> {
  if (ctx.dialect === 'postgres') {
    // to_regclass follows search_path: the table of this schema, not one of a neighbouring schema.
    const r = await sql<{ t: string | null }>`select to_regclass(${TABLE})::text as t`.execute(db);
    return r.rows[0]?.t != null;
  }
  const r = await sql<{ n: number }>`select count(*) as n from sqlite_master where type = 'table' and name = ${TABLE}`.execute(db);
  return Number(r.rows[0]?.n ?? 0) > 0;
}

async function applied(ctx: StoreContext, db: Kysely<DB>): Promise<string[]> {
  if (!(await tableExists(ctx, db))) return [];
  const rows = await db.selectFrom(TABLE).select('name').orderBy('name').execute();
  return rows.map((r) => r.name);
}

function unknownApplied(known: string[], done: string[]): string[] {
  return done.filter((n) => !known.includes(n));
}

/** Names of the migrations this code has and the database has not applied yet. */
export async function pendingMigrations(ctx: StoreContext): Promise<string[]> {
  const known = Object.keys(migrations(ctx.dialect)).sort();
  const done = await applied(ctx, ctx.db);
  return known.filter((n) => !done.includes(n));
}

/** Applies the pending migrations in order; returns their names. */
export async function migrate(ctx: StoreContext): Promise<string[]> {
  const all = migrations(ctx.dialect);
  const known = Object.keys(all).sort();
  return inTx(ctx, async (tx) => {
    const db = tx.db;
    if (ctx.dialect === 'postgres') await sql`select pg_advisory_xact_lock(${sql.lit(MIGRATION_LOCK_KEY)})`.execute(db);
    await db.schema
      .createTable(TABLE)
      .ifNotExists()
      .addColumn('name', 'varchar(255)', (c) => c.primaryKey())
      .addColumn('timestamp', 'varchar(255)', (c) => c.notNull())
      .execute();
    const done = await applied(ctx, db);
    const newer = unknownApplied(known, done);
    if (newer.length > 0) {
      throw new ArmoedetoetsError(
        'STORAGE',
        `De database is bijgewerkt door een nieuwere versie van armoedetoets (migraties ${newer.join(', ')}): start die versie, of herstel een reservekopie.`,
      );
    }
    const pending = known.filter((n) => !done.includes(n));
    for (const name of pending) {
      await (all[name] as { up(db: Kysely<unknown>): Promise<void> }).up(db as unknown as Kysely<unknown>);
      await db
        .insertInto(TABLE)
        .values({ name, timestamp: nowIso(tx) })
        .execute();
    }
    return pending;
  });
}
