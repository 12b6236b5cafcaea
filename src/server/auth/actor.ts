// Who is asking: an API token (Authorization: Bearer atk_…) or a logged-in user (the session cookie), or nobody.
import type { Request } from 'express';
import { ArmoedetoetsError } from '../../errors.js';
import type { ApiToken, Session, Store } from '../../store/types.js';
import type { Lang } from '../../types.js';
import type { Actor } from '../context.js';
import { sm } from '../messages/index.js';
import { bearerToken, TOKEN_LAST_USED_RESOLUTION_MS } from './api-tokens.js';
import { sameSecret, sha256Hex } from './secrets.js';
import { findSession, readCookie, SESSION_COOKIE } from './sessions.js';

export interface Authenticated {
  actor: Actor | null;
  session: Session | null;
  token: ApiToken | null;
}

const NOBODY: Authenticated = { actor: null, session: null, token: null };

export function unauthenticated(lang: Lang): ArmoedetoetsError {
  return new ArmoedetoetsError('UNAUTHENTICATED', sm(lang, 'unauthenticated'));
}

/**
 * The request's actor. A Bearer header that names no live token is refused (401) rather than taken as
 * anonymous; with a Bearer header the cookie is not looked at. A missing, expired or unknown session, or
 * one of a disabled user, is nobody.
 */
export async function authenticate(req: Request, store: Store, now: Date, lang: Lang): Promise<Authenticated> {
  const bearer = bearerToken(req.headers.authorization);
  if (bearer === null) throw unauthenticated(lang);
  if (bearer !== undefined) {
    const token = await store.tokens.byHash(sha256Hex(bearer));
    if (!token) throw unauthenticated(lang);
    if (token.lastUsedAt === null || now.getTime() - Date.parse(token.lastUsedAt) >= TOKEN_LAST_USED_RESOLUTION_MS) {
      await store.tokens.markUsed(token.id, now.toISOString());
    }
    // userId: the token's creator, so that what a token saves has an author; tokenId says it was the token.
    return { actor: { kind: 'token', userId: token.createdBy, tokenId: token.id, platformAdmin: false, csrfToken: null }, session: null, token };
  }
  const cookie = readCookie(req.headers.cookie, SESSION_COOKIE);
  if (cookie === undefined) return NOBODY;
  const session = await findSession(store, cookie, now);
  if (!session) return NOBODY;
  const user = await store.users.get(session.userId);
  if (!user || user.disabledAt !== null) return NOBODY;
  return {
    actor: { kind: 'user', userId: user.id, tokenId: null, platformAdmin: user.platformAdmin, csrfToken: session.csrfToken },
    session,
    token: null,
  };
}

/** The CSRF token a request carries: header X-CSRF-Token, or form/JSON field _csrf. */
export function csrfTokenOf(req: Request): string | undefined {
  const header = req.headers['x-csrf-token'];
  if (typeof header === 'string' && header !== '') return header;
  const body: unknown = req.body;
  if (body !== null && typeof body === 'object' && !Array.isArray(body)) {
    const field = (body as Record<string, unknown>)['_csrf'];
    if (typeof field === 'string' && field !== '') return field;
  }
  return undefined;
}

export const UNSAFE_METHODS: ReadonlySet<string> = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/** An unsafe request on a session carries that session's CSRF token (compared in constant time). */
export function csrfOk(req: Request, session: Session): boolean {
  if (!UNSAFE_METHODS.has(req.method)) return true;
  const given = csrfTokenOf(req);
  return given !== undefined && sameSecret(given, session.csrfToken);
}
