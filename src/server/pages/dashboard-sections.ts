// The dashboard's sections ("what waits for me"), as a registry: each provider looks at the organisation
// for the user and gives one section, or null when it has nothing to say to this role. The dashboard
// (dashboard.ts) shows them in this list's order, the sections a role needs most first (`firstFor`).
//
// To add a section: write a provider `(deps, ctx) => Promise<DashboardSection | null>` in your own file
// and append it to DASHBOARD_SECTIONS below (one line). Its texts go in your own label area.
import { DEFAULT_TIME_ZONE, todayIn } from '../../dates.js';
import type { Dossier, DossierFilter, Organisation, Role } from '../../store/types.js';
import type { Lang } from '../../types.js';
import type { AppDeps } from '../context.js';
import { PREPARERS } from './chrome.js';
import { REVIEW_DUE_WITHIN_DAYS, reviewDateOf, reviewState } from './dashboard-reviews.js';
import { dayText, dossierHref, dossiersHref, kindText, statusText } from './dossier-words.js';
import { pageLabel } from './render.js';

export interface DashboardItem {
  href: string;
  label: string;
  /** One short line under the label: kind, status, a date. */
  meta?: string;
}

export interface DashboardSection {
  /** Stable id (also the section's HTML id): "reviews-due". */
  id: string;
  title: string;
  /** At most DASHBOARD_ITEMS; the "see all" links lead to the rest. */
  items: DashboardItem[];
  /** Said plainly when there are no items. */
  empty: string;
  seeAll: { href: string; label: string }[];
  /** Roles for whom this section comes before the others. */
  firstFor?: readonly Role[];
}

/** What a provider knows of the request. */
export interface DashboardContext {
  org: Organisation;
  role: Role;
  userId: string;
  lang: Lang;
  now: Date;
}

export type SectionProvider = (deps: AppDeps, ctx: DashboardContext) => Promise<DashboardSection | null>;

/** Items per section: a glance, not a list (the list page has the rest). */
export const DASHBOARD_ITEMS = 5;
/** Dossiers a section reads at most to find its items (pages of the store's largest size). */
const SCAN_LIMIT = 500;
const PAGE = 100;

/** Dossiers matching `filter` that `keep` accepts, newest first, until `enough` are found or SCAN_LIMIT read. */
async function findDossiers(deps: AppDeps, org: Organisation, filter: DossierFilter, keep: (d: Dossier) => boolean, enough: number): Promise<Dossier[]> {
  const found: Dossier[] = [];
  let cursor: string | null = null;
  for (let read = 0; read < SCAN_LIMIT && found.length < enough; read += PAGE) {
    const page = await deps.store.dossiers.list(org.id, filter, cursor, PAGE);
    found.push(...page.items.filter(keep));
    if (page.nextCursor === null) break;
    cursor = page.nextCursor;
  }
  return found.slice(0, enough);
}

function item(ctx: DashboardContext, d: Dossier, extra?: string): DashboardItem {
  const parts = [
    kindText(ctx.lang, d.kind),
    statusText(ctx.lang, d.status),
    extra ?? pageLabel(ctx.lang, 'dossierUpdatedOn', { date: dayText(ctx.lang, d.updatedAt) }),
  ];
  return { href: dossierHref(ctx.org.slug, d.id), label: d.title, meta: parts.join(' · ') };
}

const listHref = (ctx: DashboardContext, query: Record<string, string> = {}): string => {
  const q = new URLSearchParams(query).toString();
  return q === '' ? dossiersHref(ctx.org.slug) : `${dossiersHref(ctx.org.slug)}?${q}`;
};

/** The dossiers in concept that the user owns (those who prepare dossiers only). */
export const myConcepts: SectionProvider = async (deps, ctx) => {
  if (!PREPARERS.includes(ctx.role)) return null;
  const mine = await findDossiers(deps, ctx.org, { status: 'concept' }, (d) => d.ownerId === ctx.userId, DASHBOARD_ITEMS);
  return {
    id: 'my-concepts',
    title: pageLabel(ctx.lang, 'dashMineConcept'),
    items: mine.map((d) => item(ctx, d)),
    empty: pageLabel(ctx.lang, 'dashMineConceptEmpty'),
    seeAll: [{ href: listHref(ctx, { status: 'concept' }), label: pageLabel(ctx.lang, 'dashSeeConcept') }],
    firstFor: ['ocmw-staff', 'admin'],
  };
};

/** Dossiers with the council: submitted and in review, newest first. */
export const atCouncil: SectionProvider = async (deps, ctx) => {
  const [submitted, inReview] = await Promise.all(
    (['submitted', 'in-review'] as const).map((status) => findDossiers(deps, ctx.org, { status }, () => true, DASHBOARD_ITEMS)),
  );
  const both = [...(submitted ?? []), ...(inReview ?? [])].sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.id.localeCompare(a.id));
  return {
    id: 'at-council',
    title: pageLabel(ctx.lang, 'dashAtCouncil'),
    items: both.slice(0, DASHBOARD_ITEMS).map((d) => item(ctx, d)),
    empty: pageLabel(ctx.lang, 'dashAtCouncilEmpty'),
    seeAll: [
      { href: listHref(ctx, { status: 'submitted' }), label: pageLabel(ctx.lang, 'dashSeeSubmitted') },
      { href: listHref(ctx, { status: 'in-review' }), label: pageLabel(ctx.lang, 'dashSeeInReview') },
    ],
    firstFor: ['council-member', 'council-chair', 'participant'],
  };
};

/** Decided dossiers whose planned review (monitoring.reviewDate) is overdue or within REVIEW_DUE_WITHIN_DAYS: every member sees them. */
export const reviewsDue: SectionProvider = async (deps, ctx) => {
  const today = todayIn(DEFAULT_TIME_ZONE, ctx.now, ctx.lang);
  const decided = await findDossiers(deps, ctx.org, { status: 'decided' }, (d) => d.latestVersion > 0, SCAN_LIMIT);
  const dated = await Promise.all(
    decided.map(async (d) => {
      const v = await deps.store.versions.get(ctx.org.id, d.id, d.latestVersion);
      const date = v ? reviewDateOf(v.input) : null;
      const state = date === null ? null : reviewState(date, today);
      return state === null || date === null ? [] : [{ d, date, state }];
    }),
  );
  const due = dated.flat().sort((a, b) => a.date.localeCompare(b.date));
  return {
    id: 'reviews-due',
    title: pageLabel(ctx.lang, 'dashReviews'),
    items: due
      .slice(0, DASHBOARD_ITEMS)
      .map(({ d, date, state }) =>
        item(ctx, d, pageLabel(ctx.lang, state === 'overdue' ? 'dashReviewOverdue' : 'dashReviewDue', { date: dayText(ctx.lang, date) })),
      ),
    empty: pageLabel(ctx.lang, 'dashReviewsEmpty', { days: REVIEW_DUE_WITHIN_DAYS }),
    seeAll: [{ href: listHref(ctx, { status: 'decided' }), label: pageLabel(ctx.lang, 'dashSeeDecided') }],
    firstFor: ['alderman', 'admin'],
  };
};

/** The dossiers changed last, whatever their status. */
export const recentDossiers: SectionProvider = async (deps, ctx) => {
  const page = await deps.store.dossiers.list(ctx.org.id, {}, null, DASHBOARD_ITEMS);
  return {
    id: 'recent',
    title: pageLabel(ctx.lang, 'dashRecent'),
    items: page.items.map((d) => item(ctx, d)),
    empty: pageLabel(ctx.lang, 'dashRecentEmpty'),
    seeAll: [{ href: listHref(ctx), label: pageLabel(ctx.lang, 'dashSeeAll') }],
  };
};

/**
 * Every section of the dashboard, in the order shown (after the ones that come first for the role).
 * The sections of other areas (drafts, the council's work, actions overdue) follow them: dashboard-panels.ts.
 */
export const DASHBOARD_SECTIONS: SectionProvider[] = [myConcepts, atCouncil, reviewsDue, recentDossiers];

/** The sections for a role: those it needs most first, each group in registry order. */
export function orderForRole(sections: readonly DashboardSection[], role: Role): DashboardSection[] {
  const first = sections.filter((s) => s.firstFor?.includes(role));
  return [...first, ...sections.filter((s) => !first.includes(s))];
}
