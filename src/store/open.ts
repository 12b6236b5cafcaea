// Opens the server's database: SQLite in DATA_DIR by default, PostgreSQL when DATABASE_URL says
// postgres://…. The only module of the store that touches files, sockets and the environment's
// settings; everything else receives a StoreContext.
import Database from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import { chmodSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { ArmoedetoetsError } from '../errors.js';
import type { StoreContext } from './context.js';
import { groupCommit } from './group-commit.js';
import { cachedStatements } from './statements.js';
import { createStore } from './store.js';
import type { DB } from './tables.js';
import type { Store } from './types.js';

export interface OpenStoreOptions {
  /** DATABASE_URL: postgres://… or postgresql://…; null → SQLite in dataDir; 'sqlite::memory:' → a private in-memory SQLite (tests). */
  databaseUrl: string | null;
  dataDir: string;
  logger?: { warn(msg: string): void };
  /** The clock for the timestamps the store sets itself (default: the system clock). */
  clock?: () => Date;
}

/** The SQLite database's file name inside DATA_DIR. */
export const SQLITE_FILE = 'armoedetoets.sqlite';
export const MEMORY_URL = 'sqlite::memory:';
// How long a write waits for another process's write lock before failing: a save takes milliseconds,
// so five seconds only runs out when something is stuck.
const BUSY_TIMEOUT_MS = 5000;
// Connections per app instance: requests finish in milliseconds, and ten per instance leaves room for
// many instances under PostgreSQL's default max_connections of 100.
const PG_POOL_MAX = 10;
// A database that does not answer within ten seconds is down, not slow: start-up and /readyz say so.
const PG_CONNECT_TIMEOUT_MS = 10_000;

const isPostgresUrl = (url: string): boolean => /^postgres(ql)?:\/\//i.test(url);

/** The URL without its password or query (which may hold one), for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    const user = u.username ? `${decodeURIComponent(u.username)}@` : '';
    return `${u.protocol}//${user}${u.host}${u.pathname}`;
  } catch {
    return '(onleesbaar)';
  }
}

function pgUnreachable(url: string, cause: unknown): ArmoedetoetsError {
  let password = '';
  try {
    password = decodeURIComponent(new URL(url).password);
  } catch {
    // an unreadable URL has no password to hide
  }
  let reason = cause instanceof Error ? cause.message : String(cause);
  if (password !== '') reason = reason.split(password).join('***');
  return new ArmoedetoetsError('STORAGE', `De database in DATABASE_URL (${redactUrl(url)}) is niet bereikbaar: ${reason}`, { cause });
}

export async function openStore(opts: OpenStoreOptions): Promise<Store> {
  const url = opts.databaseUrl;
  if (url !== null && isPostgresUrl(url)) return openPostgres(url, opts);
  if (url === MEMORY_URL) return openSqlite(':memory:', opts);
  if (url === null || url === '') return openSqlite(sqliteFile(opts), opts);
  const shown = redactUrl(url);
  throw new ArmoedetoetsError('STORAGE', `DATABASE_URL (${shown}) wordt niet herkend: gebruik postgres://… of laat DATABASE_URL leeg voor SQLite in DATA_DIR.`);
}

/** DATA_DIR, created private (0700) when absent; the database file's path in it. */
function sqliteFile(opts: OpenStoreOptions): string {
  const dir = opts.dataDir;
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const mode = statSync(dir).mode & 0o777;
    if ((mode & 0o077) !== 0) opts.logger?.warn(`DATA_DIR (${dir}) is toegankelijk voor andere gebruikers (modus ${mode.toString(8)}); 700 is veiliger.`);
  } catch (e) {
    throw new ArmoedetoetsError('STORAGE', `DATA_DIR (${dir}) kan niet aangemaakt worden: ${(e as Error).message}`, { cause: e });
  }
  return join(dir, SQLITE_FILE);
}

function openSqlite(file: string, opts: OpenStoreOptions): Store {
  const unreachable = (e: unknown) =>
    new ArmoedetoetsError('STORAGE', `De SQLite-database in DATA_DIR (${file}) kan niet geopend worden: ${e instanceof Error ? e.message : String(e)}`, {
      cause: e,
    });
  const created = file !== ':memory:' && !existsSync(file);
  let raw: Database.Database | undefined;
  try {
    raw = new Database(file, { timeout: BUSY_TIMEOUT_MS });
    if (created) chmodSync(file, 0o600); // the WAL and shared-memory files take the same mode
    const journal = raw.pragma('journal_mode = WAL', { simple: true });
    if (file !== ':memory:' && journal !== 'wal') opts.logger?.warn(`SQLite gebruikt journal_mode=${String(journal)} in plaats van WAL voor ${file}.`);
    raw.pragma('synchronous = FULL');
    raw.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
    raw.pragma('foreign_keys = ON');
  } catch (e) {
    raw?.close();
    throw unreachable(e);
  }
  const conn = raw;
  const db = new Kysely<DB>({ dialect: new SqliteDialect({ database: cachedStatements(conn) }) });
  // BEGIN IMMEDIATE takes the write lock up front: a transaction never fails halfway because another
  // process wrote first, it waits (busy_timeout) instead. Kysely's one SQLite connection is held for
  // the whole transaction, so this process's other queries wait for it too. Transactions that ask
  // while one runs share the next commit (one fsync), each in a savepoint of its own (group-commit.ts).
  const group = groupCommit(db, () => conn.inTransaction);
  const ctx: StoreContext = {
    db,
    dialect: 'sqlite',
    clock: opts.clock ?? (() => new Date()),
    inTx: false,
    begin: (fn) => group.run(fn),
  };
  let closed = false;
  return createStore(ctx, {
    unreachable,
    async close() {
      if (closed) return;
      closed = true;
      await db.destroy();
    },
  });
}

async function openPostgres(url: string, opts: OpenStoreOptions): Promise<Store> {
  const pool = new pg.Pool({ connectionString: url, max: PG_POOL_MAX, connectionTimeoutMillis: PG_CONNECT_TIMEOUT_MS, application_name: 'armoedetoets' });
  // An idle connection that the server drops must not crash the process; the next query reconnects.
  pool.on('error', (e) => opts.logger?.warn(`PostgreSQL: een verbinding viel weg (${pgUnreachable(url, e).message})`));
  try {
    await pool.query('select 1');
  } catch (e) {
    await pool.end().catch(() => undefined);
    throw pgUnreachable(url, e);
  }
  const db = new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
  const ctx: StoreContext = {
    db,
    dialect: 'postgres',
    clock: opts.clock ?? (() => new Date()),
    inTx: false,
    begin: (fn) => db.transaction().execute(fn),
  };
  let closed = false;
  return createStore(ctx, {
    unreachable: (e) => pgUnreachable(url, e),
    async close() {
      if (closed) return;
      closed = true;
      await db.destroy();
    },
  });
}
