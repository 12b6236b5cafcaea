// The one access layer every route passes: who is asking (token or session), CSRF on unsafe requests of a
// session, and the route's declared access. Org-scoped routes answer 404 to anyone outside the organisation,
// whether it exists or not; 403 only to a member (or token) of it whose role is not enough.
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { ArmoedetoetsError } from '../errors.js';
import type { Role } from '../store/types.js';
import { authenticate, csrfOk, unauthenticated, type Authenticated } from './auth/actor.js';
import type { AppDeps, RequestContext, RouteSpec } from './context.js';
import { notFound } from './http/errors.js';
import { sm } from './messages/index.js';
import { orgLang } from './pages/lang.js';

function forbidden(ctx: RequestContext, key: 'forbidden' | 'platformAdminOnly' | 'tokenNotAllowed' = 'forbidden'): ArmoedetoetsError {
  return new ArmoedetoetsError('FORBIDDEN', sm(ctx.lang, key));
}

/** The route's organisation and the actor's role in it (a token's own role, in its own organisation only); 404 when either is missing. */
async function resolveOrg(req: Request, deps: AppDeps, ctx: RequestContext, auth: Authenticated): Promise<Role> {
  const slug = req.params['org'];
  const org = typeof slug === 'string' ? await deps.store.orgs.bySlug(slug) : undefined;
  let role: Role | undefined;
  if (org && auth.token) role = auth.token.orgId === org.id ? auth.token.role : undefined;
  else if (org && ctx.actor?.kind === 'user' && ctx.actor.userId !== null) role = await deps.store.memberships.roleIn(ctx.actor.userId, org.id);
  if (!org || role === undefined) throw notFound(ctx.lang);
  ctx.org = org;
  ctx.role = role;
  return role;
}

/**
 * The access middleware of one route. `limiter` is the public rate limit (absent when turned off).
 * An unsafe request on a public route whose session lacks its CSRF token is served as anonymous: a public
 * route never acts with a user's authority unless the token proves the request came from our pages.
 */
export function accessFor(spec: RouteSpec, deps: AppDeps, limiter: RequestHandler | undefined): RequestHandler {
  const access = spec.access;
  return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
    try {
      const ctx = res.locals['ctx'] as RequestContext;
      const auth = await authenticate(req, deps.store, deps.now(), ctx.lang);
      ctx.actor = auth.actor;
      if (auth.session && !csrfOk(req, auth.session)) {
        if (access !== 'public') throw new ArmoedetoetsError('CSRF', sm(ctx.lang, 'csrf'));
        ctx.actor = null;
      }
      if (access === 'public') {
        if (limiter) await limiter(req, res, next);
        else next();
        return;
      }
      const actor = ctx.actor;
      if (!actor) throw unauthenticated(ctx.lang);
      if (access === 'user') {
        if (actor.kind !== 'user') throw forbidden(ctx, 'tokenNotAllowed');
      } else if (access === 'platform-admin') {
        if (actor.kind !== 'user') throw forbidden(ctx, 'tokenNotAllowed');
        if (!actor.platformAdmin) throw forbidden(ctx, 'platformAdminOnly');
      } else {
        // The organisation first: to a token of another organisation, a session-only route is a 404 like any other.
        const role = await resolveOrg(req, deps, ctx, auth);
        if (res.locals['page'] === true && res.locals['langChosen'] !== true && ctx.org) ctx.lang = orgLang(ctx.lang, ctx.org);
        if (spec.sessionOnly && actor.kind !== 'user') throw forbidden(ctx, 'tokenNotAllowed');
        if (!access.includes(role)) throw forbidden(ctx);
      }
      next();
    } catch (e) {
      next(e);
    }
  };
}
