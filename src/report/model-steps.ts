// View models of the improvement path or action plan, and of the open questions, for the report.
import { formatScoreRange, t } from '../i18n.js';
import { verdictTitle } from '../output/words.js';
import type { Assessment, Lang, Ruleset, UnknownItem } from '../types.js';
import { formatDelta } from './format.js';
import { fmt, type Labels } from './locales.js';
import { outcomeRangeText } from './model-checks.js';

export type Effort = 'quick' | 'structural';

export interface StepView {
  rank: number;
  id: string;
  title: string;
  dimension: string;
  outcomeText: string;
  fix: string;
  fixShort: string;
  gainText: string;
  scoreAfterText: string;
  verdictAfterText: string | null;
  knockout: boolean;
  /** Quick win or structural work (action plan of an audit). */
  effort: Effort;
  /** For an unknown check: the question to settle first. */
  ask: string | null;
}
/** One group of an audit's action plan, numbered through the whole plan. */
export interface PlanGroup {
  effort: Effort;
  title: string;
  intro: string;
  caption: string;
  steps: StepView[];
}
export interface QuestionView {
  id: string;
  dimension: string;
  title: string;
  question: string;
  possibleText: string;
  movesText: string | null;
  movesShort: string | null;
  swingText: string;
  knockout: boolean;
}
/** The summary must fit one A4 page: at most five recommendations, and those beyond the third only while their texts stay within this length. */
const SUMMARY_RECS_MAX = 5;
const SUMMARY_RECS_MIN = 3;
const SUMMARY_RECS_CHARS = 520;

/**
 * The top recommendations for the one-page summary; the full, ranked list follows in the improvement path.
 * When the verdict names its decisive questions, they take the room of the recommendations past the third.
 */
export function summaryRecs(steps: StepView[], withQuestions: boolean): StepView[] {
  const out: StepView[] = [];
  let chars = 0;
  const [max, min, budget] = withQuestions ? [SUMMARY_RECS_MIN, 2, SUMMARY_RECS_CHARS / 2] : [SUMMARY_RECS_MAX, SUMMARY_RECS_MIN, SUMMARY_RECS_CHARS];
  for (const s of steps.slice(0, max)) {
    chars += s.fixShort.length;
    if (out.length >= min && chars > budget) break;
    out.push(s);
  }
  return out;
}
const ABBREVIATION = /(?:^|\s|\()(?:bv|bijv|o\.a|nl|e\.g|i\.e|p\.ex|cf|min|max|nr|art)\.$/i;

/** The first sentence of a text (for the one-page summary), not cut after an abbreviation such as "bv.". */
export function firstSentence(text: string): string {
  const parts = text.split(/(?<=[.!?])\s+(?=[A-ZÀ-Ý])/);
  let out = parts[0] ?? '';
  for (let i = 1; i < parts.length && (out.length < 40 || ABBREVIATION.test(out)); i++) out += ' ' + parts[i];
  return out;
}

export function stepViews(a: Assessment, rs: Ruleset, l: Labels, lang: Lang, dimTitle: (id: string) => string): StepView[] {
  const byId = new Map(a.checks.map((c) => [c.id, c]));
  // The step carries its effort once the scoring copies it; until then, and for older assessments, the check definition has it.
  const effortOf = new Map(rs.checks.map((c) => [c.id, c.effort]));
  return a.improvementPath.map((s, i) => {
    const check = byId.get(s.checkId);
    const fix = s.fix;
    return {
      rank: i + 1,
      id: s.checkId,
      title: s.title,
      dimension: dimTitle(s.dimension),
      outcomeText: outcomeRangeText(s.possible, l),
      fix,
      fixShort: firstSentence(fix),
      gainText: fmt(l, 'gainPoints', { gain: formatDelta(s.gain, lang) }),
      scoreAfterText: formatScoreRange(s.scoreAfter, lang),
      verdictAfterText: s.changesVerdict && a.kind === 'proposal' ? fmt(l, 'changesVerdictTo', { verdict: verdictTitle(s.verdictAfter, lang) }) : null,
      knockout: s.knockout,
      // Without an effort a step counts as structural: it is no quick win unless the check says so.
      effort: s.effort ?? effortOf.get(s.checkId) ?? 'structural',
      ask: s.outcome === 'unknown' && check ? check.ask : null,
    };
  });
}

export function questionView(u: UnknownItem, l: Labels, lang: Lang, dimTitle: (id: string) => string): QuestionView {
  const moves = [
    u.ifBad ? t(lang, 'questionIfBad', { verdict: verdictTitle(u.ifBad, lang) }) : null,
    u.ifGood ? t(lang, 'questionIfGood', { verdict: verdictTitle(u.ifGood, lang) }) : null,
  ].filter((m): m is string => m !== null);
  return {
    id: u.checkId,
    dimension: dimTitle(u.dimension),
    title: u.title,
    question: u.question,
    possibleText: outcomeRangeText(u.possible, l),
    movesText: moves.length > 0 ? moves.join('; ') : null,
    // The summary's short form: ↓ the best verdict left after a bad answer, ↑ the worst after a good one.
    movesShort:
      u.ifBad || u.ifGood
        ? [u.ifBad ? `↓ ${verdictTitle(u.ifBad, lang)}` : '', u.ifGood ? `↑ ${verdictTitle(u.ifGood, lang)}` : ''].filter(Boolean).join(' ')
        : null,
    swingText: fmt(l, 'swingPoints', { n: formatScoreRange({ low: u.swing, high: u.swing }, lang) }),
    knockout: u.knockout,
  };
}

const EFFORTS: readonly Effort[] = ['quick', 'structural'];
const EFFORT_KEY = { quick: 'Quick', structural: 'Structural' } as const satisfies Record<Effort, string>;

/** The audit's action plan: quick wins, then structural work, each in the order of the path, numbered through the plan. */
export function planGroups(steps: StepView[], l: Labels): PlanGroup[] {
  let rank = 0;
  return EFFORTS.map((effort) => ({
    effort,
    title: l[`plan${EFFORT_KEY[effort]}Title`] as string,
    intro: l[`plan${EFFORT_KEY[effort]}Intro`] as string,
    caption: l[`plan${EFFORT_KEY[effort]}Caption`] as string,
    steps: steps.filter((s) => s.effort === effort).map((s) => ({ ...s, rank: ++rank })),
  })).filter((g) => g.steps.length > 0);
}
