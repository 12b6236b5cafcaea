// View model of the short report for the college: the questions and the top ten steps, with long texts
// and lists cut to the page budget (at most six A4 pages with the cover, the summary and the council's
// part; test/report-short.test.ts measures every example). What is cut is named ("… and N more in the
// full report"), never silently dropped.
import { clip, type CouncilLimits, type TextLimit } from './model-council.js';
import { fmt, type Labels } from './locales.js';
import { planGroups, type PlanGroup, type QuestionView, type StepView } from './model-steps.js';

/**
 * The page budget of the short report, as list lengths and text lengths. Layout limits like the
 * summary's (model-steps.ts), not policy: the steps are the "top ten".
 */
export const SHORT_LIMITS = {
  steps: 10,
  stepText: { chars: 220, lines: 3 },
  /** The title of the check a step fixes, under the step. */
  stepCheck: { chars: 90, lines: 1 },
  questions: 8,
  questionText: { chars: 200, lines: 3 },
  council: {
    entries: 1,
    groupText: { chars: 500, lines: 6 },
    conclusion: { chars: 600, lines: 6 },
    recommendations: 5,
    recommendation: { chars: 160, lines: 2 },
    decision: { chars: 300, lines: 4 },
    answers: 5,
    answerRecommendation: { chars: 100, lines: 1 },
    reason: { chars: 140, lines: 2 },
    name: { chars: 50, lines: 1 },
  } satisfies CouncilLimits,
} as const satisfies { steps: number; stepText: TextLimit; stepCheck: TextLimit; questions: number; questionText: TextLimit; council: CouncilLimits };

export interface ShortView {
  /** Proposal: the first ten steps of the improvement path. */
  steps: StepView[];
  /** Audit: the first ten actions of the action plan, in its groups (quick wins first). */
  plan: PlanGroup[];
  stepsMore: string | null;
  questions: QuestionView[];
  questionsMore: string | null;
}

function more(total: number, shown: number, l: Labels): string | null {
  return total > shown ? fmt(l, 'moreInFull', { n: total - shown }) : null;
}

export function shortView(steps: StepView[], unknowns: QuestionView[], isAudit: boolean, l: Labels): ShortView {
  const max = SHORT_LIMITS.steps;
  // A step in the short report: its first sentence (the full text is in the full report), clipped. An
  // audit's open step shows only what to find out first, as its action plan starts it.
  const brief = (s: StepView): StepView => {
    const ask = isAudit && s.ask !== null ? clip(s.ask, SHORT_LIMITS.stepText) : null;
    return { ...s, ask, fix: ask === null ? clip(s.fixShort, SHORT_LIMITS.stepText) : '', title: clip(s.title, SHORT_LIMITS.stepCheck) };
  };
  // An audit: the ten steps the path ranks highest, grouped as the action plan groups them (quick wins first).
  const top = steps.slice(0, max).map(brief);
  const plan = isAudit ? planGroups(top, l) : [];
  const questions = unknowns.slice(0, SHORT_LIMITS.questions).map((q) => ({ ...q, question: clip(q.question, SHORT_LIMITS.questionText) }));
  return {
    steps: isAudit ? [] : top,
    plan,
    stepsMore: more(steps.length, max, l),
    questions,
    questionsMore: more(unknowns.length, questions.length, l),
  };
}
