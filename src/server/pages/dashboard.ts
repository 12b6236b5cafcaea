// The dashboard of an organisation (/o/:org): what waits for the user, as the sections of the registry
// (dashboard-sections.ts) that speak to the user's role, the ones the role needs most first.
import { ArmoedetoetsError } from '../../errors.js';
import { ROLES } from '../../store/types.js';
import type { AppDeps, RequestContext, RouteSpec } from '../context.js';
import { pageRequest } from './chrome.js';
import { PANEL_SECTIONS } from './dashboard-panels.js';
import { DASHBOARD_SECTIONS, orderForRole, type DashboardContext, type DashboardSection } from './dashboard-sections.js';
import { sendHtml } from './http.js';
import { pageLabel, renderPage } from './render.js';

/** The request's organisation, role and user (the access layer resolved them for a session-only page). */
export function dashboardContext(deps: AppDeps, ctx: RequestContext): DashboardContext {
  const userId = ctx.actor?.userId;
  if (!ctx.org || !ctx.role || !userId) throw new ArmoedetoetsError('INTERNAL', 'an organisation page without its organisation, role or user');
  return { org: ctx.org, role: ctx.role, userId, lang: ctx.lang, now: deps.now() };
}

export function dashboardPages(deps: AppDeps): RouteSpec[] {
  return [
    {
      method: 'get',
      path: '/o/:org',
      access: ROLES,
      sessionOnly: true,
      page: true,
      summary: 'Page: the dashboard of an organisation (what waits for me)',
      handler: async (req, res, ctx) => {
        const dctx = dashboardContext(deps, ctx);
        const built = await Promise.all([...DASHBOARD_SECTIONS, ...PANEL_SECTIONS].map((provide) => provide(deps, dctx)));
        const sections = orderForRole(
          built.filter((s): s is DashboardSection => s !== null),
          dctx.role,
        );
        const model = { intro: pageLabel(ctx.lang, 'dashIntro', { org: dctx.org.name }), sections };
        sendHtml(res, 200, renderPage('dashboard', pageLabel(ctx.lang, 'dashTitle'), model, await pageRequest(deps, req, ctx)));
      },
    },
  ];
}
