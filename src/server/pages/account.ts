// The two pages a printed link opens: /setup (the first administrator) and /reset (a password chosen
// through a link an administrator made). Plain HTML forms, no script; the same checks as the JSON routes
// (setupAccount, resetPassword), errors next to their field, the password never sent back.
import type { Request, Response } from 'express';
import { isArmoedetoetsError, type FieldIssue } from '../../errors.js';
import type { LinkPurpose, User } from '../../store/types.js';
import type { Lang } from '../../types.js';
import { sha256Hex } from '../auth/secrets.js';
import { MIN_PASSWORD_LENGTH } from '../auth/passwords.js';
import type { AppDeps, RequestContext, RouteSpec } from '../context.js';
import { openSession, resetPassword, setupAccount } from '../routes/auth.js';
import { sm } from '../messages/index.js';
import { sendHtml } from './http.js';
import { pageLabel, renderPage, type PageLabelKey } from './render.js';

interface FieldSpec {
  name: string;
  type: 'email' | 'text' | 'password';
  autocomplete: string;
  label: PageLabelKey;
  hint?: PageLabelKey;
  /** Sent back after an error (never for passwords). */
  keep: boolean;
}

const EMAIL: FieldSpec = { name: 'email', type: 'email', autocomplete: 'username', label: 'email', keep: true };
const NAME: FieldSpec = { name: 'displayName', type: 'text', autocomplete: 'name', label: 'displayName', hint: 'displayNameHint', keep: true };
const PASSWORD: FieldSpec = { name: 'password', type: 'password', autocomplete: 'new-password', label: 'password', hint: 'passwordHint', keep: false };
const REPEAT: FieldSpec = { name: 'passwordRepeat', type: 'password', autocomplete: 'new-password', label: 'passwordRepeat', keep: false };

const FORMS: Record<LinkPurpose, { fields: FieldSpec[]; title: PageLabelKey; intro: PageLabelKey; submit: PageLabelKey }> = {
  setup: { fields: [EMAIL, NAME, PASSWORD, REPEAT], title: 'setupTitle', intro: 'setupIntro', submit: 'submitSetup' },
  reset: { fields: [PASSWORD, REPEAT], title: 'resetTitle', intro: 'resetIntro', submit: 'submitReset' },
};

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

interface FormState {
  token: string;
  values: Record<string, string>;
  issues: FieldIssue[];
  linkProblem?: string;
}

function formHtml(purpose: LinkPurpose, state: FormState, lang: Lang, path: string): string {
  const form = FORMS[purpose];
  const errorOf = (name: string): string | undefined => state.issues.find((i) => i.path === name)?.message;
  const fields = form.fields.map((f) => {
    const error = errorOf(f.name);
    const describedBy = [f.hint ? `${f.name}-hint` : '', error ? `${f.name}-error` : ''].filter(Boolean).join(' ');
    return {
      name: f.name,
      type: f.type,
      autocomplete: f.autocomplete,
      label: pageLabel(lang, f.label),
      hint: f.hint ? pageLabel(lang, f.hint, { min: MIN_PASSWORD_LENGTH }) : undefined,
      error,
      describedBy,
      value: f.keep ? (state.values[f.name] ?? '') : '',
      minlength: f.type === 'password' ? MIN_PASSWORD_LENGTH : undefined,
    };
  });
  const formError = state.issues.length > 0 ? pageLabel(lang, 'formErrors') : undefined;
  const model = {
    intro: pageLabel(lang, form.intro),
    action: `${path}?lang=${lang}`,
    token: state.token,
    fields,
    formError,
    linkProblem: state.linkProblem,
    submit: pageLabel(lang, form.submit),
  };
  return renderPage('account', pageLabel(lang, form.title), model, { lang, path, query: state.token ? { token: state.token } : {} });
}

async function showForm(deps: AppDeps, purpose: LinkPurpose, req: Request, res: Response, ctx: RequestContext): Promise<void> {
  const token = str(req.query['token']);
  const link = token ? await deps.store.links.peek(sha256Hex(token), deps.now().toISOString()) : undefined;
  const usable = link !== undefined && link.purpose === purpose;
  const state: FormState = { token: usable ? token : '', values: {}, issues: [] };
  // An unknown, used or expired link reads the same, whichever it is.
  if (!usable) state.linkProblem = sm(ctx.lang, 'linkInvalid');
  sendHtml(res, usable ? 200 : 400, formHtml(purpose, state, ctx.lang, req.path));
}

async function submitForm(deps: AppDeps, purpose: LinkPurpose, req: Request, res: Response, ctx: RequestContext): Promise<void> {
  const body = (req.body ?? {}) as Record<string, unknown>;
  const form = FORMS[purpose];
  const values = Object.fromEntries(form.fields.filter((f) => f.keep).map((f) => [f.name, str(body[f.name])]));
  const token = str(body['token']);
  const issues: FieldIssue[] = [];
  if (str(body['password']) !== str(body['passwordRepeat'])) issues.push({ path: 'passwordRepeat', message: pageLabel(ctx.lang, 'passwordMismatch') });
  // What the shared checks know: the form's own fields, nothing else (the repeat is this page's business).
  const known = Object.fromEntries(['token', ...form.fields.map((f) => f.name)].filter((n) => n !== 'passwordRepeat').map((n) => [n, str(body[n])]));
  let user: User | undefined;
  if (issues.length === 0) {
    try {
      user = purpose === 'setup' ? await setupAccount(deps, known, ctx.lang) : await resetPassword(deps, known, ctx.lang, req.ip ?? 'unknown');
    } catch (e) {
      if (!isArmoedetoetsError(e) || !['INPUT_INVALID', 'CONFLICT'].includes(e.code)) throw e;
      const linkIssue = e.issues.find((i) => i.path === 'token');
      const onFields = e.issues.filter((i) => i.path !== 'token');
      if (linkIssue || onFields.length === 0) {
        sendHtml(res, 400, formHtml(purpose, { token: '', values, issues: [], linkProblem: linkIssue?.message ?? e.message }, ctx.lang, req.path));
        return;
      }
      issues.push(...onFields);
    }
  }
  if (!user) {
    sendHtml(res, 400, formHtml(purpose, { token, values, issues }, ctx.lang, req.path));
    return;
  }
  await openSession(deps, req, res, user);
  const next = [
    { href: '/', label: pageLabel(ctx.lang, 'nextStart'), note: pageLabel(ctx.lang, 'nextStartNote') },
    { href: '/api/openapi.json', label: pageLabel(ctx.lang, 'nextApi'), note: pageLabel(ctx.lang, 'nextApiNote') },
    { href: '/api/v1/auth/me', label: pageLabel(ctx.lang, 'nextMe'), note: pageLabel(ctx.lang, 'nextMeNote') },
  ];
  const html = renderPage(
    'done',
    pageLabel(ctx.lang, 'doneTitle'),
    { intro: pageLabel(ctx.lang, 'doneIntro', { name: user.displayName }), next },
    { lang: ctx.lang, path: req.path, query: {} },
  );
  sendHtml(res, 200, html);
}

export function accountPages(deps: AppDeps): RouteSpec[] {
  return (['setup', 'reset'] as const).flatMap((purpose): RouteSpec[] => [
    {
      method: 'get',
      path: `/${purpose}`,
      access: 'public',
      summary: purpose === 'setup' ? 'Page: the first administrator chooses a password (HTML)' : 'Page: choose a password through a reset link (HTML)',
      handler: (req, res, ctx) => showForm(deps, purpose, req, res, ctx),
    },
    {
      method: 'post',
      path: `/${purpose}`,
      access: 'public',
      summary: purpose === 'setup' ? 'Form post of the setup page (HTML)' : 'Form post of the reset page (HTML)',
      handler: (req, res, ctx) => submitForm(deps, purpose, req, res, ctx),
    },
  ]);
}
