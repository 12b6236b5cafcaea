// What every repository is built from: the Kysely handle (the database, or a transaction), the dialect,
// the clock, and how to open a transaction. Plus the small helpers they share.
import { createHash, randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { ArmoedetoetsError } from '../errors.js';
import type { DB } from './tables.js';
import type { Dialect, Page } from './types.js';

export interface StoreContext {
  /** The database, or the transaction this context is bound to. */
  db: Kysely<DB>;
  dialect: Dialect;
  clock: () => Date;
  /** True when `db` is a transaction: multi-row changes join it instead of opening another. */
  inTx: boolean;
  /** Opens a transaction on the underlying database (SQLite: BEGIN IMMEDIATE; PostgreSQL: READ COMMITTED). */
  begin<T>(fn: (db: Kysely<DB>) => Promise<T>): Promise<T>;
}

/** Runs `fn` in the context's transaction, or in a new one when there is none. */
export function inTx<T>(ctx: StoreContext, fn: (tx: StoreContext) => Promise<T>): Promise<T> {
  if (ctx.inTx) return fn(ctx);
  return ctx.begin((db) => fn({ ...ctx, db, inTx: true }));
}

export const nowIso = (ctx: StoreContext): string => ctx.clock().toISOString();

export const newId = (): string => randomUUID();

/** sha256 (hex) of a text's UTF-8 bytes. */
export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** A unique or primary key violation, on either database. */
export function isUniqueViolation(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** Rethrows a unique violation as CONFLICT naming the field; anything else unchanged. */
export function conflictOn(field: string, message: string): (e: unknown) => never {
  return (e) => {
    if (isUniqueViolation(e)) throw new ArmoedetoetsError('CONFLICT', message, { issues: [{ path: field, message }], cause: e });
    throw e;
  };
}

/** PostgreSQL returns bigint columns and counts as strings. */
export const toNumber = (v: number | string | bigint): number => Number(v);

// One page is at most this many rows: enough for a screen of dossiers or audit entries, small enough
// that a page never holds a request for long.
export const MAX_PAGE = 100;

export function clampLimit(limit: number): number {
  if (!Number.isFinite(limit)) return MAX_PAGE;
  return Math.min(MAX_PAGE, Math.max(1, Math.floor(limit)));
}

/** An opaque cursor: base64url of the JSON of the last row's sort key. */
export function encodeCursor(key: (string | number)[]): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

/** The sort key in a cursor, checked against the expected types; a bad cursor is bad input (4xx). */
export function decodeCursor<const K extends readonly ('string' | 'number')[]>(
  cursor: string,
  types: K,
): { [I in keyof K]: K[I] extends 'string' ? string : number } {
  let key: unknown;
  try {
    key = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    key = undefined;
  }
  const ok = Array.isArray(key) && key.length === types.length && key.every((v, i) => typeof v === types[i]);
  if (!ok) {
    const message = 'De cursor is ongeldig: gebruik de nextCursor van de vorige pagina.';
    throw new ArmoedetoetsError('INPUT_INVALID', message, { issues: [{ path: 'cursor', message }] });
  }
  return key as { [I in keyof K]: K[I] extends 'string' ? string : number };
}

/** Cuts the one extra row a query fetched to know whether there is a next page. */
export function toPage<R, T>(rows: R[], limit: number, map: (r: R) => T, key: (r: R) => (string | number)[]): Page<T> {
  const more = rows.length > limit;
  const items = more ? rows.slice(0, limit) : rows;
  const last = items[items.length - 1];
  return { items: items.map(map), nextCursor: more && last !== undefined ? encodeCursor(key(last)) : null };
}
