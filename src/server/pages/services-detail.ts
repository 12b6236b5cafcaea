// One service's page (/o/:org/services/:id): its audits over time, the trend of its scores, what changed
// since the audit before the last (barriers gone, new, remaining; what the actions of that audit achieved),
// and its actions with a form each for those who follow them up.
import type { Request, Response } from 'express';
import type { Action, Dossier } from '../../store/types.js';
import type { Lang } from '../../types.js';
import { orgOf } from '../api/scope.js';
import type { AppDeps, RequestContext } from '../context.js';
import { barrierChanges, type Barrier } from '../services/audit-trend.js';
import { namesOf } from '../services/user-names.js';
import { orgBase, pageRequest } from './chrome.js';
import { sendHtml } from './http.js';
import { pageLabel, renderPage, type PageLabelKey } from './render.js';
import { actionFilterOf, actionsView, type ActionField, type ActionFormState } from './services-action-view.js';
import { auditsOf, canEditServices, serviceOf, todayOf, type Audit } from './services-data.js';
import { trendView } from './services-trend.js';
import { lightWord, longDate, scoreWords } from './services-words.js';

const FIELD_LABELS: Record<ActionField, PageLabelKey> = {
  status: 'servicesStatus',
  ownerUserId: 'servicesOwnerMember',
  ownerName: 'servicesOwnerName',
  dueDate: 'servicesDue',
  note: 'servicesNote',
};

export const serviceHref = (slug: string, id: string): string => `${orgBase(slug)}/services/${encodeURIComponent(id)}`;

function barrierView(b: Barrier, a: Audit) {
  const d = a.result.dimensions.find((x) => x.id === b.dimension);
  return { checkId: b.checkId, title: b.title, dimension: d ? `${d.code} ${d.title}` : b.dimension, knockout: b.knockout };
}

function changesView(lang: Lang, audits: readonly Audit[], actions: readonly Action[]) {
  const [prev, last] = audits.slice(-2);
  if (!prev || !last) return null;
  const c = barrierChanges(prev.result, last.result);
  const view = (list: Barrier[], from: Audit) => list.map((b) => barrierView(b, from));
  const fromPrev = actions.filter((a) => a.versionNumber === prev.number);
  const done = fromPrev.filter((a) => a.status === 'done');
  const goneIds = new Set(c.gone.map((b) => b.checkId));
  return {
    title: pageLabel(lang, 'servicesChangesTitle', { n: prev.number }),
    intro: pageLabel(lang, 'servicesChangesIntro', {
      now: last.number,
      nowDate: longDate(last.result.referenceDate, lang),
      then: prev.number,
      thenDate: longDate(prev.result.referenceDate, lang),
    }),
    gone: view(c.gone, last),
    added: view(c.added, last),
    unclear: view(c.unclear, last),
    remaining: view(c.remaining, last),
    remainingTitle: pageLabel(lang, 'servicesRemainingTitle', { count: c.remaining.length }),
    followUp:
      fromPrev.length === 0
        ? pageLabel(lang, 'servicesFollowUpNone', { then: prev.number })
        : pageLabel(lang, 'servicesFollowUpSummary', {
            then: prev.number,
            now: last.number,
            total: fromPrev.length,
            done: done.length,
            gone: done.filter((a) => goneIds.has(a.checkId)).length,
          }),
  };
}

function createView(ctx: RequestContext, service: Dossier, latest: Audit | undefined, actions: readonly Action[]) {
  if (!latest || !canEditServices(ctx)) return null;
  const lang = ctx.lang;
  // The plan has a step for every step of the improvement path (quick wins first): the same count.
  const steps = latest.result.improvementPath.length;
  // A step has its action when this audit made one, or one of an earlier audit is still being worked on (the store skips both).
  const covered = new Set(actions.filter((a) => a.versionNumber === latest.number || a.status === 'open' || a.status === 'in-progress').map((a) => a.checkId));
  const have = latest.result.improvementPath.filter((s) => covered.has(s.checkId)).length;
  const n = latest.number;
  const text =
    steps === 0
      ? pageLabel(lang, 'servicesCreateNoSteps', { n })
      : have >= steps
        ? pageLabel(lang, 'servicesCreateAllDone', { n })
        : pageLabel(lang, have > 0 ? 'servicesCreatePartly' : 'servicesCreateText', { n, steps, have });
  return {
    text,
    button: steps > have,
    action: `${serviceHref(orgOf(ctx).slug, service.id)}/actions?lang=${lang}`,
    version: n,
    csrf: ctx.actor?.csrfToken ?? '',
  };
}

/** Renders the page; after a refused action form, with that form open, its values and errors, and a summary at the top. */
export async function renderService(
  deps: AppDeps,
  req: Request,
  res: Response,
  ctx: RequestContext,
  service: Dossier,
  o: { status?: number; failed?: ActionFormState | null; notice?: string | null; saved?: string } = {},
): Promise<void> {
  const show = actionFilterOf(req.query['show']);
  const org = orgOf(ctx);
  const lang = ctx.lang;
  const [audits, actions, memberRows] = await Promise.all([
    auditsOf(deps, org, service, lang),
    deps.store.actions.listForDossier(org.id, service.id),
    deps.store.memberships.forOrg(org.id),
  ]);
  const members = memberRows.map((m) => ({ id: m.userId, name: m.displayName })).sort((a, b) => a.name.localeCompare(b.name, lang));
  // Members by the list already read; only those who left are looked up.
  const known = new Map<string, string>(members.map((m) => [m.id, m.name]));
  const others = [...audits.map((a) => a.authorId), ...actions.flatMap((a) => [a.updatedBy, a.ownerUserId])].filter((id) => id === null || !known.has(id));
  const names = new Map([...known, ...(await namesOf(deps.store, others))]);
  const latest = audits[audits.length - 1];
  const base = serviceHref(org.slug, service.id);
  const canEdit = canEditServices(ctx);
  const failed = o.failed ?? null;
  const model = {
    notice: o.notice ?? null,
    errorSummary: failed
      ? {
          text: pageLabel(lang, 'formErrors'),
          items: Object.entries(failed.errors).map(([name, message]) => ({
            href: `#${name}-${failed.actionId}`,
            message: `${pageLabel(lang, FIELD_LABELS[name as ActionField])}: ${message}`,
          })),
        }
      : null,
    lead: latest
      ? pageLabel(lang, 'servicesLead', { count: audits.length, date: longDate(latest.result.referenceDate, lang) })
      : pageLabel(lang, 'servicesNoAudit'),
    newAuditHref: canEdit ? `${orgBase(org.slug)}/drafts/new?kind=service-audit&dossier=${encodeURIComponent(service.id)}` : null,
    dossierHref: `${orgBase(org.slug)}/dossiers/${encodeURIComponent(service.id)}`,
    registerHref: `${orgBase(org.slug)}/services`,
    audits: audits.map((a) => ({
      label: pageLabel(lang, 'servicesAuditLabel', { n: a.number }),
      date: longDate(a.result.referenceDate, lang),
      result: pageLabel(lang, 'servicesCell', { value: scoreWords(lang, a.result.score.overall), light: lightWord(lang, a.result.score.light) }),
      author: names.get(a.authorId) ?? pageLabel(lang, 'servicesSomeone'),
      reportHref: `/api/v1/orgs/${encodeURIComponent(org.slug)}/assessments/${encodeURIComponent(a.stored.id)}/report.html?lang=${lang}`,
    })),
    // The light zones of the rules the latest audit was made with (an overlay may move them).
    trend: latest ? trendView(audits, lang, { green: latest.ruleset.scoring.lights.greenMin, orange: latest.ruleset.scoring.lights.orangeMin }) : null,
    changes: changesView(lang, audits, actions),
    create: createView(ctx, service, latest, actions),
    actions: actionsView(actions, {
      lang,
      show,
      saved: o.saved,
      showHref: (f) => `${base}?lang=${lang}${f === 'all' ? '' : `&show=${f}`}#acties`,
      today: todayOf(deps),
      audits,
      members,
      names,
      formAction: canEdit ? (a) => `${base}/actions/${encodeURIComponent(a.id)}?lang=${lang}${show === 'all' ? '' : `&show=${show}`}` : null,
      csrf: ctx.actor?.csrfToken ?? '',
      failed,
    }),
  };
  sendHtml(res, o.status ?? 200, renderPage('services-detail', service.title, model, await pageRequest(deps, req, ctx)));
}

export async function showService(deps: AppDeps, req: Request, res: Response, ctx: RequestContext): Promise<void> {
  const service = await serviceOf(deps, ctx, String(req.params['id'] ?? ''));
  const q = (k: string): string => (typeof req.query[k] === 'string' ? (req.query[k] as string) : '');
  let notice: string | null = null;
  const saved = q('saved');
  if (saved !== '') notice = pageLabel(ctx.lang, 'servicesSaved');
  else if (/^\d+$/.test(q('created')) && /^\d+$/.test(q('audit')))
    notice = pageLabel(ctx.lang, 'servicesCreated', { count: Number(q('created')), n: Number(q('audit')) });
  await renderService(deps, req, res, ctx, service, { notice, ...(saved !== '' ? { saved } : {}) });
}
