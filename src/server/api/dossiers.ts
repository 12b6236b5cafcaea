// Dossiers of an organisation: list with filters and cursor pages, create with a first version, read, change, soft delete.
import type { Request } from 'express';
import { ArmoedetoetsError, type FieldIssue } from '../../errors.js';
import { MAX_PAGE } from '../../store/context.js';
import { DOSSIER_STATUSES, type DossierFilter, type DossierStatus } from '../../store/types.js';
import type { SubjectKind, VerdictCode } from '../../types.js';
import { parseInputText } from '../../validation/parse.js';
import type { AppDeps, RequestContext } from '../context.js';
import { checkStatusChange, type StatusRefusal } from '../council/workflow.js';
import { apiText, type ApiMessageKey } from '../messages/api.js';
import { createDossier, deleteDossier, updateDossier } from '../services/dossiers.js';
import { checkInput, embeddedInput, WRAPPED_LIMITS } from '../services/input.js';
import { INPUT_LIMITS } from '../../validation/parse.js';
import { BodyFields } from './body.js';
import { bodyText, param, queryValue, requestInvalid, sendJson } from './http.js';
import type { ApiRoute, QueryDoc } from './route.js';
import { ADMIN, actorOf, authorOf, dossierOf, orgOf, READ, WRITE } from './scope.js';
import { assessmentView, dossierView, versionView } from './views.js';

export const KINDS: readonly SubjectKind[] = ['proposal', 'service-audit'];
export const VERDICTS: readonly VerdictCode[] = ['favourable', 'conditional', 'unfavourable', 'undetermined', 'audit'];
/** A page of dossiers: 50 fill a screen's list; the store's own page limit (100) is the most one answer holds. */
export const DEFAULT_PAGE = 50;
export { MAX_PAGE };
/** Free-text filters (search, life domain, cursor): longer than any real one. */
const MAX_FILTER_CHARS = 200;
const DATE_OR_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})?)?$/;

const LIST_QUERY: QueryDoc[] = [
  { name: 'kind', description: 'proposal | service-audit', schema: { type: 'string', enum: KINDS } },
  { name: 'status', description: 'Status of the dossier', schema: { type: 'string', enum: DOSSIER_STATUSES } },
  { name: 'verdict', description: 'Verdict of the latest assessment', schema: { type: 'string', enum: VERDICTS } },
  { name: 'lifeDomain', description: 'A life domain of the latest version (screening.lifeDomains)' },
  { name: 'updatedFrom', description: 'Changed on or after (date or ISO timestamp)' },
  { name: 'updatedTo', description: 'Changed on or before (date or ISO timestamp)' },
  { name: 'q', description: 'Words in the title (case-insensitive)' },
  { name: 'cursor', description: 'nextCursor of the previous page' },
  { name: 'limit', description: `Page size, 1–${MAX_PAGE} (default ${DEFAULT_PAGE})`, schema: { type: 'integer', minimum: 1, maximum: MAX_PAGE } },
];

export function listQuery(req: Request, ctx: RequestContext): { filter: DossierFilter; cursor: string | null; limit: number } {
  const issues: FieldIssue[] = [];
  const lang = ctx.lang;
  const v = (name: string): string | undefined => queryValue(req, name, issues, lang);
  const oneOf = <T extends string>(name: string, values: readonly T[]): T | undefined => {
    const s = v(name);
    if (s === undefined || (values as readonly string[]).includes(s)) return s as T | undefined;
    issues.push({ path: name, message: apiText(lang, 'fieldEnum', { values: values.join(', ') }) });
    return undefined;
  };
  const text = (name: string): string | undefined => {
    const s = v(name);
    if (s !== undefined && s.length > MAX_FILTER_CHARS) issues.push({ path: name, message: apiText(lang, 'fieldTooLong', { max: MAX_FILTER_CHARS }) });
    return s === '' ? undefined : s;
  };
  const date = (name: string): string | undefined => {
    const s = v(name);
    if (s !== undefined && (!DATE_OR_TIME.test(s) || Number.isNaN(new Date(s).getTime()))) issues.push({ path: name, message: apiText(lang, 'fieldDate') });
    return s;
  };
  const filter: DossierFilter = {
    kind: oneOf('kind', KINDS),
    status: oneOf('status', DOSSIER_STATUSES),
    verdict: oneOf('verdict', VERDICTS),
    lifeDomain: text('lifeDomain'),
    updatedFrom: date('updatedFrom'),
    updatedTo: date('updatedTo'),
    search: text('q'),
  };
  const cursor = text('cursor') ?? null;
  const rawLimit = v('limit');
  const limit = rawLimit === undefined ? DEFAULT_PAGE : Number(rawLimit);
  if (!/^\d+$/.test(rawLimit ?? '1') || !(limit >= 1 && limit <= MAX_PAGE)) {
    issues.push({ path: 'limit', message: apiText(lang, 'fieldInteger', { min: 1, max: MAX_PAGE }) });
  }
  if (issues.length > 0) throw requestInvalid(lang, issues);
  for (const key of Object.keys(filter) as (keyof DossierFilter)[]) if (filter[key] === undefined) delete filter[key];
  return { filter, cursor, limit };
}

export function dossierRoutes(deps: AppDeps): ApiRoute[] {
  const { store } = deps;
  return [
    {
      method: 'get',
      path: '/api/v1/orgs/:org/dossiers',
      access: READ,
      summary: 'List the dossiers of the organisation (filters, cursor pages)',
      doc: { response: { type: 'application/json', schema: 'DossierPage' }, query: LIST_QUERY },
      handler: async (req, res, ctx) => {
        const { filter, cursor, limit } = listQuery(req, ctx);
        const page = await store.dossiers.list(orgOf(ctx).id, filter, cursor, limit);
        sendJson(res, 200, { items: page.items.map(dossierView), nextCursor: page.nextCursor });
      },
    },
    {
      method: 'post',
      path: '/api/v1/orgs/:org/dossiers',
      access: WRITE,
      summary: 'Create a dossier from a first input: version 1 and its assessment in one go',
      doc: { body: { schema: 'DossierCreate' }, response: { status: 201, type: 'application/json', schema: 'Saved' } },
      handler: async (req, res, ctx) => {
        const { lang } = ctx;
        const { text, format } = await bodyText(req, lang, WRAPPED_LIMITS.maxBytes);
        // JSON wraps the input ({ title?, kind?, status?, input }); a YAML body is the input itself, as a CLI file.
        const body = format === 'yaml' ? { input: parseInputText(text, format, lang, INPUT_LIMITS) } : parseInputText(text, format, lang, WRAPPED_LIMITS);
        const f = new BodyFields(body, ['title', 'kind', 'status', 'input'], lang);
        const title = f.title('title');
        const kind = f.choice('kind', KINDS);
        const status = f.choice<DossierStatus>('status', DOSSIER_STATUSES);
        f.required('input');
        f.done();
        const checked = checkInput(embeddedInput(f.raw('input'), lang, 'input'), lang, 'input');
        if (kind !== undefined && kind !== checked.input.kind) {
          throw requestInvalid(lang, [{ path: 'kind', message: apiText(lang, 'kindMismatch', { kind, input: checked.input.kind }) }]);
        }
        const saved = await createDossier(deps, orgOf(ctx), actorOf(ctx), authorOf(ctx), {
          title: title ?? checked.input.meta.title.trim(),
          kind: checked.input.kind,
          status,
          checked,
        });
        res.location(`/api/v1/orgs/${orgOf(ctx).slug}/dossiers/${saved.dossier.id}`);
        sendJson(res, 201, { dossier: dossierView(saved.dossier), version: versionView(saved.version), assessment: assessmentView(saved.assessment) });
      },
    },
    {
      method: 'get',
      path: '/api/v1/orgs/:org/dossiers/:id',
      access: READ,
      summary: 'A dossier with the assessment of its latest version',
      doc: { response: { type: 'application/json' } },
      handler: async (req, res, ctx) => {
        const d = await dossierOf(store, ctx, param(req, 'id'));
        const org = orgOf(ctx);
        const latest = d.latestVersion > 0 ? await store.versions.get(org.id, d.id, d.latestVersion) : undefined;
        const assessment = latest ? await store.assessments.latestForVersion(org.id, latest.id) : undefined;
        sendJson(res, 200, { dossier: dossierView(d), latestAssessment: assessment ? assessmentView(assessment) : null });
      },
    },
    {
      method: 'patch',
      path: '/api/v1/orgs/:org/dossiers/:id',
      access: WRITE,
      summary: 'Change the title or status of a dossier',
      doc: { body: { schema: 'DossierPatch' }, response: { type: 'application/json' } },
      handler: async (req, res, ctx) => {
        const d = await dossierOf(store, ctx, param(req, 'id'));
        const { text, format } = await bodyText(req, ctx.lang, WRAPPED_LIMITS.maxBytes);
        const f = new BodyFields(parseInputText(text, format, ctx.lang, WRAPPED_LIMITS), ['title', 'status'], ctx.lang);
        const title = f.title('title');
        const status = f.choice<DossierStatus>('status', DOSSIER_STATUSES);
        if (!f.has('title') && !f.has('status')) f.required('status');
        f.done();
        const patch: { title?: string; status?: DossierStatus } = {};
        if (title !== undefined) patch.title = title;
        let outside = false;
        if (status !== undefined) {
          outside = statusChangeAllowed(d.status, status, ctx);
          patch.status = status;
        }
        const updated = await updateDossier(store, orgOf(ctx), d, actorOf(ctx), patch, outside);
        sendJson(res, 200, { dossier: dossierView(updated) });
      },
    },
    {
      method: 'delete',
      path: '/api/v1/orgs/:org/dossiers/:id',
      access: ADMIN,
      summary: 'Delete a dossier (soft: kept, hidden, and logged in the audit trail)',
      doc: { response: { status: 204, type: 'none' } },
      handler: async (req, res, ctx) => {
        const d = await dossierOf(store, ctx, param(req, 'id'));
        await deleteDossier(store, orgOf(ctx), d, actorOf(ctx), deps.now());
        res.status(204).end();
      },
    },
  ];
}

const STATUS_REFUSAL: Record<StatusRefusal, { code: 'FORBIDDEN' | 'CONFLICT'; key: ApiMessageKey }> = {
  role: { code: 'FORBIDDEN', key: 'statusRole' },
  status: { code: 'CONFLICT', key: 'statusWrong' },
  'by-act': { code: 'CONFLICT', key: 'statusByAct' },
};

/**
 * A status set through the API follows the council's workflow (council/workflow.ts): 403 or 409 naming the
 * field otherwise. True when an administrator sets it outside the workflow (audited as such).
 */
function statusChangeAllowed(from: DossierStatus, to: DossierStatus, ctx: RequestContext): boolean {
  const check = checkStatusChange(from, to, ctx.role);
  if (check.ok) return check.outside;
  const { code, key } = STATUS_REFUSAL[check.reason];
  const message = apiText(ctx.lang, key, { from, to });
  throw new ArmoedetoetsError(code, message, { issues: [{ path: 'status', message }] });
}
