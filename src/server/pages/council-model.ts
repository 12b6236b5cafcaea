// The council page's view model: pure, from what council-data.ts read. The status and its next step,
// the comments, the participation group's input; the advice, answer and feedback come from
// council-model-advice.ts. Every action is offered only to a role the workflow lets do it now.
import { formatDate } from '../../report/format.js';
import type { Outcome } from '../../types.js';
import { buttonsFor, mayDo, nextStep, REVIEWED, ROAD } from '../council/workflow.js';
import type { CouncilData } from './council-data.js';
import { dayOf, errorSummary, Fields, label, type FormState } from './council-fields.js';
import { adviceSection, answerSection, feedbackSection } from './council-model-advice.js';

/** The council page of a dossier. */
export const councilPath = (slug: string, dossierId: string): string => `/o/${encodeURIComponent(slug)}/dossiers/${encodeURIComponent(dossierId)}/council`;

/** Outcomes a finding may have that the council may want to talk about. */
const OPEN_OUTCOMES: readonly Outcome[] = ['partial', 'fail', 'unknown'];

/** The latest assessment's checks that are not passing: the findings one may comment on. */
export function openFindings(d: CouncilData): { id: string; title: string; outcome: Outcome }[] {
  return (d.assessment?.result.checks ?? []).filter((c) => OPEN_OUTCOMES.includes(c.outcome)).map((c) => ({ id: c.id, title: c.title, outcome: c.outcome }));
}

function statusSection(d: CouncilData, base: string) {
  const { lang, dossier } = d;
  const at = ROAD.indexOf(dossier.status);
  const next = nextStep(dossier.status);
  // The review date is a task once the college decided; before that it is part of the plan.
  const task = REVIEWED.includes(dossier.status);
  let review: { text: string; warn: boolean };
  if (d.reviewDate === null) review = { text: label(lang, 'councilReviewNone'), warn: false };
  else if (task && d.reviewDate === d.today) review = { text: label(lang, 'councilReviewDue'), warn: true };
  else if (task && d.reviewDate < d.today) review = { text: label(lang, 'councilReviewOverdue', { date: formatDate(d.reviewDate, lang) }), warn: true };
  else review = { text: label(lang, 'councilReviewDate', { date: formatDate(d.reviewDate, lang) }), warn: false };
  return {
    now: label(lang, 'councilStatusNow', { status: label(lang, `councilStatusLabel${dossier.status}`) }),
    steps: ROAD.map((s, i) => ({
      label: label(lang, `councilStatusLabel${s}`),
      done: at >= 0 && i < at,
      current: i === at,
      state: at >= 0 && i < at ? label(lang, 'councilStepDone') : i === at ? label(lang, 'councilStepCurrent') : '',
    })),
    next: next ? label(lang, `councilNext${next.act}`) : label(lang, 'councilNextNone'),
    buttons: buttonsFor(dossier.status, d.role).map((act) => ({ action: `${base}/${act}?lang=${lang}`, label: label(lang, `councilButton${act}`) })),
    review,
  };
}

function commentsSection(d: CouncilData, base: string, state: FormState | undefined) {
  const { lang } = d;
  const findings = openFindings(d);
  const titleOf = (id: string): string => d.assessment?.result.checks.find((c) => c.id === id)?.title ?? id;
  const items = d.comments.map((c) => ({
    about: c.checkId === null ? label(lang, 'councilCommentOnWhole') : label(lang, 'councilCommentOnFinding', { check: c.checkId, title: titleOf(c.checkId) }),
    by: label(lang, 'councilCommentBy', { name: c.authorName, date: dayOf(c.createdAt, lang) }),
    text: c.text,
  }));
  if (!mayDo('comment', d.dossier.status, d.role)) return { items, form: null };
  const f = new Fields(lang, 'comment', state);
  const about = f.value('commentAbout');
  return {
    items,
    form: {
      action: `${base}/comments?lang=${lang}`,
      assessmentId: d.assessment?.id ?? '',
      about: { ...f.field('commentAbout', 'councilCommentAbout', { hint: 'councilCommentAboutHint' }) },
      choices: [
        { value: '', label: label(lang, 'councilCommentAboutWhole'), selected: about === '' },
        ...findings.map((x) => ({ value: x.id, label: `${x.id}: ${x.title} (${label(lang, `councilOutcome${x.outcome}`)})`, selected: about === x.id })),
      ],
      text: f.field('commentText', 'councilCommentText'),
    },
  };
}

function participationSection(d: CouncilData, base: string, state: FormState | undefined) {
  const { lang } = d;
  const items = d.participation.map((p) => ({
    text: p.text,
    meta: label(lang, 'councilPartMeta', {
      count: p.participants,
      date: formatDate(p.heldOn, lang),
      expenses: label(lang, `councilExpenses${p.expensesPaid}`),
    }),
    by: label(lang, p.onBehalf ? 'councilPartByOnBehalf' : 'councilPartBy', { name: p.recordedByName }),
  }));
  if (!mayDo('participate', d.dossier.status, d.role)) return { items, form: null };
  const f = new Fields(lang, 'participation', state);
  const expenses = f.value('partExpenses');
  return {
    items,
    form: {
      action: `${base}/participation?lang=${lang}`,
      onBehalf: d.role !== 'participant',
      text: f.field('partText', 'councilPartText', { hint: 'councilPartTextHint' }),
      count: f.field('partCount', 'councilPartCount', { hint: 'councilPartCountHint' }),
      heldOn: f.field('partHeldOn', 'councilPartHeldOn', { value: d.today }),
      today: d.today,
      expenses: {
        ...f.field('partExpenses', 'councilPartExpenses', { hint: 'councilPartExpensesHint' }),
        options: (['yes', 'no', 'unknown'] as const).map((v) => ({
          value: v,
          id: `partExpenses-${v}`,
          label: label(lang, `councilExpenses${v}`),
          checked: expenses === v,
        })),
      },
    },
  };
}

/** The whole page's model; `notice` after a form that went through, `problem` when an act was refused. */
export function councilModel(d: CouncilData, o: { state?: FormState; notice?: string; problem?: string } = {}): Record<string, unknown> {
  const base = councilPath(d.org.slug, d.dossier.id);
  return {
    kicker: label(d.lang, 'councilKicker'),
    dossierHref: `/o/${encodeURIComponent(d.org.slug)}/dossiers/${encodeURIComponent(d.dossier.id)}?lang=${d.lang}`,
    csrf: d.csrfToken,
    notice: o.notice,
    problem: o.problem,
    summary: errorSummary(d.lang, o.state),
    status: statusSection(d, base),
    comments: commentsSection(d, base, o.state),
    participation: participationSection(d, base, o.state),
    advice: adviceSection(d, base, o.state),
    answer: answerSection(d, o.state, base),
    feedback: feedbackSection(d, o.state, base),
  };
}
