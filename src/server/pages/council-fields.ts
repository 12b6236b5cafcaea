// Field models of the council page's forms: label, help text, error and value of each field, tied
// together for assistive technology (label for, aria-describedby, aria-invalid), and the values a
// failed post sent back, so that nothing typed is lost.
import { DEFAULT_TIME_ZONE, todayIn } from '../../dates.js';
import type { FieldIssue } from '../../errors.js';
import { formatDate } from '../../report/format.js';
import type { Lang } from '../../types.js';
import type { Values } from './council-forms.js';
import { pageLabel, type PageLabelKey } from './render.js';

/** A label by a key built from data (a status, an act, an outcome): the locale test holds every such key in every language. */
export const label = (lang: Lang, key: string, vars: Record<string, string | number> = {}): string => pageLabel(lang, key as PageLabelKey, vars);

/** The calendar day of a timestamp where the council sits, written out. */
export const dayOf = (at: string, lang: Lang): string => formatDate(todayIn(DEFAULT_TIME_ZONE, new Date(at)), lang);

export type CouncilForm = 'comment' | 'participation' | 'advice' | 'sign' | 'answer' | 'answer-correct' | 'feedback';

/** A form post that came back with problems: which form, what was sent, and what is wrong. */
export interface FormState {
  form: CouncilForm;
  values: Values;
  issues: FieldIssue[];
}

export interface FieldModel {
  id: string;
  name: string;
  label: string;
  hint?: string;
  hintId?: string;
  error?: string;
  errorId?: string;
  describedBy: string;
  value: string;
  invalid: boolean;
}

export class Fields {
  constructor(
    readonly lang: Lang,
    readonly form: CouncilForm,
    readonly state: FormState | undefined,
  ) {}

  /** This form came back with problems (its values win over what is stored). */
  get posted(): boolean {
    return this.state?.form === this.form;
  }

  error(name: string): string | undefined {
    return this.posted ? this.state?.issues.find((i) => i.path === name)?.message : undefined;
  }

  value(name: string, fallback = ''): string {
    if (!this.posted) return fallback;
    const v = this.state?.values[name];
    return typeof v === 'string' ? v : fallback;
  }

  values(name: string, fallback: string[] = []): string[] {
    if (!this.posted) return fallback;
    const v = this.state?.values[name];
    return Array.isArray(v) ? v : typeof v === 'string' ? [v] : [];
  }

  field(name: string, label: PageLabelKey, o: { hint?: PageLabelKey; value?: string; vars?: Record<string, string | number> } = {}): FieldModel {
    const hint = o.hint ? pageLabel(this.lang, o.hint, o.vars) : undefined;
    const error = this.error(name);
    const hintId = hint ? `${name}-hint` : undefined;
    const errorId = error ? `${name}-error` : undefined;
    return {
      id: name,
      name,
      label: pageLabel(this.lang, label, o.vars),
      hint,
      hintId,
      error,
      errorId,
      describedBy: [hintId, errorId].filter(Boolean).join(' '),
      value: this.value(name, o.value ?? ''),
      invalid: error !== undefined,
    };
  }
}

/** The label of each field of the council's forms, for the summary of problems. */
const FIELD_LABELS: Record<string, PageLabelKey> = {
  commentAbout: 'councilCommentAbout',
  commentText: 'councilCommentText',
  partText: 'councilPartText',
  partCount: 'councilPartCount',
  partHeldOn: 'councilPartHeldOn',
  partExpenses: 'councilPartExpenses',
  adviceConclusion: 'councilAdviceConclusion',
  advicePick: 'councilAdvicePathLegend',
  signName: 'councilSignName',
  signRole: 'councilSignRole',
  answerDecision: 'councilAnswerDecision',
  answerDecidedOn: 'councilAnswerDecidedOn',
  answerWhy: 'councilAnswerWhy',
  feedbackText: 'councilFeedbackText',
};

/** "Label: problem" for the summary; numbered rows (adviceOwn2, answerReason0) by their row. */
function summaryText(lang: Lang, path: string, message: string): string {
  const key = FIELD_LABELS[path];
  const row = /^(adviceOwn|answerResponse|answerReason)(\d+)$/.exec(path);
  const n = row ? Number(row[2]) + 1 : 0;
  const name = key ? pageLabel(lang, key) : row ? pageLabel(lang, row[1] === 'adviceOwn' ? 'councilAdviceOwnRow' : 'councilAnswerItem', { n }) : undefined;
  // French sets a space before the colon.
  return name ? `${name.replace(/\s*[?:]$/, '')}${lang === 'fr' ? ' : ' : ': '}${message}` : message;
}

/** The summary at the top of a form that came back: every problem, named by its field and linked to it. */
export function errorSummary(lang: Lang, state: FormState | undefined): { title: string; items: { href: string; message: string }[] } | null {
  if (!state || state.issues.length === 0) return null;
  const n = state.issues.length;
  return {
    title: n === 1 ? pageLabel(lang, 'councilFormErrorsOne') : pageLabel(lang, 'councilFormErrors', { count: n }),
    items: state.issues.map((i) => ({ href: `#${i.path}`, message: summaryText(lang, i.path, i.message) })),
  };
}
