// The login's part of the Store contract: sessions, one-time setup/reset links and the throttle's hit
// counters (login throttling, request rate limits). Only hashes of the tokens are stored. API tokens stay
// in types.ts, with the roles they carry.

export interface Session {
  /** sha256 (hex) of the cookie's random token: the token itself is never stored. */
  idHash: string;
  userId: string;
  /** Per-session CSRF secret (random, hex). */
  csrfToken: string;
  createdAt: string;
  expiresAt: string;
  lastSeenAt: string;
}

export type LinkPurpose = 'setup' | 'reset';

export interface OneTimeLink {
  tokenHash: string;
  purpose: LinkPurpose;
  /** The user whose password the link sets; null for the first-administrator setup link. */
  userId: string | null;
  createdBy: string | null;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
}

export interface SessionStore {
  create(s: Omit<Session, 'createdAt' | 'lastSeenAt'>): Promise<Session>;
  /** Undefined when absent or expired at `now`. */
  get(idHash: string, now: string): Promise<Session | undefined>;
  touch(idHash: string, now: string, expiresAt: string): Promise<void>;
  delete(idHash: string): Promise<void>;
  deleteForUser(userId: string): Promise<void>;
  purgeExpired(now: string): Promise<number>;
}

export interface LinkStore {
  create(l: Omit<OneTimeLink, 'createdAt' | 'usedAt'>): Promise<OneTimeLink>;
  /** Marks the link used, atomically, if it exists, is unused and unexpired; returns it, else undefined. */
  consume(tokenHash: string, now: string): Promise<OneTimeLink | undefined>;
  /** The link, when it exists and is unused and unexpired, without using it (the form is shown before it is sent). */
  peek(tokenHash: string, now: string): Promise<OneTimeLink | undefined>;
}

export interface ThrottleStore {
  /** Counts one hit on `key` in a fixed window of `windowMs` that contains `now`; returns the count so far in it. */
  hit(key: string, windowMs: number, now: number): Promise<number>;
  /** The count so far in the window of `windowMs` that contains `now`, without counting (login checks before it verifies). */
  peek(key: string, windowMs: number, now: number): Promise<number>;
  reset(key: string): Promise<void>;
}
