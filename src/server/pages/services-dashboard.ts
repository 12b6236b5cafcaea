// The dashboard's "actions overdue" panel: for those who follow up the services' actions (administrators
// and OCMW staff), the open actions whose due date is before today on the server's clock, earliest first.
// A provider of the dashboard registry: null when there is nothing for this user to see.
import { orgOf } from '../api/scope.js';
import type { AppDeps, RequestContext } from '../context.js';
import { pageLabel } from './render.js';
import { canEditServices, todayOf } from './services-data.js';
import { serviceHref } from './services-detail.js';
import { longDate } from './services-words.js';

/** Overdue actions listed on the dashboard; the title counts them all. */
export const DASHBOARD_ITEMS = 10;

export interface DashboardPanel {
  title: string;
  items: { href: string; label: string; meta: string }[];
}

export async function overdueActionsPanel(deps: AppDeps, ctx: RequestContext): Promise<DashboardPanel | null> {
  if (!ctx.org || !canEditServices(ctx)) return null;
  const org = orgOf(ctx);
  const lang = ctx.lang;
  const today = todayOf(deps);
  const actions = await deps.store.actions.overdue(org.id, today, DASHBOARD_ITEMS);
  if (actions.length === 0) return null;
  const total = (await deps.store.actions.counts(org.id, today)).reduce((n, c) => n + c.overdue, 0);
  const titles = new Map<string, string>();
  const names = new Map((await deps.store.memberships.forOrg(org.id)).map((m) => [m.userId, m.displayName]));
  for (const id of new Set(actions.map((a) => a.dossierId))) titles.set(id, (await deps.store.dossiers.get(org.id, id))?.title ?? '');
  return {
    title: pageLabel(lang, 'servicesDashboardTitle', { count: total }),
    items: actions.map((a) => ({
      href: `${serviceHref(org.slug, a.dossierId)}?lang=${lang}#actie-${encodeURIComponent(a.id)}`,
      label: a.title,
      meta: pageLabel(lang, 'servicesDashboardMeta', {
        service: titles.get(a.dossierId) ?? '',
        date: longDate(a.dueDate as string, lang),
        owner: (a.ownerUserId ? names.get(a.ownerUserId) : a.ownerName) ?? pageLabel(lang, 'servicesOwnerNone'),
      }),
    })),
  };
}
