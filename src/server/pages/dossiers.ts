// The list of an organisation's dossiers (/o/:org/dossiers): a GET form with the API's filters (kind,
// status, verdict, life domain, changed between two dates) and a search in the title, checked by the
// API's own query reader; a page of rows with "volgende pagina" (the store's cursor). A bad value is
// shown next to its field.
import type { Request } from 'express';
import { isArmoedetoetsError, type FieldIssue } from '../../errors.js';
import { DOSSIER_STATUSES, ROLES, type Dossier } from '../../store/types.js';
import type { Lang } from '../../types.js';
import { DEFAULT_PAGE, KINDS, listQuery, VERDICTS } from '../api/dossiers.js';
import type { AppDeps, RequestContext, RouteSpec } from '../context.js';
import { pageRequest } from './chrome.js';
import { dossierRow, dossiersHref, kindText, lifeDomains, lifeDomainText, statusText, verdictText } from './dossier-words.js';
import { sendHtml } from './http.js';
import { pageLabel, renderPage, type PageLabelKey } from './render.js';

/** The form's fields, by their query names (the API's). */
const FILTERS = ['q', 'kind', 'status', 'verdict', 'lifeDomain', 'updatedFrom', 'updatedTo'] as const;
type FilterName = (typeof FILTERS)[number];

interface FieldModel {
  name: FilterName;
  label: string;
  type: 'search' | 'select' | 'date';
  value: string;
  hint?: string;
  options?: { value: string; label: string; selected: boolean }[];
  error?: string;
  describedBy: string;
}

const LABELS: Record<FilterName, PageLabelKey> = {
  q: 'listSearch',
  kind: 'listKind',
  status: 'listStatus',
  verdict: 'listVerdict',
  lifeDomain: 'listLifeDomain',
  updatedFrom: 'listUpdatedFrom',
  updatedTo: 'listUpdatedTo',
};

function choicesOf(lang: Lang, name: FilterName): { value: string; label: string }[] | undefined {
  switch (name) {
    case 'kind':
      return KINDS.map((k) => ({ value: k, label: kindText(lang, k) }));
    case 'status':
      return DOSSIER_STATUSES.map((s) => ({ value: s, label: statusText(lang, s) }));
    case 'verdict':
      return VERDICTS.map((v) => ({ value: v, label: verdictText(lang, v) }));
    case 'lifeDomain':
      return lifeDomains().map((d) => ({ value: d, label: lifeDomainText(lang, d) }));
    default:
      return undefined;
  }
}

function fieldsOf(lang: Lang, values: Record<string, string>, issues: FieldIssue[]): FieldModel[] {
  return FILTERS.map((name) => {
    const value = values[name] ?? '';
    const error = issues.find((i) => i.path === name)?.message;
    const choices = choicesOf(lang, name);
    const isDate = name === 'updatedFrom' || name === 'updatedTo';
    const describedBy = [isDate ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ');
    return {
      name,
      label: pageLabel(lang, LABELS[name]),
      type: choices ? 'select' : isDate ? 'date' : 'search',
      value,
      ...(isDate ? { hint: pageLabel(lang, 'listDateHint') } : {}),
      ...(choices
        ? {
            options: [{ value: '', label: pageLabel(lang, 'listAny'), selected: value === '' }, ...choices.map((c) => ({ ...c, selected: c.value === value }))],
          }
        : {}),
      ...(error ? { error } : {}),
      describedBy,
    };
  });
}

/** The query as the form sent it: a field left empty is no filter. A repeated one stays as it is (the reader refuses it). */
function formQuery(req: Request): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const name of [...FILTERS, 'cursor']) {
    const v: unknown = (req.query as Record<string, unknown>)[name];
    if (v !== undefined && v !== '') out[name] = typeof v === 'string' ? v.trim() || undefined : v;
  }
  for (const k of Object.keys(out)) if (out[k] === undefined) delete out[k];
  return out;
}

const hrefWith = (base: string, query: Record<string, string>): string => {
  const q = new URLSearchParams(query).toString();
  return q === '' ? base : `${base}?${q}`;
};

async function listPage(deps: AppDeps, req: Request, ctx: RequestContext): Promise<{ status: number; html: string }> {
  const org = ctx.org;
  if (!org) throw new Error('the dossier list without an organisation');
  const query = formQuery(req);
  const values = Object.fromEntries(Object.entries(query).filter((e): e is [string, string] => typeof e[1] === 'string'));
  let issues: FieldIssue[] = [];
  let rows: Dossier[] = [];
  let nextCursor: string | null = null;
  try {
    // The API's reader of the same query names: one set of checks and messages for both.
    const { filter, cursor } = listQuery({ query } as unknown as Request, ctx);
    const page = await deps.store.dossiers.list(org.id, filter, cursor, DEFAULT_PAGE);
    rows = page.items;
    nextCursor = page.nextCursor;
  } catch (e) {
    if (!isArmoedetoetsError(e) || e.code !== 'INPUT_INVALID') throw e;
    issues = e.issues.length > 0 ? e.issues : [{ path: '', message: e.message }];
  }
  const base = dossiersHref(org.slug);
  const filters = Object.fromEntries(FILTERS.flatMap((n) => (values[n] !== undefined ? [[n, values[n]]] : [])));
  const filtered = Object.keys(filters).length > 0;
  const lang = ctx.lang;
  const model = {
    intro: pageLabel(lang, 'listIntro'),
    action: base,
    fields: fieldsOf(lang, values, issues),
    problem: issues.length > 0 ? pageLabel(lang, 'listProblem') : null,
    // Problems with no field of their own (a cursor that is not one) are said in the summary only.
    summary: issues.map((i) => ({ href: FILTERS.includes(i.path as FilterName) ? `#${i.path}` : null, message: i.message, label: labelOf(lang, i.path) })),
    showResults: issues.length === 0,
    rows: rows.map((d) => dossierRow(lang, org.slug, d)),
    empty: pageLabel(lang, filtered ? 'listEmpty' : 'listEmptyAll'),
    reset: filtered ? base : null,
    next: nextCursor ? hrefWith(base, { ...filters, cursor: nextCursor }) : null,
    first: values['cursor'] !== undefined ? hrefWith(base, filters) : null,
  };
  const html = renderPage('dossiers', pageLabel(lang, 'listTitle'), model, await pageRequest(deps, req, ctx, { keep: [...FILTERS, 'cursor'] }));
  return { status: issues.length > 0 ? 400 : 200, html };
}

function labelOf(lang: Lang, path: string): string | null {
  return FILTERS.includes(path as FilterName) ? pageLabel(lang, LABELS[path as FilterName]) : null;
}

export function dossierListPages(deps: AppDeps): RouteSpec[] {
  return [
    {
      method: 'get',
      path: '/o/:org/dossiers',
      access: ROLES,
      sessionOnly: true,
      page: true,
      summary: 'Page: the dossiers of an organisation (filters, search, pages)',
      handler: async (req, res, ctx) => {
        const { status, html } = await listPage(deps, req, ctx);
        sendHtml(res, status, html);
      },
    },
  ];
}
