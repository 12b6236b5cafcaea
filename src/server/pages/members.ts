// The members page of an organisation (administrators): who takes part in which role, adding someone
// (a new account gets a single-use link to choose a password, shown once), changing a role, a new
// link, removing. The same rules as the JSON routes (routes/members.ts: never the last administrator).
import type { Request, Response } from 'express';
import { isArmoedetoetsError, type FieldIssue } from '../../errors.js';
import { formatDate } from '../../report/format.js';
import { ROLES, type Organisation, type Role } from '../../store/types.js';
import type { AppDeps, RequestContext, RouteSpec } from '../context.js';
import { makeResetLink, removeMember, setMember } from '../routes/members.js';
import { orgBase, pageRequest, ROLE_LABELS } from './chrome.js';
import { sendHtml } from './http.js';
import { pageLabel, renderPage } from './render.js';

const ADMIN: readonly Role[] = ['admin'];
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

interface PageState {
  status: number;
  notice?: string;
  problem?: string;
  issues?: FieldIssue[];
  values?: Record<string, string>;
  link?: { name: string; url: string; expiresAt: string };
}

async function show(deps: AppDeps, req: Request, res: Response, ctx: RequestContext, state: PageState): Promise<void> {
  const org = ctx.org as Organisation;
  const lang = ctx.lang;
  const base = `${orgBase(org.slug)}/members`;
  const csrf = ctx.actor?.csrfToken ?? '';
  const roleOptions = (selected: string) => ROLES.map((r) => ({ value: r, label: pageLabel(lang, ROLE_LABELS[r]), selected: r === selected }));
  const members = (await deps.store.memberships.forOrg(org.id))
    .sort((a, b) => a.displayName.localeCompare(b.displayName))
    .map((m) => ({
      userId: m.userId,
      displayName: m.displayName,
      email: m.email,
      you: m.userId === ctx.actor?.userId,
      roleFor: pageLabel(lang, 'membersRoleFor', { name: m.displayName }),
      roles: roleOptions(m.role),
      linkAction: `${base}/${encodeURIComponent(m.userId)}/link`,
      removeAction: `${base}/${encodeURIComponent(m.userId)}/remove`,
    }));
  const values = state.values ?? {};
  const errorOf = (name: string): string | undefined => state.issues?.find((i) => i.path === name)?.message;
  const field = (name: string, label: 'membersEmail' | 'membersName', type: string, hint?: 'membersNameHint') => {
    const error = errorOf(name);
    return {
      name,
      label: pageLabel(lang, label),
      type,
      value: values[name] ?? '',
      error,
      hint: hint ? pageLabel(lang, hint) : undefined,
      describedBy: [hint ? `add-${name}-hint` : '', error ? `add-${name}-error` : ''].filter(Boolean).join(' '),
    };
  };
  const fields = [
    field('email', 'membersEmail', 'email'),
    field('displayName', 'membersName', 'text', 'membersNameHint'),
    { name: 'role', label: pageLabel(lang, 'membersRole'), options: roleOptions(values['role'] ?? 'council-member'), error: errorOf('role') },
  ];
  const model = {
    intro: pageLabel(lang, 'membersIntro', { org: org.name }),
    addHint: pageLabel(lang, 'membersAddHint', { org: org.name }),
    action: base,
    csrf,
    members,
    fields,
    notice: state.notice,
    problem: state.problem,
    link: state.link && {
      title: pageLabel(lang, 'membersLinkTitle', { name: state.link.name }),
      text: pageLabel(lang, 'membersLinkText', { name: state.link.name, until: formatDate(state.link.expiresAt.slice(0, 10), lang) }),
      url: state.link.url,
    },
  };
  sendHtml(res, state.status, renderPage('members', pageLabel(lang, 'membersTitle'), model, await pageRequest(deps, req, ctx)));
}

/** A refusal the page shows (bad fields, the last administrator), or undefined for anything else. */
function shown(e: unknown): PageState | undefined {
  if (!isArmoedetoetsError(e)) return undefined;
  if (e.code === 'INPUT_INVALID') return { status: 400, problem: e.message, issues: e.issues };
  if (e.code === 'CONFLICT') return { status: 409, problem: e.message };
  return undefined;
}

async function add(deps: AppDeps, req: Request, res: Response, ctx: RequestContext): Promise<void> {
  const body = (req.body ?? {}) as Record<string, unknown>;
  const values = { email: str(body['email']), displayName: str(body['displayName']), role: str(body['role']) };
  try {
    const out = await setMember(deps, values, ctx);
    const notice = pageLabel(ctx.lang, 'membersAdded', { name: out.member.displayName, role: pageLabel(ctx.lang, ROLE_LABELS[out.member.role]) });
    // The link is shown once, on this answer (a redirect would lose it); it is never stored in clear.
    await show(deps, req, res, ctx, { status: out.link ? 201 : 200, notice, ...(out.link ? { link: { name: out.member.displayName, ...out.link } } : {}) });
  } catch (e) {
    const state = shown(e);
    if (!state) throw e;
    await show(deps, req, res, ctx, { ...state, values });
  }
}

async function newLink(deps: AppDeps, req: Request, res: Response, ctx: RequestContext): Promise<void> {
  const userId = String(req.params['userId']);
  const link = await makeResetLink(deps, userId, ctx);
  const user = await deps.store.users.get(userId);
  await show(deps, req, res, ctx, { status: 201, link: { name: user?.displayName ?? '', ...link } });
}

async function remove(deps: AppDeps, req: Request, res: Response, ctx: RequestContext): Promise<void> {
  const userId = String(req.params['userId']);
  const user = await deps.store.users.get(userId);
  try {
    await removeMember(deps, userId, ctx);
  } catch (e) {
    const state = shown(e);
    if (!state) throw e;
    return show(deps, req, res, ctx, state);
  }
  await show(deps, req, res, ctx, { status: 200, notice: pageLabel(ctx.lang, 'membersRemoved', { name: user?.displayName ?? '' }) });
}

export function memberPages(deps: AppDeps): RouteSpec[] {
  const base = '/o/:org/members';
  const page = { access: ADMIN, sessionOnly: true, page: true } as const;
  return [
    {
      method: 'get',
      path: base,
      ...page,
      summary: 'Page: the members and their roles',
      handler: (req, res, ctx) => show(deps, req, res, ctx, { status: 200 }),
    },
    { method: 'post', path: base, ...page, summary: 'Form post: add someone or change a role', handler: (req, res, ctx) => add(deps, req, res, ctx) },
    {
      method: 'post',
      path: `${base}/:userId/link`,
      ...page,
      summary: 'Form post: a new single-use link to choose a password',
      handler: (req, res, ctx) => newLink(deps, req, res, ctx),
    },
    { method: 'post', path: `${base}/:userId/remove`, ...page, summary: 'Form post: remove a member', handler: (req, res, ctx) => remove(deps, req, res, ctx) },
  ];
}
