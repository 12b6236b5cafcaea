// Login sessions: a random token in an httpOnly cookie, only its sha256 in the database, with an idle and
// an absolute expiry. A new session at every login (the old one is deleted); logout deletes it.
import type { Session, Store } from '../../store/types.js';
import { randomToken, sha256Hex } from './secrets.js';

export const SESSION_COOKIE = 'armoedetoets_sessie';
/** Two hours without a request ends a session: a council member who walks away from a shared PC is logged out. */
export const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
/** Twelve hours at most, however active: one working day, then log in again. */
export const SESSION_ABSOLUTE_MS = 12 * 60 * 60 * 1000;
/** lastSeen/expiry are written at most once a minute per session: a page's burst of requests writes once. */
export const SESSION_TOUCH_MS = 60 * 1000;
/** A cookie value longer than this is not ours (ours are 43 characters). */
const MAX_COOKIE_VALUE = 128;

const iso = (ms: number): string => new Date(ms).toISOString();

/** A new session for `userId`; the token goes into the cookie and is never stored. */
export async function createSession(store: Store, userId: string, now: Date): Promise<{ token: string; session: Session }> {
  const token = randomToken();
  const session = await store.sessions.create({
    idHash: sha256Hex(token),
    userId,
    csrfToken: randomToken(),
    expiresAt: iso(now.getTime() + Math.min(SESSION_IDLE_MS, SESSION_ABSOLUTE_MS)),
  });
  return { token, session };
}

/** The live session of a cookie token, its idle expiry pushed on (at most once per SESSION_TOUCH_MS); undefined when absent or expired. */
export async function findSession(store: Store, token: string, now: Date): Promise<Session | undefined> {
  if (token.length === 0 || token.length > MAX_COOKIE_VALUE) return undefined;
  const idHash = sha256Hex(token);
  const session = await store.sessions.get(idHash, now.toISOString());
  if (!session) return undefined;
  const t = now.getTime();
  if (t - Date.parse(session.lastSeenAt) >= SESSION_TOUCH_MS) {
    const expiresAt = iso(Math.min(Date.parse(session.createdAt) + SESSION_ABSOLUTE_MS, t + SESSION_IDLE_MS));
    await store.sessions.touch(idHash, now.toISOString(), expiresAt);
    return { ...session, lastSeenAt: now.toISOString(), expiresAt };
  }
  return session;
}

export function deleteSessionByToken(store: Store, token: string): Promise<void> {
  return store.sessions.delete(sha256Hex(token));
}

/** One cookie's value from a Cookie header (no cookie parser needed for one name). */
export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== name) continue;
    const v = part.slice(eq + 1).trim();
    return v.startsWith('"') && v.endsWith('"') && v.length >= 2 ? v.slice(1, -1) : v;
  }
  return undefined;
}

/** Set-Cookie for a session: httpOnly, SameSite=Lax, Path=/, Secure when the request came over https. */
export function sessionCookie(token: string, secure: boolean): string {
  const maxAge = Math.floor(SESSION_ABSOLUTE_MS / 1000);
  return `${SESSION_COOKIE}=${token}; Path=/; Max-Age=${maxAge}; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
}

/** Set-Cookie that removes the session cookie. */
export function clearedSessionCookie(secure: boolean): string {
  return `${SESSION_COOKIE}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
}
