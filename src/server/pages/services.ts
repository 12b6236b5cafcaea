// The services register (/o/:org/services): the organisation's services under audit, each with its latest
// audit, its result and how many of its actions are open or overdue; and the route table of the services
// pages (the service page and its action forms live in services-detail.ts and services-actions.ts).
import type { Request, Response } from 'express';
import type { Assessment } from '../../types.js';
import { verdictTitle } from '../../output/words.js';
import type { Dossier, Organisation } from '../../store/types.js';
import { orgOf, READ } from '../api/scope.js';
import type { AppDeps, RequestContext, RouteSpec } from '../context.js';
import { orgBase, pageRequest } from './chrome.js';
import { sendHtml } from './http.js';
import { pageLabel, renderPage } from './render.js';
import { createActions, saveAction } from './services-actions.js';
import { canEditServices, SERVICE_EDITORS, todayOf } from './services-data.js';
import { showService } from './services-detail.js';
import { lightWord, longDate, scoreWords } from './services-words.js';

/** Services on one page of the register: a municipality has a few dozen at most. */
const PAGE_SIZE = 50;

export const servicesBase = (org: Organisation): string => `${orgBase(org.slug)}/services`;
export const newAuditHref = (org: Organisation, dossierId?: string): string =>
  `${orgBase(org.slug)}/drafts/new?kind=service-audit${dossierId ? `&dossier=${encodeURIComponent(dossierId)}` : ''}`;

async function registerRow(deps: AppDeps, ctx: RequestContext, d: Dossier, counts: Map<string, { open: number; overdue: number }>) {
  const org = orgOf(ctx);
  const lang = ctx.lang;
  const list = await deps.store.assessments.listForDossier(org.id, d.id);
  const latest = list[list.length - 1];
  let lastAudit = pageLabel(lang, 'servicesNoAudit');
  let result = '';
  if (latest) {
    const full = await deps.store.assessments.get(org.id, latest.id);
    const saved = full && (JSON.parse(full.result) as Assessment);
    const number = (await deps.store.versions.list(org.id, d.id)).find((v) => v.id === latest.versionId)?.number ?? d.latestVersion;
    lastAudit = pageLabel(lang, 'servicesLastAudit', { date: longDate(latest.referenceDate, lang), n: number });
    result = pageLabel(lang, 'servicesResult', {
      verdict: verdictTitle(latest.verdict, lang),
      score: scoreWords(lang, saved?.score.overall ?? null),
      light: lightWord(lang, saved?.score.light ?? 'not-applicable'),
    });
  }
  const c = counts.get(d.id) ?? { open: 0, overdue: 0 };
  return {
    title: d.title,
    href: `${servicesBase(org)}/${encodeURIComponent(d.id)}`,
    newAuditHref: newAuditHref(org, d.id),
    lastAudit,
    result,
    open: c.open,
    overdue: c.overdue,
  };
}

async function showRegister(deps: AppDeps, req: Request, res: Response, ctx: RequestContext): Promise<void> {
  const org = orgOf(ctx);
  const lang = ctx.lang;
  const cursor = typeof req.query['cursor'] === 'string' && req.query['cursor'] !== '' ? req.query['cursor'] : null;
  const page = await deps.store.dossiers.list(org.id, { kind: 'service-audit' }, cursor, PAGE_SIZE);
  const counts = new Map((await deps.store.actions.counts(org.id, todayOf(deps))).map((c) => [c.dossierId, c]));
  const rows = await Promise.all(page.items.map((d) => registerRow(deps, ctx, d, counts)));
  const canEdit = canEditServices(ctx);
  const model = {
    intro: pageLabel(lang, 'servicesIntro'),
    canEdit,
    newServiceHref: canEdit ? newAuditHref(org) : null,
    rows,
    nextHref: page.nextCursor ? `${servicesBase(org)}?${new URLSearchParams({ cursor: page.nextCursor, lang }).toString()}` : null,
  };
  sendHtml(res, 200, renderPage('services', pageLabel(lang, 'servicesTitle'), model, await pageRequest(deps, req, ctx, { keep: ['cursor'] })));
}

export function servicesPages(deps: AppDeps): RouteSpec[] {
  return [
    {
      method: 'get',
      path: '/o/:org/services',
      access: READ,
      sessionOnly: true,
      page: true,
      summary: "Page: the organisation's services under audit (register)",
      handler: (req, res, ctx) => showRegister(deps, req, res, ctx),
    },
    {
      method: 'get',
      path: '/o/:org/services/:id',
      access: READ,
      sessionOnly: true,
      page: true,
      summary: "Page: one service's audits, score trend, changes and actions",
      handler: (req, res, ctx) => showService(deps, req, res, ctx),
    },
    {
      method: 'post',
      path: '/o/:org/services/:id/actions',
      access: SERVICE_EDITORS,
      sessionOnly: true,
      page: true,
      summary: "Form post: make the actions of an audit's action plan",
      handler: (req, res, ctx) => createActions(deps, req, res, ctx),
    },
    {
      method: 'post',
      path: '/o/:org/services/:id/actions/:actionId',
      access: SERVICE_EDITORS,
      sessionOnly: true,
      page: true,
      summary: "Form post: change an action's status, owner, due date or note",
      handler: (req, res, ctx) => saveAction(deps, req, res, ctx),
    },
  ];
}
