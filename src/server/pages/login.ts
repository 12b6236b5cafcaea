// Signing in and out through the pages, and the start page: /login (a form, the same checks and throttle
// as POST /api/v1/auth/login), /logout (a form post with the CSRF token), and / (the organisations of the
// user: straight to the one there is, or a choice).
import type { Request, Response } from 'express';
import { isArmoedetoetsError } from '../../errors.js';
import type { Lang } from '../../types.js';
import type { AppDeps, RequestContext, RouteSpec } from '../context.js';
import { checkLogin, closeSession, openSession } from '../routes/auth.js';
import { ROLE_LABELS, orgBase, pageRequest } from './chrome.js';
import { safeNext, seeOther, sendHtml, loginHref } from './http.js';
import { pageLabel, renderPage } from './render.js';

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function loginHtml(lang: Lang, values: { email: string; next: string }, problem?: string): string {
  const model = {
    intro: pageLabel(lang, 'loginIntro'),
    action: `/login?lang=${lang}`,
    email: values.email,
    next: values.next,
    problem,
    forgot: pageLabel(lang, 'loginForgot'),
    labels: { email: pageLabel(lang, 'email'), password: pageLabel(lang, 'password'), submit: pageLabel(lang, 'loginSubmit') },
  };
  return renderPage('login', pageLabel(lang, 'loginTitle'), model, { lang, path: '/login', query: values.next !== '/' ? { next: values.next } : {} });
}

async function showLogin(req: Request, res: Response, ctx: RequestContext): Promise<void> {
  const next = safeNext(req.query['next']);
  // Already signed in: on to where the link pointed.
  if (ctx.actor?.kind === 'user') return seeOther(res, next);
  sendHtml(res, 200, loginHtml(ctx.lang, { email: '', next }));
}

async function submitLogin(deps: AppDeps, req: Request, res: Response, ctx: RequestContext): Promise<void> {
  const body = (req.body ?? {}) as Record<string, unknown>;
  const next = safeNext(body['next']);
  const email = str(body['email']);
  try {
    const user = await checkLogin(deps, { email, password: str(body['password']) }, ctx.lang, req.ip ?? 'unknown');
    await openSession(deps, req, res, user);
  } catch (e) {
    if (!isArmoedetoetsError(e) || !['INPUT_INVALID', 'UNAUTHENTICATED', 'RATE_LIMITED'].includes(e.code)) throw e;
    // One message for every failed login (the API's): which of the two was wrong is not told.
    const problem = e.code === 'INPUT_INVALID' ? (e.issues[0]?.message ?? e.message) : e.message;
    sendHtml(res, e.code === 'RATE_LIMITED' ? 429 : 400, loginHtml(ctx.lang, { email, next }, problem));
    return;
  }
  seeOther(res, next);
}

async function submitLogout(deps: AppDeps, req: Request, res: Response, ctx: RequestContext): Promise<void> {
  await closeSession(deps, req, res, ctx);
  seeOther(res, `/login?lang=${ctx.lang}`);
}

/** The start page: the user's organisations; with one, its dashboard straight away. */
async function home(deps: AppDeps, req: Request, res: Response, ctx: RequestContext): Promise<void> {
  const actor = ctx.actor;
  if (!actor || actor.kind !== 'user' || actor.userId === null) return seeOther(res, loginHref('/'));
  const memberships = await deps.store.memberships.forUser(actor.userId);
  const orgs = await Promise.all(memberships.map(async (m) => ({ org: await deps.store.orgs.get(m.orgId), role: m.role })));
  const list = orgs.flatMap(({ org, role }) => (org ? [{ href: orgBase(org.slug), name: org.name, role: pageLabel(ctx.lang, ROLE_LABELS[role]) }] : []));
  if (list.length === 1 && !actor.platformAdmin) return seeOther(res, list[0]?.href as string);
  const model = { intro: pageLabel(ctx.lang, list.length > 0 ? 'homeIntro' : 'homeNone'), orgs: list };
  sendHtml(res, 200, renderPage('home', pageLabel(ctx.lang, 'homeTitle'), model, await pageRequest(deps, req, ctx, { wide: false })));
}

export function loginPages(deps: AppDeps): RouteSpec[] {
  return [
    {
      method: 'get',
      path: '/',
      access: 'user',
      page: true,
      summary: 'Page: start (your organisations)',
      handler: (req, res, ctx) => home(deps, req, res, ctx),
    },
    { method: 'get', path: '/login', access: 'public', page: true, summary: 'Page: sign in', handler: (req, res, ctx) => showLogin(req, res, ctx) },
    {
      method: 'post',
      path: '/login',
      access: 'public',
      page: true,
      summary: 'Form post of the sign-in page',
      handler: (req, res, ctx) => submitLogin(deps, req, res, ctx),
    },
    {
      method: 'post',
      path: '/logout',
      access: 'user',
      page: true,
      summary: 'Form post: sign out',
      handler: (req, res, ctx) => submitLogout(deps, req, res, ctx),
    },
  ];
}
