// A fresh database for one run of the storage suite: SQLite in a temporary folder, or a schema of its
// own on the PostgreSQL of TEST_DATABASE_URL (dropped afterwards), so that runs never collide.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openStore } from '../../src/store/open.js';
import type { Dialect, Store } from '../../src/store/types.js';

export interface Harness {
  dialect: Dialect;
  /** The DATABASE_URL the stores use (null: SQLite in dataDir). */
  databaseUrl: string | null;
  dataDir: string;
  /** A new Store on the same database (not migrated). */
  open(clock?: () => Date): Promise<Store>;
  cleanup(): Promise<void>;
}

export function sqliteHarness(): Harness {
  const dataDir = join(mkdtempSync(join(tmpdir(), 'armoedetoets-store-')), 'data');
  return {
    dialect: 'sqlite',
    databaseUrl: null,
    dataDir,
    open: (clock) => openStore({ databaseUrl: null, dataDir, ...(clock ? { clock } : {}) }),
    async cleanup() {
      rmSync(join(dataDir, '..'), { recursive: true, force: true });
    },
  };
}

/** The URL with a search_path of its own schema (libpq's `options` parameter). */
export function withSearchPath(url: string, schema: string): string {
  return `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
}

export async function postgresHarness(url: string): Promise<Harness> {
  const schema = `store_test_${randomBytes(6).toString('hex')}`;
  const admin = async (query: string) => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(query);
    } finally {
      await client.end();
    }
  };
  await admin(`create schema ${schema}`);
  const databaseUrl = withSearchPath(url, schema);
  return {
    dialect: 'postgres',
    databaseUrl,
    dataDir: join(tmpdir(), 'armoedetoets-unused'),
    open: (clock) => openStore({ databaseUrl, dataDir: join(tmpdir(), 'armoedetoets-unused'), ...(clock ? { clock } : {}) }),
    cleanup: () => admin(`drop schema ${schema} cascade`),
  };
}

/** A clock the test moves: starts at `start`, `tick` advances it. */
export class TestClock {
  private t: number;
  constructor(start = '2026-12-02T07:31:00.000Z') {
    this.t = Date.parse(start);
  }
  readonly now = (): Date => new Date(this.t);
  set(iso: string): void {
    this.t = Date.parse(iso);
  }
  tick(ms = 1): void {
    this.t += ms;
  }
}

/** A short random suffix for names that must be unique within one database. */
export const uniq = (): string => randomBytes(4).toString('hex');
