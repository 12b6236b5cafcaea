// The council's sections of the dashboard, "what waits for me" (issue 10, section 5): advice to sign
// (chairs), the college's answers to give (aldermen), dossiers at the council (council members) and
// reviews due (monitoring.reviewDate reached or passed). Each provider answers null for a role that
// has no part in it, and a section (possibly without items) otherwise; the dashboard registry
// (dashboard-sections.ts) lists them.
import { DEFAULT_TIME_ZONE, todayIn } from '../../dates.js';
import { formatDate } from '../../report/format.js';
import type { Dossier, DossierStatus, Organisation, Role } from '../../store/types.js';
import type { AppDeps, RequestContext } from '../context.js';
import { adviceAwaitingAnswer } from '../council/service.js';
import { ACTS, REVIEWED } from '../council/workflow.js';
import { reviewDateOf } from './council-data.js';
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

/** For council members and the chair: dossiers submitted to the council or under review. */
export const atCouncil: DashboardProvider = async (deps, ctx) => {
  const s = scope(ctx, ACTS['draft-advice'].roles);
  if (!s) return null;
  const items = (await withStatus(deps, s.org, ['submitted', 'in-review'])).map((d) => ({
    href: href(ctx, s.org, d.id, 'stand'),
    label: d.title,
    meta: label(ctx.lang, 'councilDashAtCouncilMeta', { status: label(ctx.lang, `councilStatusLabel${d.status}`), date: dayOf(d.updatedAt, ctx.lang) }),
  }));
  return { title: label(ctx.lang, 'councilDashAtCouncilTitle'), items };
};

/** Who follows decided dossiers up: the council, the college and the administrators. */
const FOLLOWERS: readonly Role[] = ['admin', 'council-member', 'council-chair', 'alderman'];

/** Decided dossiers whose review date (the latest version's monitoring.reviewDate) is today or past, oldest first. */
export const reviewsDue: DashboardProvider = async (deps, ctx) => {
  const s = scope(ctx, FOLLOWERS);
  if (!s) return null;
  const today = todayIn(DEFAULT_TIME_ZONE, deps.now());
  const due: { d: Dossier; date: string }[] = [];
  for (const d of await withStatus(deps, s.org, REVIEWED)) {
    const v = d.latestVersion > 0 ? await deps.store.versions.get(s.org.id, d.id, d.latestVersion) : undefined;
    const date = v ? reviewDateOf(v.input) : null;
    if (date !== null && date <= today) due.push({ d, date });
  }
  due.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const items = due.map(({ d, date }) => ({
    href: href(ctx, s.org, d.id, 'stand'),
    label: d.title,
    meta: label(ctx.lang, 'councilDashReviewMeta', { date: formatDate(date, ctx.lang) }),
  }));
  return { title: label(ctx.lang, 'councilDashReviewTitle'), items };
};

/** The council's providers, in the order a dashboard shows them. */
export const COUNCIL_DASHBOARD: readonly DashboardProvider[] = [adviceToSign, answersToGive, atCouncil, reviewsDue];
