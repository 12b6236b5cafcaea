// An organisation's API tokens (for its document system): made by an administrator, shown once, revocable.
import type { Request, Response } from 'express';
import { ROLES, type ApiToken, type Organisation, type Role, type Store } from '../../store/types.js';
import { newApiToken } from '../auth/api-tokens.js';
import type { AppDeps, RequestContext, RouteSpec } from '../context.js';
import { notFound } from '../http/errors.js';
import { Fields } from '../http/fields.js';

const ADMIN: readonly Role[] = ['admin'];

function tokenView(t: ApiToken): Omit<ApiToken, 'tokenHash' | 'orgId'> {
  return { id: t.id, name: t.name, role: t.role, createdBy: t.createdBy, createdAt: t.createdAt, revokedAt: t.revokedAt, lastUsedAt: t.lastUsedAt };
}

async function list(deps: AppDeps, res: Response, ctx: RequestContext): Promise<void> {
  const org = ctx.org as Organisation;
  res.json({ items: (await deps.store.tokens.list(org.id)).map(tokenView) });
}

/** A new token; the answer is the only place its text ever appears. */
async function create(deps: AppDeps, req: Request, res: Response, ctx: RequestContext): Promise<void> {
  const f = new Fields(req.body, ctx.lang);
  const name = f.text('name');
  const role = f.choice('role', ROLES) as Role;
  f.done();
  const org = ctx.org as Organisation;
  const createdBy = ctx.actor?.userId as string;
  const { token, tokenHash } = newApiToken();
  const made = await deps.store.transaction(async (tx: Store) => {
    const t = await tx.tokens.create({ orgId: org.id, role, name, tokenHash, createdBy });
    await tx.audit.append({
      orgId: org.id,
      actorUserId: createdBy,
      actorTokenId: null,
      action: 'token.create',
      dossierId: null,
      details: { tokenId: t.id, role },
    });
    return t;
  });
  res.status(201).json({ ...tokenView(made), token });
}

async function revoke(deps: AppDeps, req: Request, res: Response, ctx: RequestContext): Promise<void> {
  const org = ctx.org as Organisation;
  const id = String(req.params['id']);
  await deps.store.transaction(async (tx: Store) => {
    if (!(await tx.tokens.revoke(org.id, id, deps.now().toISOString()))) throw notFound(ctx.lang);
    await tx.audit.append({
      orgId: org.id,
      actorUserId: ctx.actor?.userId ?? null,
      actorTokenId: null,
      action: 'token.revoke',
      dossierId: null,
      details: { tokenId: id },
    });
  });
  res.status(204).end();
}

export function tokenRoutes(deps: AppDeps): RouteSpec[] {
  const base = '/api/v1/orgs/:org/tokens';
  return [
    {
      method: 'get',
      path: base,
      access: ADMIN,
      sessionOnly: true,
      summary: "The organisation's API tokens (never their text)",
      handler: (_req, res, ctx) => list(deps, res, ctx),
    },
    {
      method: 'post',
      path: base,
      access: ADMIN,
      sessionOnly: true,
      summary: 'Make an API token for one role; its text is shown once',
      handler: (req, res, ctx) => create(deps, req, res, ctx),
    },
    {
      method: 'delete',
      path: `${base}/:id`,
      access: ADMIN,
      sessionOnly: true,
      summary: 'Revoke an API token',
      handler: (req, res, ctx) => revoke(deps, req, res, ctx),
    },
  ];
}
