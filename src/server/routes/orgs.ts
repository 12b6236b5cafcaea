// Organisations: a platform administrator lists and creates them; anyone else lists their own.
import type { Request, Response } from 'express';
import { ArmoedetoetsError } from '../../errors.js';
import type { OrgKind, Region, Store } from '../../store/types.js';
import { LANGS, type Lang } from '../../types.js';
import type { AppDeps, RequestContext, RouteSpec } from '../context.js';
import { Fields } from '../http/fields.js';
import { sm } from '../messages/index.js';
import { orgView } from './views.js';

export const ORG_KINDS: readonly OrgKind[] = ['gemeente', 'ocmw', 'cpas', 'tenant'];
export const REGIONS: readonly Region[] = ['vlaanderen', 'brussel'];
/** Slugs appear in every URL of the organisation: short, lower-case, readable. */
export const SLUG_MIN = 2;
export const SLUG_MAX = 40;
const SLUG = new RegExp(`^[a-z0-9](?:[a-z0-9-]{${SLUG_MIN - 2},${SLUG_MAX - 2}}[a-z0-9])?$`);

export function isSlug(s: string): boolean {
  return s.length >= SLUG_MIN && SLUG.test(s);
}

async function list(deps: AppDeps, res: Response, ctx: RequestContext): Promise<void> {
  const actor = ctx.actor;
  const userId = actor?.userId ?? '';
  const memberships = new Map((await deps.store.memberships.forUser(userId)).map((m) => [m.orgId, m.role]));
  const orgs = actor?.platformAdmin ? await deps.store.orgs.list() : (await deps.store.orgs.list()).filter((o) => memberships.has(o.id));
  const items = orgs.map((o) => ({ ...orgView(o), role: memberships.get(o.id) ?? null })).sort((a, b) => a.name.localeCompare(b.name));
  res.json({ items });
}

function readLanguages(f: Fields): Lang[] {
  const v = f.any('languages');
  if (v === undefined) return [];
  const ok = Array.isArray(v) && v.length >= 1 && v.length <= LANGS.length && new Set(v).size === v.length && v.every((l) => LANGS.includes(l as Lang));
  if (!ok) f.problem('languages', 'fieldLanguages');
  return ok ? (v as Lang[]) : [];
}

/** A new organisation; its creator becomes its administrator (to add the first members, and step back later). */
async function create(deps: AppDeps, req: Request, res: Response, ctx: RequestContext): Promise<void> {
  const f = new Fields(req.body, ctx.lang);
  const name = f.text('name');
  const slug = f.text('slug', { max: SLUG_MAX });
  if (slug !== '' && !isSlug(slug)) f.problem('slug', 'fieldSlug', { min: SLUG_MIN, max: SLUG_MAX });
  const kind = f.choice('kind', ORG_KINDS) as OrgKind;
  const region = f.choice('region', REGIONS) as Region;
  const languages = readLanguages(f);
  f.done();
  const userId = ctx.actor?.userId as string;
  const org = await deps.store.transaction(async (tx: Store) => {
    if (await tx.orgs.bySlug(slug)) {
      throw new ArmoedetoetsError('CONFLICT', sm(ctx.lang, 'slugTaken'), { issues: [{ path: 'slug', message: sm(ctx.lang, 'slugTaken') }] });
    }
    const o = await tx.orgs.create({ slug, name, kind, region, languages });
    await tx.memberships.set(userId, o.id, 'admin');
    await tx.audit.append({ orgId: o.id, actorUserId: userId, actorTokenId: null, action: 'org.create', dossierId: null, details: { orgId: o.id } });
    return o;
  });
  res.status(201).json({ ...orgView(org), role: 'admin' });
}

export function orgRoutes(deps: AppDeps): RouteSpec[] {
  return [
    {
      method: 'get',
      path: '/api/v1/orgs',
      access: 'user',
      summary: 'Organisations: all for a platform administrator, else your own',
      handler: (_req, res, ctx) => list(deps, res, ctx),
    },
    {
      method: 'post',
      path: '/api/v1/orgs',
      access: 'platform-admin',
      summary: 'Create an organisation',
      handler: (req, res, ctx) => create(deps, req, res, ctx),
    },
  ];
}
