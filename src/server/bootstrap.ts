// Starting and stopping the server: the one impure part of it (with main.ts, its entry). Reads the
// configuration, keeps the session secret file, opens and migrates the store, seeds the demo organisation,
// prints the first administrator's setup link while there is none, listens, and shuts down gracefully.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { pino, type Logger } from 'pino';
import { BrowserPool } from '../report/pdf/pool.js';
import { openStore } from '../store/open.js';
import type { Store } from '../store/types.js';
import type { Lang } from '../types.js';
import { createApp } from './app.js';
import { createLink } from './auth/links.js';
import { parseConfig, type ParsedConfig, type ServerConfig } from './config.js';
import type { AppDeps } from './context.js';
import { sm } from './messages/index.js';
import { seedDemo, type AssessHook } from './seed.js';
import { AssessPool } from './workers/pool.js';

/** The generated secret's file in DATA_DIR, readable by the server's user only. */
export const SESSION_SECRET_FILE = 'session-secret';
/** In-flight requests get this long to finish after SIGTERM; then the remaining connections are cut. */
export const SHUTDOWN_GRACE_MS = 10_000;
/** Expired sessions are removed hourly (each instance; the delete is idempotent): the table holds live ones. */
export const SESSION_PURGE_MS = 60 * 60 * 1000;

export interface Output {
  stdout(text: string): void;
  stderr(text: string): void;
}

/** SESSION_SECRET, or the one kept in DATA_DIR (made on first start: 32 random bytes, mode 0600). */
export function resolveSessionSecret(parsed: ParsedConfig): ServerConfig {
  if (parsed.sessionSecret !== null) return { ...parsed, sessionSecret: parsed.sessionSecret };
  mkdirSync(parsed.dataDir, { recursive: true, mode: 0o700 });
  const file = join(parsed.dataDir, SESSION_SECRET_FILE);
  try {
    // 'wx': never overwrites; two instances starting at once both end up reading the winner's secret
    writeFileSync(file, randomBytes(32).toString('base64url') + '\n', { mode: 0o600, flag: 'wx' });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  return { ...parsed, sessionSecret: readFileSync(file, 'utf8').trim() };
}

/** The configuration, opened and migrated store, and the logger: what every server command starts from. */
export async function openServerStore(
  env: Record<string, string | undefined>,
  cwd: string,
  logTo: 'stdout' | 'stderr' = 'stdout',
): Promise<{ config: ServerConfig; store: Store; logger: Logger }> {
  const config = resolveSessionSecret(parseConfig(env, cwd));
  // the server logs to stdout; a shell command keeps stdout for its answer and logs to stderr
  const logger = pino({ level: config.logLevel, base: { pid: process.pid } }, pino.destination({ fd: logTo === 'stdout' ? 1 : 2, sync: true }));
  const store = await openStore({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, logger: { warn: (m: string) => logger.warn(m) } });
  return { config, store, logger };
}

/** Prints a single-use setup link while no platform administrator has a password. */
export async function announceSetup(store: Store, config: ServerConfig, out: Output, lang: Lang, now: Date): Promise<string | undefined> {
  if ((await store.users.countActiveAdmins()) > 0) return undefined;
  const link = await createLink(store, config.publicUrl, { purpose: 'setup', userId: null, createdBy: null }, now);
  out.stdout(sm(lang, 'setupLink', { url: link.url }) + '\n');
  return link.url;
}

export interface RunningServer {
  url: string;
  deps: AppDeps;
  /** Stops accepting, lets in-flight requests finish (SHUTDOWN_GRACE_MS at most), closes the browser pool and the store. */
  close(): Promise<void>;
}

function listen(server: Server, port: number, host: string): Promise<AddressInfo> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(server.address() as AddressInfo);
    });
  });
}

/** Starts the server; `assess` is the seed's hook (the API's assessVersion) when there is one. */
export async function startServer(
  env: Record<string, string | undefined>,
  cwd: string,
  out: Output,
  options: { lang?: Lang; assess?: AssessHook } = {},
): Promise<RunningServer> {
  const lang = options.lang ?? 'nl';
  const { config, store, logger } = await openServerStore(env, cwd);
  let workers: AssessPool | undefined;
  try {
    const applied = await store.migrate();
    if (applied.length > 0) logger.info({ migrations: applied }, 'migrations applied');
    const seeded = await seedDemo(store, options.assess);
    if (seeded.created) logger.info({ dossiers: seeded.dossiers }, 'demo organisation created');
    if (config.databaseUrl !== null && env['SESSION_SECRET'] === undefined) {
      logger.warn('SESSION_SECRET is not set: several instances on one database need the same SESSION_SECRET');
    }
    const pool = new BrowserPool({
      maxPages: config.pdfConcurrency,
      executablePath: env['ARMOEDETOETS_BROWSER'] || env['PUPPETEER_EXECUTABLE_PATH'] || undefined,
    });
    // Each worker loads the rules before the server listens: the first requests find them ready.
    workers = config.assessWorkers === 0 ? undefined : new AssessPool(config.assessWorkers === null ? {} : { size: config.assessWorkers });
    await workers?.ready();
    const deps: AppDeps = { config, store, logger, pool, now: () => new Date(), ...(workers ? { workers } : {}) };
    const real = createServer(createApp(deps));
    const address = await listen(real, config.port, config.host);
    const url = `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`;
    logger.info({ url, publicUrl: config.publicUrl, database: store.dialect }, 'listening');
    out.stdout(sm(lang, 'listening', { url: config.publicUrl }) + '\n');
    await announceSetup(store, config, out, lang, deps.now());
    const purge = (): void => {
      store.sessions.purgeExpired(deps.now().toISOString()).catch((e: unknown) => logger.warn({ err: e }, 'purging expired sessions failed'));
    };
    purge();
    const purger = setInterval(purge, SESSION_PURGE_MS).unref();
    let closing: Promise<void> | undefined;
    const close = (): Promise<void> =>
      (closing ??= (async () => {
        clearInterval(purger);
        const done = new Promise<void>((resolve) => real.close(() => resolve()));
        real.closeIdleConnections();
        const timer = setTimeout(() => real.closeAllConnections(), SHUTDOWN_GRACE_MS);
        await done;
        clearTimeout(timer);
        await pool.close();
        await workers?.close();
        await store.close();
        logger.info('stopped');
      })());
    return { url, deps, close };
  } catch (e) {
    await workers?.close();
    await store.close();
    throw e;
  }
}
