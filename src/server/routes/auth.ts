// Logging in and out, who am I, the first administrator's setup and password resets (JSON).
import type { Request, Response } from 'express';
import { ArmoedetoetsError } from '../../errors.js';
import type { Store, User } from '../../store/types.js';
import type { Lang } from '../../types.js';
import { consumeLink } from '../auth/links.js';
import { hashPassword, MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, verifyPassword } from '../auth/passwords.js';
import { createSession, deleteSessionByToken, readCookie, SESSION_COOKIE, sessionCookie, clearedSessionCookie } from '../auth/sessions.js';
import { loginBlocked, loginThrottleKeys, recordLoginFailure, recordLoginSuccess } from '../auth/throttle.js';
import type { AppDeps, RequestContext, RouteSpec } from '../context.js';
import { Fields, MAX_TOKEN_TEXT } from '../http/fields.js';
import { sm } from '../messages/index.js';
import { DEMO_ORG_SLUG } from '../seed.js';
import { membershipsView, userView } from './views.js';

const PASSWORD_KEYS = { short: 'passwordTooShort', long: 'passwordTooLong' } as const;

/** A new session for `user` (the request's old one deleted: rotation) and its cookie set; returns the session's CSRF token. */
export async function openSession(deps: AppDeps, req: Request, res: Response, user: User): Promise<string> {
  const old = readCookie(req.headers.cookie, SESSION_COOKIE);
  if (old !== undefined) await deleteSessionByToken(deps.store, old);
  const { token, session } = await createSession(deps.store, user.id, deps.now());
  res.setHeader('Set-Cookie', sessionCookie(token, req.secure));
  return session.csrfToken;
}

/** A new session, and what the client needs (JSON). */
async function startSession(deps: AppDeps, req: Request, res: Response, user: User): Promise<void> {
  const csrfToken = await openSession(deps, req, res, user);
  res.json({ user: userView(user), csrfToken, memberships: await membershipsView(deps.store, user.id) });
}

function linkInvalid(lang: Lang): ArmoedetoetsError {
  const message = sm(lang, 'linkInvalid');
  return new ArmoedetoetsError('INPUT_INVALID', message, { issues: [{ path: 'token', message }] });
}

/**
 * Checks a login (e-mail and password) with the throttle per account and per address; the user, or
 * ArmoedetoetsError INPUT_INVALID, RATE_LIMITED or UNAUTHENTICATED. The JSON route and the login page share it.
 */
export async function checkLogin(deps: AppDeps, body: unknown, lang: Lang, ip: string): Promise<User> {
  const ctx = { lang };
  const f = new Fields(body, ctx.lang);
  const email = f.email('email');
  // No minimum at login (that is the setter's rule); the maximum bounds the hashing work.
  const password = f.secret('password', 1, MAX_PASSWORD_LENGTH, PASSWORD_KEYS);
  f.done();
  const now = deps.now();
  const keys = loginThrottleKeys(deps.config.sessionSecret, email, ip);
  const wait = await loginBlocked(deps.store, keys, now.getTime());
  if (wait !== undefined) {
    await deps.store.audit.append({ orgId: null, actorUserId: null, actorTokenId: null, action: 'login.throttled', dossierId: null, details: {} });
    throw new ArmoedetoetsError('RATE_LIMITED', sm(ctx.lang, 'loginThrottled', { seconds: wait }), { data: { retryAfterSeconds: wait } });
  }
  const user = await deps.store.users.byEmail(email);
  // Verified even for an unknown user (against a dummy hash): the answer takes as long, and reads the same.
  const ok = (await verifyPassword(user?.passwordHash, password)) && user !== undefined && user.disabledAt === null;
  if (!ok || !user) {
    await recordLoginFailure(deps.store, keys, now.getTime());
    await deps.store.audit.append({ orgId: null, actorUserId: user?.id ?? null, actorTokenId: null, action: 'login.failed', dossierId: null, details: {} });
    throw new ArmoedetoetsError('UNAUTHENTICATED', sm(ctx.lang, 'loginFailed'));
  }
  await recordLoginSuccess(deps.store, keys);
  await deps.store.audit.append({ orgId: null, actorUserId: user.id, actorTokenId: null, action: 'login.ok', dossierId: null, details: {} });
  return user;
}

async function login(deps: AppDeps, req: Request, res: Response, ctx: RequestContext): Promise<void> {
  await startSession(deps, req, res, await checkLogin(deps, req.body, ctx.lang, req.ip ?? 'unknown'));
}

/** Ends the request's session (cookie cleared, row deleted, logged); the JSON route and the page share it. */
export async function closeSession(deps: AppDeps, req: Request, res: Response, ctx: RequestContext): Promise<void> {
  const token = readCookie(req.headers.cookie, SESSION_COOKIE);
  if (token !== undefined) await deleteSessionByToken(deps.store, token);
  await deps.store.audit.append({ orgId: null, actorUserId: ctx.actor?.userId ?? null, actorTokenId: null, action: 'logout', dossierId: null, details: {} });
  res.setHeader('Set-Cookie', clearedSessionCookie(req.secure));
}

async function logout(deps: AppDeps, req: Request, res: Response, ctx: RequestContext): Promise<void> {
  await closeSession(deps, req, res, ctx);
  res.status(204).end();
}

async function me(deps: AppDeps, res: Response, ctx: RequestContext): Promise<void> {
  const user = ctx.actor?.userId ? await deps.store.users.get(ctx.actor.userId) : undefined;
  if (!user) throw new ArmoedetoetsError('UNAUTHENTICATED', sm(ctx.lang, 'unauthenticated'));
  res.json({ user: userView(user), csrfToken: ctx.actor?.csrfToken ?? null, memberships: await membershipsView(deps.store, user.id) });
}

/**
 * The first administrator: a platform administrator, and administrator of the demo organisation.
 * Throws INPUT_INVALID (fields, or a used/expired link) or CONFLICT; the JSON route and the page share it.
 */
export async function setupAccount(deps: AppDeps, body: unknown, lang: Lang): Promise<User> {
  const ctx = { lang };
  const f = new Fields(body, ctx.lang);
  const token = f.text('token', { max: MAX_TOKEN_TEXT });
  const email = f.email('email');
  const displayName = f.text('displayName');
  const password = f.secret('password', MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH, PASSWORD_KEYS);
  f.done();
  const passwordHash = await hashPassword(password);
  return deps.store.transaction(async (tx: Store) => {
    if (!(await consumeLink(tx, token, 'setup', deps.now()))) throw linkInvalid(ctx.lang);
    if ((await tx.users.countActiveAdmins()) > 0) throw new ArmoedetoetsError('CONFLICT', sm(ctx.lang, 'setupDone'));
    if (await tx.users.byEmail(email))
      throw new ArmoedetoetsError('CONFLICT', sm(ctx.lang, 'emailTaken'), { issues: [{ path: 'email', message: sm(ctx.lang, 'emailTaken') }] });
    const created = await tx.users.create({ email, displayName, passwordHash, platformAdmin: true });
    const demo = await tx.orgs.bySlug(DEMO_ORG_SLUG);
    if (demo) await tx.memberships.set(created.id, demo.id, 'admin');
    await tx.audit.append({ orgId: null, actorUserId: created.id, actorTokenId: null, action: 'setup.done', dossierId: null, details: { userId: created.id } });
    return created;
  });
}

async function setup(deps: AppDeps, req: Request, res: Response, ctx: RequestContext): Promise<void> {
  await startSession(deps, req, res, await setupAccount(deps, req.body, ctx.lang));
}

/**
 * A password chosen through a reset link (also a new user's first password); every session of the user ends.
 * Throws INPUT_INVALID (fields, or a used/expired link); the JSON route and the page share it.
 */
export async function resetPassword(deps: AppDeps, body: unknown, lang: Lang, ip: string): Promise<User> {
  const ctx = { lang };
  const f = new Fields(body, ctx.lang);
  const token = f.text('token', { max: MAX_TOKEN_TEXT });
  const password = f.secret('password', MIN_PASSWORD_LENGTH, MAX_PASSWORD_LENGTH, PASSWORD_KEYS);
  f.done();
  const passwordHash = await hashPassword(password);
  const user = await deps.store.transaction(async (tx: Store) => {
    const link = await consumeLink(tx, token, 'reset', deps.now());
    const u = link?.userId ? await tx.users.get(link.userId) : undefined;
    if (!u || u.disabledAt !== null) throw linkInvalid(ctx.lang);
    await tx.users.setPassword(u.id, passwordHash);
    await tx.sessions.deleteForUser(u.id);
    await tx.audit.append({ orgId: null, actorUserId: u.id, actorTokenId: null, action: 'password.reset', dossierId: null, details: { userId: u.id } });
    return u;
  });
  await recordLoginSuccess(deps.store, loginThrottleKeys(deps.config.sessionSecret, user.email, ip));
  return user;
}

async function reset(deps: AppDeps, req: Request, res: Response, ctx: RequestContext): Promise<void> {
  await startSession(deps, req, res, await resetPassword(deps, req.body, ctx.lang, req.ip ?? 'unknown'));
}

export function authRoutes(deps: AppDeps): RouteSpec[] {
  return [
    {
      method: 'post',
      path: '/api/v1/auth/login',
      access: 'public',
      summary: 'Log in: sets the session cookie, returns the user, CSRF token and memberships',
      handler: (req, res, ctx) => login(deps, req, res, ctx),
    },
    {
      method: 'post',
      path: '/api/v1/auth/logout',
      access: 'user',
      summary: 'Log out: ends the session',
      handler: (req, res, ctx) => logout(deps, req, res, ctx),
    },
    {
      method: 'get',
      path: '/api/v1/auth/me',
      access: 'user',
      summary: 'The logged-in user, the CSRF token and memberships',
      handler: (_req, res, ctx) => me(deps, res, ctx),
    },
    {
      method: 'post',
      path: '/api/v1/auth/setup',
      access: 'public',
      summary: 'The first administrator chooses a password through the setup link',
      handler: (req, res, ctx) => setup(deps, req, res, ctx),
    },
    {
      method: 'post',
      path: '/api/v1/auth/reset',
      access: 'public',
      summary: 'Choose a password through a single-use reset link',
      handler: (req, res, ctx) => reset(deps, req, res, ctx),
    },
  ];
}
