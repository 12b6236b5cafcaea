// The council's sections of the dashboard, "what waits for me" (issue 10, section 5): advice to sign
// (chairs) and the college's answers to give (aldermen). Each provider answers null for a role that has
// no part in it, and a section (possibly without items) otherwise; dashboard-panels.ts registers them.
// Dossiers at the council and reviews due are the dossier area's sections (dashboard-sections.ts).
import type { Dossier, DossierStatus, Organisation, Role } from '../../store/types.js';
import type { AppDeps, RequestContext } from '../context.js';
import { adviceAwaitingAnswer } from '../council/service.js';
import { ACTS } from '../council/workflow.js';
import { dayOf, label } from './council-fields.js';
import { councilPath } from './council-model.js';

export interface DashboardSection {
  title: string;
  items: { href: string; label: string; meta: string }[];
}

export type DashboardProvider = (deps: AppDeps, ctx: RequestContext) => Promise<DashboardSection | null>;

/** Items per section: a dashboard shows what waits, the lists show everything. */
export const DASHBOARD_ITEMS = 20;

/** The organisation and role of the request, when the role is one of `roles`. */
function scope(ctx: RequestContext, roles: readonly Role[]): { org: Organisation; role: Role } | null {
  return ctx.org && ctx.role && roles.includes(ctx.role) ? { org: ctx.org, role: ctx.role } : null;
}

const href = (ctx: RequestContext, org: Organisation, id: string, anchor: string): string => `${councilPath(org.slug, id)}?lang=${ctx.lang}#${anchor}`;

async function withStatus(deps: AppDeps, org: Organisation, statuses: readonly DossierStatus[]): Promise<Dossier[]> {
  const pages = await Promise.all(statuses.map((status) => deps.store.dossiers.list(org.id, { status }, null, DASHBOARD_ITEMS)));
  return pages
    .flatMap((p) => p.items)
    .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0))
    .slice(0, DASHBOARD_ITEMS);
}

/** For the chair or secretary: draft advices waiting for a signature. */
export const adviceToSign: DashboardProvider = async (deps, ctx) => {
  const s = scope(ctx, ACTS.sign.roles);
  if (!s) return null;
  const drafts = await deps.store.council.advices.drafts(s.org.id, DASHBOARD_ITEMS);
  const items = [];
  for (const a of drafts) {
    const d = await deps.store.dossiers.get(s.org.id, a.dossierId);
    if (d)
      items.push({
        href: href(ctx, s.org, d.id, 'advies'),
        label: d.title,
        meta: label(ctx.lang, 'councilDashSignMeta', { number: a.number, date: dayOf(a.updatedAt, ctx.lang) }),
      });
  }
  return { title: label(ctx.lang, 'councilDashSignTitle'), items };
};

/** For aldermen: signed advices the college has not answered yet. */
export const answersToGive: DashboardProvider = async (deps, ctx) => {
  const s = scope(ctx, ACTS.answer.roles);
  if (!s) return null;
  const items = [];
  for (const d of await withStatus(deps, s.org, ACTS.answer.when)) {
    const advice = await adviceAwaitingAnswer(deps.store, s.org.id, d.id);
    if (advice?.signedAt)
      items.push({
        href: href(ctx, s.org, d.id, 'antwoord'),
        label: d.title,
        meta: label(ctx.lang, 'councilDashAnswerMeta', { number: advice.number, date: dayOf(advice.signedAt, ctx.lang) }),
      });
  }
  return { title: label(ctx.lang, 'councilDashAnswerTitle'), items };
};

/** The council's providers, in the order a dashboard shows them. */
export const COUNCIL_DASHBOARD: readonly DashboardProvider[] = [adviceToSign, answersToGive];
