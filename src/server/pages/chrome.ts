// What every page of a logged-in user shows around its content: the user, the organisation and role of
// the page, the menu that role needs, and the logout form (with the session's CSRF token).
import type { Request } from 'express';
import type { Role } from '../../store/types.js';
import type { Lang } from '../../types.js';
import type { AppDeps, RequestContext } from '../context.js';
import { langOrder } from './lang.js';
import { pageLabel, type Chrome, type PageLabelKey, type PageRequest } from './render.js';

export const ROLE_LABELS: Record<Role, PageLabelKey> = {
  admin: 'roleAdmin',
  'council-member': 'roleCouncilMember',
  'council-chair': 'roleCouncilChair',
  'ocmw-staff': 'roleOcmwStaff',
  alderman: 'roleAlderman',
  participant: 'roleParticipant',
};

/** Roles that prepare proposals and audits (they see "new proposal" and the services register). */
export const PREPARERS: readonly Role[] = ['admin', 'council-member', 'council-chair', 'ocmw-staff'];

/** The base path of an organisation's pages. */
export const orgBase = (slug: string): string => `/o/${encodeURIComponent(slug)}`;

interface NavItem {
  href: string;
  label: PageLabelKey;
  roles?: readonly Role[];
  /** The pages the item stands for: the path itself, or every path under `under`. */
  under?: string;
}

function navFor(slug: string): NavItem[] {
  const base = orgBase(slug);
  return [
    { href: base, label: 'navDashboard' },
    { href: `${base}/dossiers`, label: 'navDossiers', under: `${base}/dossiers` },
    { href: `${base}/drafts/new?kind=proposal`, label: 'navNewProposal', roles: PREPARERS, under: `${base}/drafts` },
    { href: `${base}/services`, label: 'navServices', roles: ['admin', 'ocmw-staff'], under: `${base}/services` },
    { href: `${base}/members`, label: 'navMembers', roles: ['admin'], under: `${base}/members` },
  ];
}

/** Whether the menu item stands for the page at `path` (the overview only for itself). */
function isCurrent(item: NavItem, path: string): boolean {
  const own = item.href.split('?')[0] as string;
  return path === own || (item.under !== undefined && (path === item.under || path.startsWith(`${item.under}/`)));
}

export async function chromeFor(deps: AppDeps, ctx: RequestContext, path: string): Promise<Chrome | undefined> {
  const actor = ctx.actor;
  if (!actor || actor.kind !== 'user' || actor.userId === null) return undefined;
  const user = await deps.store.users.get(actor.userId);
  if (!user) return undefined;
  const memberships = await deps.store.memberships.forUser(user.id);
  const org = ctx.org;
  const role = ctx.role;
  const items = org && role ? navFor(org.slug).filter((i) => !i.roles || i.roles.includes(role)) : [];
  return {
    userName: user.displayName,
    org: org && role ? { slug: org.slug, name: org.name, role: pageLabel(ctx.lang, ROLE_LABELS[role]) } : null,
    nav: items.map((i) => ({ href: i.href, label: pageLabel(ctx.lang, i.label), current: isCurrent(i, path) })),
    switchOrgHref: memberships.length > 1 || actor.platformAdmin ? '/' : null,
    csrfToken: actor.csrfToken ?? '',
  };
}

/** The query of a page request as flat strings (kept in the language links). */
export function flatQuery(req: Request, keep: readonly string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const k of keep) {
    const v = req.query[k];
    if (typeof v === 'string') out[k] = v;
  }
  return out;
}

/** Everything renderPage needs about the request, for a page of a logged-in user. */
export async function pageRequest(
  deps: AppDeps,
  req: Request,
  ctx: RequestContext,
  options: { keep?: readonly string[]; wide?: boolean } = {},
): Promise<PageRequest & { lang: Lang }> {
  const chrome = await chromeFor(deps, ctx, req.path);
  return {
    lang: ctx.lang,
    path: req.path,
    query: flatQuery(req, options.keep ?? []),
    ...(chrome ? { chrome } : {}),
    wide: options.wide ?? true,
    langOrder: langOrder(ctx.org),
  };
}
