// Server configuration from environment variables (see docs/operations.md for the list and defaults).
// parseConfig is pure: the environment and the working folder in, the settings out, or one Dutch line
// naming the variable (CONFIG_INVALID). The session secret file is the bootstrap's business (main.ts).
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import { ArmoedetoetsError } from '../errors.js';
import { sm } from './messages/index.js';
import type { ServerMessageKey } from './messages/index.js';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
export const LOG_LEVELS: readonly LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];

export interface ServerConfig {
  /** PORT, default 3000. */
  port: number;
  /** HOST, default 127.0.0.1 (0.0.0.0 behind a load balancer or in a container). */
  host: string;
  /** DATA_DIR, default ./data: the SQLite database, the session secret file. */
  dataDir: string;
  /** DATABASE_URL (postgres://…); null → SQLite in DATA_DIR. */
  databaseUrl: string | null;
  /** SESSION_SECRET; generated and kept in DATA_DIR when absent. */
  sessionSecret: string;
  /** TRUST_PROXY: as express's "trust proxy" setting; false by default. */
  trustProxy: boolean | number | string;
  /** PDF_CONCURRENCY: pages printing at once in this process, default 2. */
  pdfConcurrency: number;
  /** LOG_LEVEL, default info. */
  logLevel: LogLevel;
  /** PUBLIC_URL: the address people open (for printed links); default http://HOST:PORT. */
  publicUrl: string;
  /** PUBLIC_RATE_LIMIT: requests per minute per address on routes that need no login; 0 turns the limit off. */
  publicRateLimit: number;
  /** ASSESS_WORKERS: worker threads that run assessments; null (unset) → one per core; 0 → in the request's thread. */
  assessWorkers: number | null;
}

/** What the environment says; sessionSecret is null when SESSION_SECRET is absent (the bootstrap then reads or makes the file). */
export type ParsedConfig = Omit<ServerConfig, 'sessionSecret'> & { sessionSecret: string | null };

export const DEFAULT_PORT = 3000;
/** Loopback: a fresh install is not reachable from the network until someone chooses so. */
export const DEFAULT_HOST = '127.0.0.1';
export const DEFAULT_DATA_DIR = './data';
/** Two pages at once keep a 2-core machine responsive while PDFs print. */
export const DEFAULT_PDF_CONCURRENCY = 2;
/** Each page is a Chromium renderer of ~100 MB: more than 32 at once is a typo, not a plan. */
export const MAX_PDF_CONCURRENCY = 32;
/**
 * 120 per minute per address: a person using the public validate/assess calls never comes near it; a
 * script hammering them is slowed. Behind a municipality's NAT all staff share one address, so not lower.
 */
export const DEFAULT_PUBLIC_RATE_LIMIT = 120;
/** A generous ceiling that still catches a typo (an extra zero or two). */
export const MAX_PUBLIC_RATE_LIMIT = 1_000_000;
/** More assessment threads than this is a typo: each holds the rules in memory (~50 MB). */
export const MAX_ASSESS_WORKERS = 64;
/** 32 characters: 192 bits or more of a random secret in any common encoding. */
export const MIN_SESSION_SECRET_LENGTH = 32;

type Env = Record<string, string | undefined>;

function invalid(key: ServerMessageKey, vars: Record<string, string | number>): ArmoedetoetsError {
  const message = sm('nl', key, vars);
  return new ArmoedetoetsError('CONFIG_INVALID', message, { issues: [{ path: String(vars['name']), message }] });
}

/** The value, or undefined when unset or empty (`PORT=` in a compose file means "the default"). */
function value(env: Env, name: string): string | undefined {
  const v = env[name]?.trim();
  return v === undefined || v === '' ? undefined : v;
}

function int(env: Env, name: string, fallback: number, min: number, max: number): number {
  const v = value(env, name);
  if (v === undefined) return fallback;
  const n = /^\d+$/.test(v) ? Number(v) : NaN;
  if (!(n >= min && n <= max)) throw invalid('configInt', { name, min, max, value: v });
  return n;
}

/** true/false, a hop count, or a comma-separated list of addresses, subnets and express's names for ranges. */
function trustProxy(env: Env): boolean | number | string {
  const name = 'TRUST_PROXY';
  const v = value(env, name);
  if (v === undefined || v === 'false') return false;
  if (v === 'true') return true;
  if (/^\d+$/.test(v)) return int(env, name, 0, 0, 100);
  const NAMED = new Set(['loopback', 'linklocal', 'uniquelocal']);
  const ok = v.split(',').every((part) => {
    const p = part.trim();
    if (NAMED.has(p)) return true;
    const [addr, bits, extra] = p.split('/');
    if (extra !== undefined || addr === undefined) return false;
    const family = isIP(addr);
    if (family === 0) return false;
    return bits === undefined || (/^\d+$/.test(bits) && Number(bits) <= (family === 4 ? 32 : 128));
  });
  if (!ok) throw invalid('configTrustProxy', { name, value: v });
  return v;
}

function choice<T extends string>(env: Env, name: string, options: readonly T[], fallback: T): T {
  const v = value(env, name);
  if (v === undefined) return fallback;
  if (!options.includes(v as T)) throw invalid('configChoice', { name, values: options.join(', '), value: v });
  return v as T;
}

function url(env: Env, name: string, schemes: readonly string[]): URL | undefined {
  const v = value(env, name);
  if (v === undefined) return undefined;
  let parsed: URL | undefined;
  try {
    parsed = new URL(v);
  } catch {
    parsed = undefined;
  }
  if (!parsed || !schemes.includes(parsed.protocol) || parsed.hostname === '') {
    // DATABASE_URL carries a password: never echoed
    if (name === 'DATABASE_URL') throw invalid('configDatabaseUrl', { name });
    throw invalid('configUrl', { name, schemes: schemes.map((s) => `${s}//`).join(' of '), value: v });
  }
  return parsed;
}

function host(env: Env): string {
  const v = value(env, 'HOST');
  if (v === undefined) return DEFAULT_HOST;
  if (isIP(v) === 0 && !/^[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?$/.test(v)) throw invalid('configHost', { name: 'HOST', value: v });
  return v;
}

function urlHost(h: string): string {
  if (h === '0.0.0.0' || h === '::') return 'localhost';
  return isIP(h) === 6 ? `[${h}]` : h;
}

/** The server's settings from `env`; relative paths are taken from `cwd`. Throws CONFIG_INVALID naming the variable. */
export function parseConfig(env: Env, cwd: string): ParsedConfig {
  const port = int(env, 'PORT', DEFAULT_PORT, 1, 65535);
  const h = host(env);
  const dataDir = resolve(cwd, value(env, 'DATA_DIR') ?? DEFAULT_DATA_DIR);
  const db = url(env, 'DATABASE_URL', ['postgres:', 'postgresql:']);
  const secret = env['SESSION_SECRET'];
  if (secret !== undefined && secret !== '' && secret.length < MIN_SESSION_SECRET_LENGTH) {
    throw invalid('configSecret', { name: 'SESSION_SECRET', min: MIN_SESSION_SECRET_LENGTH, length: secret.length });
  }
  const publicUrl = url(env, 'PUBLIC_URL', ['http:', 'https:']);
  return {
    port,
    host: h,
    dataDir,
    databaseUrl: db ? (value(env, 'DATABASE_URL') as string) : null,
    sessionSecret: secret === undefined || secret === '' ? null : secret,
    trustProxy: trustProxy(env),
    pdfConcurrency: int(env, 'PDF_CONCURRENCY', DEFAULT_PDF_CONCURRENCY, 1, MAX_PDF_CONCURRENCY),
    logLevel: choice(env, 'LOG_LEVEL', LOG_LEVELS, 'info'),
    publicUrl: publicUrl ? publicUrl.href.replace(/\/+$/, '') : `http://${urlHost(h)}:${port}`,
    publicRateLimit: int(env, 'PUBLIC_RATE_LIMIT', DEFAULT_PUBLIC_RATE_LIMIT, 0, MAX_PUBLIC_RATE_LIMIT),
    assessWorkers: value(env, 'ASSESS_WORKERS') === undefined ? null : int(env, 'ASSESS_WORKERS', 0, 0, MAX_ASSESS_WORKERS),
  };
}
