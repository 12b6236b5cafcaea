// An organisation's members, managed by its administrators: add a user by e-mail (a new user gets a
// single-use link to choose a password), change a role, remove, and make a password-reset link.
import type { Request, Response } from 'express';
import { ArmoedetoetsError } from '../../errors.js';
import { ROLES, type Organisation, type Role, type Store } from '../../store/types.js';
import type { Lang } from '../../types.js';
import { createLink } from '../auth/links.js';
import type { AppDeps, RequestContext, RouteSpec } from '../context.js';
import { notFound } from '../http/errors.js';
import { Fields } from '../http/fields.js';
import { sm } from '../messages/index.js';

const ADMIN: readonly Role[] = ['admin'];

function lastAdmin(lang: Lang): ArmoedetoetsError {
  return new ArmoedetoetsError('CONFLICT', sm(lang, 'lastAdmin'));
}

/** Refuses a change that would leave the organisation without an administrator. */
async function keepAnAdmin(tx: Store, org: Organisation, userId: string, newRole: Role | null, lang: Lang): Promise<void> {
  if (newRole === 'admin') return;
  const members = await tx.memberships.forOrg(org.id);
  const admins = members.filter((m) => m.role === 'admin');
  if (admins.length === 1 && admins[0]?.userId === userId) throw lastAdmin(lang);
}

async function list(deps: AppDeps, res: Response, ctx: RequestContext): Promise<void> {
  const org = ctx.org as Organisation;
  const members = await deps.store.memberships.forOrg(org.id);
  const items = members
    .map((m) => ({ userId: m.userId, email: m.email, displayName: m.displayName, role: m.role, createdAt: m.createdAt }))
    .sort((a, b) => a.displayName.localeCompare(b.displayName));
  res.json({ items });
}

export interface SetMember {
  member: { userId: string; email: string; displayName: string; role: Role };
  /** The single-use link for a user that did not exist yet. */
  link?: { url: string; expiresAt: string };
}

/**
 * Adds a user (created when the address is new, with a link to choose a password) or changes a member's
 * role; the JSON route and the members page share it. Bad fields: INPUT_INVALID; the last administrator: CONFLICT.
 */
export async function setMember(deps: AppDeps, body: unknown, ctx: RequestContext): Promise<SetMember> {
  const f = new Fields(body, ctx.lang);
  const email = f.email('email');
  const role = f.choice('role', ROLES) as Role;
  const displayName = f.text('displayName', { required: false });
  f.done();
  const org = ctx.org as Organisation;
  const actorId = ctx.actor?.userId ?? null;
  const out = await deps.store.transaction(async (tx: Store) => {
    let user = await tx.users.byEmail(email);
    let link: { url: string; expiresAt: string } | undefined;
    if (!user) {
      if (displayName === '') {
        const message = sm(ctx.lang, 'displayNameNeeded');
        throw new ArmoedetoetsError('INPUT_INVALID', sm(ctx.lang, 'requestInvalid', { count: 1 }), { issues: [{ path: 'displayName', message }] });
      }
      user = await tx.users.create({ email, displayName, passwordHash: null, platformAdmin: false });
      const made = await createLink(tx, deps.config.publicUrl, { purpose: 'reset', userId: user.id, createdBy: actorId }, deps.now());
      link = { url: made.url, expiresAt: made.expiresAt };
      await tx.audit.append({
        orgId: org.id,
        actorUserId: actorId,
        actorTokenId: null,
        action: 'link.create',
        dossierId: null,
        details: { userId: user.id, purpose: 'reset' },
      });
    } else {
      await keepAnAdmin(tx, org, user.id, role, ctx.lang);
    }
    await tx.memberships.set(user.id, org.id, role);
    await tx.audit.append({
      orgId: org.id,
      actorUserId: actorId,
      actorTokenId: null,
      action: 'member.set',
      dossierId: null,
      details: { userId: user.id, role, created: link !== undefined },
    });
    return { user, link };
  });
  const member = { userId: out.user.id, email: out.user.email, displayName: out.user.displayName, role };
  return out.link ? { member, link: out.link } : { member };
}

async function set(deps: AppDeps, req: Request, res: Response, ctx: RequestContext): Promise<void> {
  const out = await setMember(deps, req.body, ctx);
  res.status(out.link ? 201 : 200).json(out);
}

/** Removes a member (never the last administrator); NOT_FOUND when not a member. */
export async function removeMember(deps: AppDeps, userId: string, ctx: RequestContext): Promise<void> {
  const org = ctx.org as Organisation;
  await deps.store.transaction(async (tx: Store) => {
    if ((await tx.memberships.roleIn(userId, org.id)) === undefined) throw notFound(ctx.lang);
    await keepAnAdmin(tx, org, userId, null, ctx.lang);
    await tx.memberships.remove(userId, org.id);
    await tx.audit.append({
      orgId: org.id,
      actorUserId: ctx.actor?.userId ?? null,
      actorTokenId: null,
      action: 'member.remove',
      dossierId: null,
      details: { userId },
    });
  });
}

async function remove(deps: AppDeps, req: Request, res: Response, ctx: RequestContext): Promise<void> {
  await removeMember(deps, String(req.params['userId']), ctx);
  res.status(204).end();
}

/**
 * A single-use link (24 h) for a member to choose a new password. Whoever holds it can take the account,
 * so an organisation's administrator may make one only for a user whose every organisation they administer
 * and who is no platform administrator; a platform administrator may make one for anyone.
 */
export async function makeResetLink(deps: AppDeps, userId: string, ctx: RequestContext): Promise<{ url: string; expiresAt: string }> {
  const org = ctx.org as Organisation;
  const actor = ctx.actor;
  const user = (await deps.store.memberships.roleIn(userId, org.id)) === undefined ? undefined : await deps.store.users.get(userId);
  if (!user || !actor?.userId) throw notFound(ctx.lang);
  if (!actor.platformAdmin) {
    const theirs = await deps.store.memberships.forUser(user.id);
    const mine = new Map((await deps.store.memberships.forUser(actor.userId)).map((m) => [m.orgId, m.role]));
    if (user.platformAdmin || theirs.some((m) => mine.get(m.orgId) !== 'admin')) throw new ArmoedetoetsError('FORBIDDEN', sm(ctx.lang, 'forbidden'));
  }
  const link = await deps.store.transaction(async (tx: Store) => {
    const made = await createLink(tx, deps.config.publicUrl, { purpose: 'reset', userId: user.id, createdBy: actor.userId }, deps.now());
    await tx.audit.append({
      orgId: org.id,
      actorUserId: actor.userId,
      actorTokenId: null,
      action: 'link.create',
      dossierId: null,
      details: { userId: user.id, purpose: 'reset' },
    });
    return made;
  });
  return { url: link.url, expiresAt: link.expiresAt };
}

async function resetLink(deps: AppDeps, req: Request, res: Response, ctx: RequestContext): Promise<void> {
  res.status(201).json({ link: await makeResetLink(deps, String(req.params['userId']), ctx) });
}

export function memberRoutes(deps: AppDeps): RouteSpec[] {
  const base = '/api/v1/orgs/:org/members';
  return [
    {
      method: 'get',
      path: base,
      access: ADMIN,
      sessionOnly: true,
      summary: "The organisation's members and their roles",
      handler: (_req, res, ctx) => list(deps, res, ctx),
    },
    {
      method: 'post',
      path: base,
      access: ADMIN,
      sessionOnly: true,
      summary: 'Add a user by e-mail with a role, or change a member’s role',
      handler: (req, res, ctx) => set(deps, req, res, ctx),
    },
    {
      method: 'delete',
      path: `${base}/:userId`,
      access: ADMIN,
      sessionOnly: true,
      summary: 'Remove a member',
      handler: (req, res, ctx) => remove(deps, req, res, ctx),
    },
    {
      method: 'post',
      path: `${base}/:userId/reset-link`,
      access: ADMIN,
      sessionOnly: true,
      summary: 'A single-use link (24 h) for the member to choose a new password',
      handler: (req, res, ctx) => resetLink(deps, req, res, ctx),
    },
  ];
}
