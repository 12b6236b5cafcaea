// The server under benchmark: the built CLI's `serve` as a child process on a loopback port of its own, a
// temporary DATA_DIR (or a PostgreSQL schema of its own), the first administrator set up through the
// printed setup link, and a logged-in session (cookie + CSRF token) for the routes that need one.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { PACKAGE_ROOT } from '../../src/paths.js';

export const CLI = join(PACKAGE_ROOT, 'dist', 'cli', 'main.cjs');
/** The setup link's token is printed once on stdout; it is read here and never printed again. */
const SETUP_LINK = /\/setup\?token=([A-Za-z0-9_-]+)/;
/** A first start migrates and assesses the 13 examples: seconds; a loaded machine gets a minute. */
const START_TIMEOUT_MS = 60_000;
const PASSWORD = 'bench-password-' + randomBytes(8).toString('hex');

export interface Session {
  cookie: string;
  csrf: string;
}

export interface BenchServer {
  url: string;
  pid: number;
  session: Session;
  /** The process's CPU time (user + system) so far, in ms, from /proc (0 when unreadable). */
  cpuMs(): number;
  stop(): Promise<void>;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const port = (s.address() as { port: number }).port;
      s.close(() => resolve(port));
    });
  });
}

/** A schema of its own on a PostgreSQL server: the URL that uses it, and how to drop it. */
export async function postgresSchema(url: string): Promise<{ url: string; drop(): Promise<void> }> {
  const schema = `bench_${randomBytes(6).toString('hex')}`;
  const admin = async (sql: string): Promise<void> => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(sql);
    } finally {
      await client.end();
    }
  };
  await admin(`create schema ${schema}`);
  const withPath = `${url}${url.includes('?') ? '&' : '?'}options=${encodeURIComponent(`-c search_path=${schema}`)}`;
  return { url: withPath, drop: () => admin(`drop schema ${schema} cascade`) };
}

function cpuMsOf(pid: number): number {
  try {
    // utime and stime are fields 14 and 15 of /proc/PID/stat, in clock ticks (100 per second on Linux)
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return 0;
  }
}

function waitForSetupLink(child: ChildProcess, stderr: () => string): Promise<string> {
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the server printed no setup link within ${START_TIMEOUT_MS / 1000} s\n${stderr()}`)), START_TIMEOUT_MS);
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8');
      const m = SETUP_LINK.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1] as string);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server stopped (exit ${String(code)}) before it printed its setup link\n${stderr()}`));
    });
  });
}

async function json(res: Response): Promise<Record<string, unknown>> {
  const text = await res.text();
  if (!res.ok) throw new Error(`${res.url}: ${res.status} ${text.slice(0, 300)}`);
  return JSON.parse(text) as Record<string, unknown>;
}

/** Starts `armoedetoets serve` with `env` on top of the bench's own settings; resolves once logged in. */
export async function startServer(env: Record<string, string>): Promise<BenchServer> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" first`);
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'armoedetoets-bench-'));
  const child = spawn(process.execPath, [...(process.env['BENCH_SERVER_NODE_OPTIONS'] ?? '').split(' ').filter(Boolean), CLI, 'serve'], {
    cwd: PACKAGE_ROOT,
    env: {
      ...process.env,
      HOST: '127.0.0.1',
      PORT: String(port),
      DATA_DIR: dataDir,
      PUBLIC_RATE_LIMIT: '0',
      LOG_LEVEL: 'warn',
      SESSION_SECRET: randomBytes(32).toString('base64url'),
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  child.stderr?.on('data', (c: Buffer) => {
    err = (err + c.toString('utf8')).slice(-4000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async (): Promise<void> => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    const token = await waitForSetupLink(child, () => err);
    const url = `http://127.0.0.1:${port}`;
    const res = await fetch(`${url}/api/v1/auth/setup`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token, email: 'bench@example.be', displayName: 'Bench', password: PASSWORD }),
    });
    const cookie = (res.headers.getSetCookie()[0] ?? '').split(';')[0] ?? '';
    const body = await json(res);
    return { url, pid: child.pid as number, session: { cookie, csrf: String(body['csrfToken']) }, cpuMs: () => cpuMsOf(child.pid as number), stop };
  } catch (e) {
    await stop();
    throw e;
  }
}

/** An unsafe request with the session (cookie and CSRF header), its JSON answer. */
export async function post(server: BenchServer, path: string, body: unknown): Promise<Record<string, unknown>> {
  const res = await fetch(server.url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: server.session.cookie, 'x-csrf-token': server.session.csrf },
    body: JSON.stringify(body),
  });
  return json(res);
}
