// The actions of a service as its page shows them: grouped by the audit they came from (newest first), each
// with its owner, due date (overdue marked in words, not only in colour), status, what became of its barrier
// at a later audit, and, for those who may change it, a form that works without script.
import { ACTION_STATUSES, type Action } from '../../store/types.js';
import type { Lang } from '../../types.js';
import { actionFate, type BarrierFate } from '../services/audit-trend.js';
import { pageLabel, type PageLabelKey } from './render.js';
import type { Audit } from './services-data.js';
import { longDate, statusWord } from './services-words.js';

/** What was typed into one action's form and what was wrong with it (after a refused post). */
export interface ActionFormState {
  actionId: string;
  values: { status: string; ownerUserId: string; ownerName: string; dueDate: string; note: string };
  errors: Partial<Record<ActionField, string>>;
}

export const ACTION_FIELDS = ['status', 'ownerUserId', 'ownerName', 'dueDate', 'note'] as const;
export type ActionField = (typeof ACTION_FIELDS)[number];

export interface Member {
  id: string;
  name: string;
}

/** Which actions the page lists: all, those still to do, those overdue, those done or dropped. */
export const ACTION_FILTERS = ['all', 'todo', 'overdue', 'closed'] as const;
export type ActionFilter = (typeof ACTION_FILTERS)[number];

/** The filter a query asks for; anything else lists them all. */
export const actionFilterOf = (v: unknown): ActionFilter => ((ACTION_FILTERS as readonly unknown[]).includes(v) ? (v as ActionFilter) : 'all');

const FILTER_KEY: Record<ActionFilter, PageLabelKey> = {
  all: 'servicesShowAll',
  todo: 'servicesShowTodo',
  overdue: 'servicesShowOverdue',
  closed: 'servicesShowClosed',
};

export interface ActionsContext {
  lang: Lang;
  /** The list shown; the action just saved, or whose form was refused, is shown whatever the filter. */
  show: ActionFilter;
  /** The id of the action just saved, if any. */
  saved?: string;
  /** The page's address with `show=<filter>` for a filter link. */
  showHref: (f: ActionFilter) => string;
  today: string;
  audits: readonly Audit[];
  members: readonly Member[];
  /** Names of users by id (members, and authors who left). */
  names: ReadonlyMap<string, string>;
  /** Null for someone who reads only. */
  formAction: ((a: Action) => string) | null;
  csrf: string;
  failed: ActionFormState | null;
}

const FATE_KEY: Record<BarrierFate, PageLabelKey> = { gone: 'servicesFateGone', remaining: 'servicesFateRemaining', unclear: 'servicesFateUnclear' };

export const isOverdue = (a: Action, today: string): boolean => (a.status === 'open' || a.status === 'in-progress') && a.dueDate !== null && a.dueDate < today;

/** The field's id on the page (one form per action), its error and hint ids, and what aria-describedby names. */
function field(name: ActionField, a: Action, c: ActionsContext, hint: PageLabelKey | null) {
  const id = `${name}-${a.id}`;
  const error = c.failed?.actionId === a.id ? c.failed.errors[name] : undefined;
  const hintText = hint ? pageLabel(c.lang, hint) : null;
  const describedBy = [hintText ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return { id, name, error: error ?? null, hint: hintText, describedBy: describedBy || null };
}

function formOf(a: Action, c: ActionsContext) {
  if (!c.formAction) return null;
  const mine = c.failed?.actionId === a.id ? c.failed.values : null;
  const v = mine ?? { status: a.status, ownerUserId: a.ownerUserId ?? '', ownerName: a.ownerName ?? '', dueDate: a.dueDate ?? '', note: a.note };
  return {
    action: c.formAction(a),
    csrf: c.csrf,
    open: mine !== null,
    status: { ...field('status', a, c, null), options: ACTION_STATUSES.map((s) => ({ value: s, label: statusWord(c.lang, s), selected: s === v.status })) },
    ownerUserId: {
      ...field('ownerUserId', a, c, null),
      options: [
        { value: '', label: pageLabel(c.lang, 'servicesOwnerNobody'), selected: v.ownerUserId === '' },
        ...c.members.map((m) => ({ value: m.id, label: m.name, selected: m.id === v.ownerUserId })),
      ],
    },
    ownerName: { ...field('ownerName', a, c, 'servicesOwnerNameHint'), value: v.ownerName },
    dueDate: { ...field('dueDate', a, c, 'servicesDueHint'), value: v.dueDate },
    note: { ...field('note', a, c, 'servicesNoteHint'), value: v.note },
  };
}

function itemOf(a: Action, c: ActionsContext) {
  const lang = c.lang;
  const from = c.audits.find((x) => x.number === a.versionNumber)?.result;
  const check = from?.checks.find((x) => x.id === a.checkId);
  const dimension = check && from?.dimensions.find((d) => d.id === check.dimension);
  const checkText = [a.checkId, check?.title, dimension ? `(${dimension.code} ${dimension.title})` : ''].filter(Boolean).join(' ');
  const fate = actionFate(
    a,
    c.audits.map((x) => ({ number: x.number, result: x.result })),
  );
  const owner = a.ownerUserId ? (c.names.get(a.ownerUserId) ?? pageLabel(lang, 'servicesSomeone')) : a.ownerName;
  return {
    id: a.id,
    title: a.title,
    addresses: pageLabel(lang, 'servicesAddresses', { check: checkText }),
    status: a.status,
    statusText: statusWord(lang, a.status),
    ownerText: owner ?? pageLabel(lang, 'servicesOwnerNone'),
    dueText: a.dueDate ? longDate(a.dueDate, lang) : pageLabel(lang, 'servicesDueNone'),
    overdue: isOverdue(a, c.today),
    note: a.note,
    fateText: fate ? pageLabel(lang, 'servicesBarrierAt', { n: fate.number, fate: pageLabel(lang, FATE_KEY[fate.fate]) }) : null,
    fate: fate?.fate ?? null,
    updatedText: pageLabel(lang, 'servicesUpdated', {
      date: longDate(a.updatedAt, lang),
      name: (a.updatedBy && c.names.get(a.updatedBy)) || pageLabel(lang, 'servicesSomeone'),
    }),
    form: formOf(a, c),
  };
}

/** The actions in groups per audit (newest first, in the order of its plan), with a count per status and of the overdue ones. */
function passes(f: ActionFilter, a: Action, today: string): boolean {
  if (f === 'todo') return a.status === 'open' || a.status === 'in-progress';
  if (f === 'overdue') return isOverdue(a, today);
  if (f === 'closed') return a.status === 'done' || a.status === 'dropped';
  return true;
}

export function actionsView(actions: readonly Action[], c: ActionsContext) {
  const shown = actions.filter((a) => passes(c.show, a, c.today) || a.id === c.failed?.actionId || a.id === c.saved);
  const numbers = [...new Set(shown.map((a) => a.versionNumber))].sort((x, y) => y - x);
  const groups = numbers.map((n) => {
    const audit = c.audits.find((x) => x.number === n);
    return {
      title: pageLabel(c.lang, 'servicesGroupTitle', { n, date: audit ? longDate(audit.result.referenceDate, c.lang) : '—' }),
      items: shown.filter((a) => a.versionNumber === n).map((a) => itemOf(a, c)),
    };
  });
  // Links, not a form: each is a page of its own that works without script and can be bookmarked.
  const filters = ACTION_FILTERS.map((f) => ({
    label: pageLabel(c.lang, FILTER_KEY[f], { count: actions.filter((a) => passes(f, a, c.today)).length }),
    href: c.showHref(f),
    current: f === c.show,
  }));
  const count = (s: Action['status']): number => actions.filter((a) => a.status === s).length;
  const summary = pageLabel(c.lang, 'servicesActionsSummary', {
    open: count('open'),
    progress: count('in-progress'),
    done: count('done'),
    dropped: count('dropped'),
    overdue: actions.filter((a) => isOverdue(a, c.today)).length,
  });
  return { groups, summary, total: actions.length, filters, noneShown: actions.length > 0 && shown.length === 0 };
}
