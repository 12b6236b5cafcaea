// View model of the council's part of a dossier: the participation group's input, the signed advice and
// the college's answer. The full report shows every word as recorded; the short report clips long texts
// and lists (CouncilLimits) so that it keeps to its page budget, and says where the rest is.
import type { Assessment, Lang } from '../types.js';
import type { AnswerResponse, CouncilRecord, ParticipationInput } from './council.js';
import { formatDate } from './format.js';
import { fmt, type Labels } from './locales.js';

/** The longest text kept: at most `chars` characters on at most `lines` lines. */
export interface TextLimit {
  chars: number;
  lines: number;
}

/** How much of the council's record the short report shows; the full report shows all of it (no limits). */
export interface CouncilLimits {
  entries: number;
  groupText: TextLimit;
  conclusion: TextLimit;
  recommendations: number;
  recommendation: TextLimit;
  decision: TextLimit;
  answers: number;
  answerRecommendation: TextLimit;
  reason: TextLimit;
  name: TextLimit;
}

/**
 * A text trimmed, and with limits cut to them at a word boundary with " …" added. Characters are counted
 * as code points, so a cut never splits a surrogate pair. Line breaks are kept (the templates show them).
 */
export function clip(text: string, limit: TextLimit | null): string {
  const whole = text.trim();
  if (limit === null) return whole;
  let out = whole.split(/\r?\n/).slice(0, limit.lines).join('\n');
  const chars = [...out];
  if (chars.length > limit.chars) {
    const cut = chars.slice(0, limit.chars).join('');
    const space = cut.search(/\s\S*$/);
    out = space > limit.chars * 0.6 ? cut.slice(0, space) : cut;
  }
  out = out.trimEnd();
  return out === whole ? whole : `${out} …`;
}

export interface GroupInputView {
  heading: string;
  text: string;
  facts: string[];
  recorded: string;
}
export interface RecommendationView {
  n: number;
  text: string;
  fromPath: boolean;
  originText: string;
}
export interface AdviceView {
  title: string;
  conclusion: string;
  recommendations: RecommendationView[];
  recommendationsMore: string | null;
  signedText: string;
}
export interface AnswerView {
  decision: string;
  decidedText: string;
  /** "Verbeterd op … door …" when the answer was corrected; null otherwise. */
  correctedText: string | null;
  countsText: string;
  items: { recommendation: string; response: AnswerResponse; responseText: string; reason: string }[];
  itemsMore: string | null;
}
export interface CouncilView {
  /** The participation group's input, in the order of the meetings. */
  groupInputs: GroupInputView[];
  groupInputsMore: string | null;
  advice: AdviceView | null;
  answer: AnswerView | null;
  /** The answer's heading is shown once there is an advice to answer (with "no answer yet" until there is one). */
  showAnswer: boolean;
}

const RESPONSE_KEY = { followed: 'responseFollowed', partly: 'responsePartly', 'not-followed': 'responseNotFollowed' } as const satisfies Record<
  AnswerResponse,
  string
>;
const EXPENSES_KEY = { yes: 'expensesYes', no: 'expensesNo', unknown: 'expensesUnknown' } as const;

/** `items` cut to `max` (no limit when null), with the "… and N more in the full report" line. */
function firstOf<T>(items: readonly T[], max: number | null, l: Labels): { items: T[]; more: string | null } {
  if (max === null || items.length <= max) return { items: [...items], more: null };
  return { items: items.slice(0, max), more: fmt(l, 'moreInFull', { n: items.length - max }) };
}

/**
 * The council's part as the report shows it, or null when there is nothing to show yet (no input, no
 * advice, no answer). `limits` is null for the full report.
 */
export function councilView(record: CouncilRecord, a: Assessment, l: Labels, lang: Lang, limits: CouncilLimits | null): CouncilView | null {
  if (record.participation.length === 0 && !record.advice && !record.answer) return null;
  const text = (s: string, limit: TextLimit | undefined): string => clip(s, limit ?? null);
  const date = (iso: string): string => formatDate(iso, lang);
  const titles = new Map(a.checks.map((c) => [c.id, c.title]));

  const byDate = [...record.participation].sort((x, y) => x.heldOn.localeCompare(y.heldOn));
  const inputs = firstOf(byDate, limits?.entries ?? null, l);
  const groupInput = (p: ParticipationInput): GroupInputView => ({
    heading: fmt(l, 'groupInputMeeting', { date: date(p.heldOn) }),
    text: text(p.text, limits?.groupText),
    facts: [fmt(l, p.participants === 1 ? 'participantsOne' : 'participantsMany', { n: p.participants }), l[EXPENSES_KEY[p.expensesPaid]]],
    recorded: fmt(l, p.onBehalf ? 'recordedOnBehalf' : 'recordedByMember', { name: text(p.recordedBy, limits?.name) }),
  });

  let advice: AdviceView | null = null;
  if (record.advice) {
    const ad = record.advice;
    const recs = firstOf(ad.recommendations, limits?.recommendations ?? null, l);
    advice = {
      title: fmt(l, 'adviceNumber', { n: ad.number }),
      conclusion: text(ad.conclusion, limits?.conclusion),
      recommendations: recs.items.map((r, i) => ({
        n: i + 1,
        text: text(r.text, limits?.recommendation),
        fromPath: r.checkId !== undefined,
        originText: r.checkId !== undefined ? fmt(l, 'recFromPath', { check: [r.checkId, titles.get(r.checkId)].filter(Boolean).join(' ') }) : l.recOwn,
      })),
      recommendationsMore: recs.more,
      signedText: fmt(l, 'adviceSigned', { name: text(ad.signedBy.name, limits?.name), role: text(ad.signedBy.role, limits?.name), date: date(ad.signedOn) }),
    };
  }

  let answer: AnswerView | null = null;
  if (record.answer) {
    const an = record.answer;
    const items = firstOf(an.items, limits?.answers ?? null, l);
    const count = (r: AnswerResponse): number => an.items.filter((x) => x.response === r).length;
    answer = {
      decision: text(an.decision, limits?.decision),
      decidedText: fmt(l, 'answerDecided', { date: date(an.decidedOn), name: text(an.recordedBy, limits?.name) }),
      correctedText: an.corrected ? fmt(l, 'answerCorrected', { date: date(an.corrected.on), name: text(an.corrected.by, limits?.name) }) : null,
      countsText: fmt(l, 'answerCounts', { followed: count('followed'), partly: count('partly'), notFollowed: count('not-followed') }),
      items: items.items.map((x) => ({
        recommendation: text(x.recommendation, limits?.answerRecommendation),
        response: x.response,
        responseText: l[RESPONSE_KEY[x.response]],
        reason: text(x.reason, limits?.reason),
      })),
      itemsMore: items.more,
    };
  }
  return { groupInputs: inputs.items.map(groupInput), groupInputsMore: inputs.more, advice, answer, showAnswer: advice !== null || answer !== null };
}
