// An app on an ephemeral loopback port over a fresh store (SQLite in a temporary folder, or a schema of
// its own on TEST_DATABASE_URL), a clock the test moves, and a small fetch client that keeps the cookie.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { BrowserPool } from '../../src/report/pdf/pool.js';
import { createApp } from '../../src/server/app.js';
import { hashPassword } from '../../src/server/auth/passwords.js';
import { parseConfig, type ServerConfig } from '../../src/server/config.js';
import type { AppDeps, RouteSpec } from '../../src/server/context.js';
import type { Role, Store, User } from '../../src/store/types.js';
import { postgresHarness, sqliteHarness, TestClock, uniq, type Harness } from '../store/harness.js';

export { TestClock, uniq };

export const TEST_SECRET = 'test-secret-'.padEnd(48, 'x');
export const PASSWORD = 'correct horse battery';

export interface Backend {
  name: string;
  make(): Promise<Harness>;
}

/** SQLite always; PostgreSQL when TEST_DATABASE_URL is set (each run in a schema of its own). */
export function backends(): Backend[] {
  const url = process.env['TEST_DATABASE_URL'];
  const list: Backend[] = [{ name: 'SQLite', make: async () => sqliteHarness() }];
  if (url) list.push({ name: 'PostgreSQL', make: () => postgresHarness(url) });
  return list;
}

export interface TestServer {
  url: string;
  store: Store;
  deps: AppDeps;
  clock: TestClock;
  harness: Harness;
  /** Another app (another "instance") on the same database. */
  another(): Promise<{ url: string; close(): Promise<void> }>;
  close(): Promise<void>;
}

function listen(app: ReturnType<typeof createApp>): Promise<{ url: string; server: Server }> {
  return new Promise((resolve) => {
    const server = app.listen(0, '127.0.0.1', () => resolve({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }));
  });
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

export async function startTestServer(
  backend: Backend,
  options: { env?: Record<string, string>; routes?: (deps: AppDeps) => RouteSpec[]; store?: (s: Store) => Store } = {},
): Promise<TestServer> {
  const harness = await backend.make();
  const clock = new TestClock(new Date().toISOString());
  const real = await harness.open(clock.now);
  await real.migrate();
  const store = options.store ? options.store(real) : real;
  const parsed = parseConfig(
    // a public rate limit far above what a test sends (app.test.ts checks the limit itself with a small one)
    {
      DATA_DIR: harness.dataDir,
      SESSION_SECRET: TEST_SECRET,
      PUBLIC_URL: 'https://toets.example.be',
      TRUST_PROXY: 'loopback',
      PUBLIC_RATE_LIMIT: '10000',
      ...options.env,
    },
    process.cwd(),
  );
  const config: ServerConfig = { ...parsed, sessionSecret: parsed.sessionSecret as string };
  const deps: AppDeps = { config, store, logger: pino({ level: 'silent' }), pool: new BrowserPool({ maxPages: 1 }), now: clock.now };
  const app = (): ReturnType<typeof createApp> => createApp(deps, options.routes ? { routes: options.routes(deps) } : {});
  const { url, server } = await listen(app());
  const others: Server[] = [];
  return {
    url,
    store,
    deps,
    clock,
    harness,
    async another() {
      const o = await listen(app());
      others.push(o.server);
      return { url: o.url, close: () => closeServer(o.server) };
    },
    async close() {
      await Promise.all([server, ...others].map(closeServer));
      await deps.pool.close();
      await real.close();
      await harness.cleanup();
    },
  };
}

/** A user with a password (hashed as the server does) and, optionally, a role in an organisation. */
export async function makeUser(
  store: Store,
  o: { email?: string; password?: string | null; platformAdmin?: boolean; orgId?: string; role?: Role } = {},
): Promise<User> {
  const password = o.password === undefined ? PASSWORD : o.password;
  const user = await store.users.create({
    email: o.email ?? `u-${uniq()}@example.be`,
    displayName: 'Test Gebruiker',
    passwordHash: password === null ? null : await hashPassword(password),
    platformAdmin: o.platformAdmin ?? false,
  });
  if (o.orgId && o.role) await store.memberships.set(user.id, o.orgId, o.role);
  return user;
}

export async function makeOrg(store: Store, slug = `org-${uniq()}`) {
  return store.orgs.create({ slug, name: `Gemeente ${slug}`, kind: 'gemeente', region: 'vlaanderen', languages: ['nl'] });
}

export interface Answer {
  status: number;
  headers: Headers;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  body: any;
}

/** A fetch client that keeps its cookies (the session's, the chosen language) and CSRF token, like a browser tab of our pages would. */
export class Client {
  /** name → value; an empty value removes the cookie, as a browser does with an expired one. */
  readonly jar = new Map<string, string>();
  csrf: string | undefined;
  constructor(readonly base: string) {}

  /** The Cookie header this client sends (undefined without cookies); setting it replaces every cookie. */
  get cookie(): string | undefined {
    return this.jar.size === 0 ? undefined : [...this.jar].map(([k, v]) => `${k}=${v}`).join('; ');
  }
  set cookie(header: string | undefined) {
    this.jar.clear();
    for (const pair of header?.split(';') ?? []) {
      const at = pair.indexOf('=');
      if (at > 0) this.jar.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
  }

  async send(method: string, path: string, o: { json?: unknown; raw?: string; headers?: Record<string, string>; csrf?: boolean } = {}): Promise<Answer> {
    const headers: Record<string, string> = { ...o.headers };
    if (this.cookie) headers['cookie'] = this.cookie;
    if (o.csrf !== false && this.csrf && method !== 'GET') headers['x-csrf-token'] = this.csrf;
    let body: string | undefined;
    if (o.json !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(o.json);
    } else if (o.raw !== undefined) {
      headers['content-type'] ??= 'application/json';
      body = o.raw;
    }
    const res = await fetch(this.base + path, { method, headers, body, redirect: 'manual' });
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      if (!pair || pair.indexOf('=') <= 0) continue;
      const name = pair.slice(0, pair.indexOf('=')).trim();
      const value = pair.slice(pair.indexOf('=') + 1);
      if (value === '') this.jar.delete(name);
      else this.jar.set(name, value);
    }
    const text = await res.text();
    let parsed: unknown;
    try {
      parsed = text === '' ? undefined : JSON.parse(text);
    } catch {
      parsed = undefined;
    }
    return { status: res.status, headers: res.headers, text, body: parsed };
  }

  get(path: string, o: { headers?: Record<string, string> } = {}): Promise<Answer> {
    return this.send('GET', path, o);
  }
  post(path: string, json?: unknown, o: { headers?: Record<string, string>; csrf?: boolean } = {}): Promise<Answer> {
    return this.send('POST', path, { ...o, json: json ?? {} });
  }
  delete(path: string, o: { headers?: Record<string, string>; csrf?: boolean } = {}): Promise<Answer> {
    return this.send('DELETE', path, o);
  }

  /**
   * A form post as a browser sends it from our pages: urlencoded, a name repeated for each checked box,
   * the CSRF token as the hidden field _csrf (no header).
   */
  form(path: string, fields: Record<string, string | string[]>): Promise<Answer> {
    const body = new URLSearchParams();
    for (const [k, v] of Object.entries({ _csrf: this.csrf ?? '', ...fields })) for (const one of Array.isArray(v) ? v : [v]) body.append(k, one);
    return this.send('POST', path, { raw: body.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' }, csrf: false });
  }

  async login(email: string, password = PASSWORD): Promise<Answer> {
    const a = await this.post('/api/v1/auth/login', { email, password });
    if (a.status === 200) this.csrf = a.body.csrfToken;
    return a;
  }
}
