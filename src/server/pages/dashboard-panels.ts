// The dashboard sections other areas provide as panels ({ title, items } for the request, or null):
// actions overdue (the services register), and the council's work. Each becomes a registry section.
import type { Role } from '../../store/types.js';
import type { AppDeps, RequestContext } from '../context.js';
import { orgBase } from './chrome.js';
import type { DashboardContext, DashboardItem, SectionProvider } from './dashboard-sections.js';
import { pageLabel, type PageLabelKey } from './render.js';
import { adviceToSign, answersToGive } from './council-dashboard.js';
import { overdueActionsPanel } from './services-dashboard.js';

type Panel = (deps: AppDeps, ctx: RequestContext) => Promise<{ title: string; items: DashboardItem[] } | null>;

/** The request as a panel reads it: the dashboard's organisation, role and language. */
const requestOf = (ctx: DashboardContext): RequestContext => ({ requestId: '-', lang: ctx.lang, actor: null, org: ctx.org, role: ctx.role });

function fromPanel(id: string, panel: Panel, seeAll: { path: string; label: PageLabelKey }, firstFor: readonly Role[]): SectionProvider {
  return async (deps, ctx) => {
    const p = await panel(deps, requestOf(ctx));
    if (!p) return null;
    return {
      id,
      title: p.title,
      items: p.items,
      empty: '',
      seeAll: [{ href: `${orgBase(ctx.org.slug)}${seeAll.path}`, label: pageLabel(ctx.lang, seeAll.label) }],
      firstFor,
    };
  };
}

export const overdueActions = fromPanel('actions-overdue', overdueActionsPanel, { path: '/services', label: 'navServices' }, ['ocmw-staff']);

/** The other areas' sections, shown after the registry's own (DASHBOARD_SECTIONS). */
const adviceToSignSection = fromPanel('advice-to-sign', adviceToSign, { path: '/dossiers?status=in-review', label: 'navDossiers' }, ['council-chair']);
const answersToGiveSection = fromPanel('answers-to-give', answersToGive, { path: '/dossiers?status=advice-adopted', label: 'navDossiers' }, ['alderman']);

export const PANEL_SECTIONS: readonly SectionProvider[] = [adviceToSignSection, answersToGiveSection, overdueActions];
