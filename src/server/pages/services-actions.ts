// The form posts of a service's page: make the actions of an audit's plan, and change one action (status,
// owner, due date, note). A refused form comes back as the page itself (400) with the form open, what was
// typed, each problem next to its field and a summary at the top; a saved one is a 303 back to the page.
import type { Request, Response } from 'express';
import { ACTION_STATUSES, type ActionPatch, type ActionStatus } from '../../store/types.js';
import type { Lang } from '../../types.js';
import { notFound } from '../api/http.js';
import { actorOf, orgOf } from '../api/scope.js';
import type { AppDeps, RequestContext } from '../context.js';
import { createActionsFromPlan, updateAction } from '../services/actions.js';
import { seeOther } from './http.js';
import { actionFilterOf } from './services-action-view.js';
import { pageLabel } from './render.js';
import type { ActionField, ActionFormState } from './services-action-view.js';
import { serviceOf } from './services-data.js';
import { renderService, serviceHref } from './services-detail.js';

/** A name is a person's name; a note a few sentences. Longer is a mistake (or a pasted document). */
export const MAX_OWNER_NAME = 120;
export const MAX_NOTE = 2000;

const str = (v: unknown): string => (typeof v === 'string' ? v : '');

/** A real calendar date written YYYY-MM-DD (what a date field sends). */
export function isCalendarDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

/** The form's fields checked: the patch to save, or the problems per field in `lang`. */
export function parseActionForm(
  body: Record<string, unknown>,
  memberIds: ReadonlySet<string>,
  lang: Lang,
): { values: ActionFormState['values']; patch: ActionPatch | null; errors: Partial<Record<ActionField, string>> } {
  const values = {
    status: str(body['status']),
    ownerUserId: str(body['ownerUserId']),
    ownerName: str(body['ownerName']).trim(),
    dueDate: str(body['dueDate']).trim(),
    note: str(body['note']).replace(/\r\n/g, '\n').trim(),
  };
  const errors: Partial<Record<ActionField, string>> = {};
  if (!(ACTION_STATUSES as readonly string[]).includes(values.status)) errors.status = pageLabel(lang, 'servicesErrStatus');
  if (values.ownerUserId !== '' && !memberIds.has(values.ownerUserId)) errors.ownerUserId = pageLabel(lang, 'servicesErrOwner');
  if (values.ownerName.length > MAX_OWNER_NAME) errors.ownerName = pageLabel(lang, 'servicesErrTooLong', { max: MAX_OWNER_NAME });
  else if (values.ownerName !== '' && values.ownerUserId !== '') errors.ownerName = pageLabel(lang, 'servicesErrOwnerBoth');
  if (values.dueDate !== '' && !isCalendarDate(values.dueDate)) errors.dueDate = pageLabel(lang, 'servicesErrDue');
  if (values.note.length > MAX_NOTE) errors.note = pageLabel(lang, 'servicesErrTooLong', { max: MAX_NOTE });
  if (Object.keys(errors).length > 0) return { values, patch: null, errors };
  return {
    values,
    errors,
    patch: {
      status: values.status as ActionStatus,
      ownerUserId: values.ownerUserId === '' ? null : values.ownerUserId,
      ownerName: values.ownerName === '' ? null : values.ownerName,
      dueDate: values.dueDate === '' ? null : values.dueDate,
      note: values.note,
    },
  };
}

export async function saveAction(deps: AppDeps, req: Request, res: Response, ctx: RequestContext): Promise<void> {
  const org = orgOf(ctx);
  const service = await serviceOf(deps, ctx, String(req.params['id'] ?? ''));
  const actionId = String(req.params['actionId'] ?? '');
  const action = await deps.store.actions.get(org.id, actionId);
  if (!action || action.dossierId !== service.id) throw notFound(ctx.lang, 'dossierNotFound');
  const members = new Set((await deps.store.memberships.forOrg(org.id)).map((m) => m.userId));
  // Whoever owns it now stays a valid choice, also after they left the organisation.
  if (action.ownerUserId) members.add(action.ownerUserId);
  const parsed = parseActionForm((req.body ?? {}) as Record<string, unknown>, members, ctx.lang);
  if (!parsed.patch) {
    const failed: ActionFormState = { actionId, values: parsed.values, errors: parsed.errors };
    return renderService(deps, req, res, ctx, service, { status: 400, failed });
  }
  const saved = await updateAction(deps.store, org, service, actionId, parsed.patch, actorOf(ctx));
  if (!saved) throw notFound(ctx.lang, 'dossierNotFound');
  // Back to the list as it was filtered; the action just saved stays in view even when it no longer fits the filter.
  const show = actionFilterOf(req.query['show']);
  const keep = show === 'all' ? '' : `&show=${show}`;
  seeOther(res, `${serviceHref(org.slug, service.id)}?lang=${ctx.lang}${keep}&saved=${encodeURIComponent(actionId)}#actie-${encodeURIComponent(actionId)}`);
}

export async function createActions(deps: AppDeps, req: Request, res: Response, ctx: RequestContext): Promise<void> {
  const org = orgOf(ctx);
  const service = await serviceOf(deps, ctx, String(req.params['id'] ?? ''));
  const raw = str(((req.body ?? {}) as Record<string, unknown>)['version']);
  // The form sends the number of the audit it showed; anything else is not one of this service's audits.
  if (!/^[1-9]\d{0,8}$/.test(raw)) throw notFound(ctx.lang, 'versionNotFound');
  const made = await createActionsFromPlan(deps, org, service, Number(raw), actorOf(ctx), ctx.lang);
  seeOther(res, `${serviceHref(org.slug, service.id)}?lang=${ctx.lang}&created=${made.created.length}&audit=${raw}#acties`);
}
