// Shared setup of the API tests: a real SQLite store in a temporary folder, an organisation, a user, the examples.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { parse } from 'yaml';
import { BrowserPool } from '../../src/report/pdf/pool.js';
import { createApp } from '../../src/server/app.js';
import { newApiToken } from '../../src/server/auth/api-tokens.js';
import { parseConfig } from '../../src/server/config.js';
import type { AppDeps } from '../../src/server/context.js';
import type { AssessPool } from '../../src/server/workers/pool.js';
import { browserOrUndefined } from '../browser.js';
import { openStore } from '../../src/store/open.js';
import type { Lang } from '../../src/types.js';
import type { Organisation, Role, Store, User } from '../../src/store/types.js';
import { TEST_DATE } from '../helpers.js';

/** Noon in Brussels on the tests' pinned date: "today" for the server is TEST_DATE. */
export const TEST_NOW = new Date(`${TEST_DATE}T10:00:00.000Z`);

export interface TestStore {
  store: Store;
  dataDir: string;
  close(): Promise<void>;
}

/** A migrated SQLite store in its own temporary DATA_DIR (never ./data). */
export async function testStore(): Promise<TestStore> {
  const dataDir = mkdtempSync(join(tmpdir(), 'armoedetoets-api-'));
  const store = await openStore({ databaseUrl: null, dataDir });
  await store.migrate();
  return {
    store,
    dataDir,
    async close() {
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

let users = 0;

export async function seedOrg(store: Store, slug: string, languages: Lang[] = ['nl']): Promise<{ org: Organisation; user: User }> {
  const org = await store.orgs.create({ slug, name: `Gemeente ${slug}`, kind: 'gemeente', region: 'vlaanderen', languages });
  const user = await store.users.create({
    email: `u${++users}-${slug}@example.org`,
    displayName: `Gebruiker ${users}`,
    passwordHash: null,
    platformAdmin: false,
  });
  await store.memberships.set(user.id, org.id, 'admin');
  return { org, user };
}

export function exampleText(name: string): string {
  const dir = name.includes('drempelscan') ? 'audits' : 'proposals';
  return readFileSync(join('examples', dir, `${name}.yaml`), 'utf8');
}

export function example(name: string): Record<string, unknown> {
  return parse(exampleText(name)) as Record<string, unknown>;
}

/** Every file of an overlay folder as relative path → text (what an upload holds). */
export function overlayTexts(dir: string, files: string[]): Record<string, string> {
  return Object.fromEntries(files.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

export interface TestApp extends TestStore {
  url: string;
  deps: AppDeps;
  /** A user of `slug` (created on first use) with `role`, as an API token's Authorization header. */
  as(slug: string, role: Role): Promise<Record<string, string>>;
  /** fetch on the app, JSON in and out; `body` as an object is sent as JSON, as a string with its own Content-Type. */
  call(method: string, path: string, options?: { headers?: Record<string, string>; body?: unknown; type?: string }): Promise<Reply>;
  orgs: Map<string, Organisation>;
}

export interface Reply {
  status: number;
  headers: Headers;
  text: string;
  bytes: Buffer;
  /** The body as JSON (undefined when it is not JSON). */
  json: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** The real app (createApp) on an ephemeral loopback port over a fresh SQLite store; the public rate limit is off. */
export async function startApp(options: { pool?: BrowserPool; now?: () => Date; workers?: AssessPool } = {}): Promise<TestApp> {
  const t = await testStore();
  const parsed = parseConfig({ DATA_DIR: t.dataDir, SESSION_SECRET: 'k'.repeat(48), PUBLIC_RATE_LIMIT: '0', LOG_LEVEL: 'silent' }, t.dataDir);
  const config = { ...parsed, sessionSecret: parsed.sessionSecret as string };
  const pool = options.pool ?? new BrowserPool({ executablePath: browserOrUndefined(), maxPages: 1 });
  const deps: AppDeps = {
    config,
    store: t.store,
    logger: pino({ level: 'silent' }),
    pool,
    now: options.now ?? (() => TEST_NOW),
    ...(options.workers ? { workers: options.workers } : {}),
  };
  const server = createServer(createApp(deps));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const orgs = new Map<string, Organisation>();
  const users = new Map<string, User>();
  return {
    ...t,
    url,
    deps,
    orgs,
    async as(slug, role) {
      let org = orgs.get(slug);
      if (!org) {
        const seeded = await seedOrg(t.store, slug);
        org = seeded.org;
        orgs.set(slug, org);
        users.set(slug, seeded.user);
      }
      const user = users.get(slug) as User;
      const { token, tokenHash } = newApiToken();
      await t.store.tokens.create({ orgId: org.id, role, name: `test ${role}`, tokenHash, createdBy: user.id });
      return { authorization: `Bearer ${token}` };
    },
    async call(method, path, o = {}) {
      const headers: Record<string, string> = { ...(o.headers ?? {}) };
      let body: string | undefined;
      if (typeof o.body === 'string') {
        body = o.body;
        headers['content-type'] = o.type ?? 'application/json';
      } else if (o.body !== undefined) {
        body = JSON.stringify(o.body);
        headers['content-type'] = 'application/json';
      }
      const r = await fetch(url + path, { method, headers, body });
      const bytes = Buffer.from(await r.arrayBuffer());
      const text = bytes.toString('utf8');
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        json = undefined;
      }
      return { status: r.status, headers: r.headers, text, bytes, json };
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      if (!options.pool) await pool.close();
      await t.close();
    },
  };
}
