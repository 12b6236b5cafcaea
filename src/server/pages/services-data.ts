// What the services pages read: a service (a dossier of kind service-audit) of the route's organisation,
// its audits (each version with its newest stored assessment, worded in the page's language by the rules it
// was made with), who may change its actions, and today's date on the server's clock.
import { inLanguage } from '../../output/words.js';
import type { Dossier, Organisation, Role, StoredAssessment } from '../../store/types.js';
import type { Assessment, Lang, Ruleset } from '../../types.js';
import { notFound } from '../api/http.js';
import { orgOf } from '../api/scope.js';
import type { AppDeps, RequestContext } from '../context.js';
import { today } from '../services/assessing.js';
import { rulesetOf } from '../services/reports.js';

/** Who follows up a service's actions; every member of the organisation reads them. */
export const SERVICE_EDITORS: readonly Role[] = ['admin', 'ocmw-staff'];

export const canEditServices = (ctx: RequestContext): boolean => ctx.role !== null && SERVICE_EDITORS.includes(ctx.role);

/** Today in Belgium on the server's clock (YYYY-MM-DD): an action is overdue when its due date is before it. */
export const todayOf = (deps: Pick<AppDeps, 'now'>): string => today(deps.now());

/** The service of this organisation with that id: 404 for another organisation's, a deleted one, or a proposal. */
export async function serviceOf(deps: AppDeps, ctx: RequestContext, id: string): Promise<Dossier> {
  const d = id === '' ? undefined : await deps.store.dossiers.get(orgOf(ctx).id, id);
  if (!d || d.kind !== 'service-audit') throw notFound(ctx.lang, 'dossierNotFound');
  return d;
}

export interface Audit {
  number: number;
  versionId: string;
  authorId: string;
  stored: StoredAssessment;
  /** The stored result in the page's language. */
  result: Assessment;
  ruleset: Ruleset;
}

/** The audits of a service, oldest first; a version without an assessment (none is stored so) is left out. */
export async function auditsOf(deps: AppDeps, org: Organisation, service: Dossier, lang: Lang): Promise<Audit[]> {
  const versions = await deps.store.versions.list(org.id, service.id);
  const audits = await Promise.all(
    versions.map(async (v): Promise<Audit | undefined> => {
      const stored = await deps.store.assessments.latestForVersion(org.id, v.id);
      if (!stored) return undefined;
      const ruleset = await rulesetOf(deps, stored);
      const result = inLanguage(JSON.parse(stored.result) as Assessment, ruleset, lang);
      return { number: v.number, versionId: v.id, authorId: v.authorId, stored, result, ruleset };
    }),
  );
  return audits.filter((a): a is Audit => a !== undefined);
}
