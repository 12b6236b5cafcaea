// The first draft of the written feedback to the people who took part (participation check PA7), made
// from the college's answer: what was decided and, per recommendation, what happens and why. Pure: the
// words come from the labels the caller passes (locales/<lang>/council.json), the date already written out.
import type { AnswerResponse } from '../../store/types.js';
import type { PageLabelKey } from '../pages/render.js';

export type Label = (key: PageLabelKey, vars?: Record<string, string | number>) => string;

export interface FeedbackFacts {
  /** The proposal's title. */
  title: string;
  decision: string;
  /** The decision's date, written out in the feedback's language ("10 december 2026"). */
  decidedOn: string;
  items: { recommendation: string; response: AnswerResponse; reason: string }[];
}

const RESPONSE: Record<AnswerResponse, PageLabelKey> = {
  followed: 'councilFbFollowed',
  partly: 'councilFbPartly',
  'not-followed': 'councilFbNotFollowed',
};

/** One recommendation: its text, then what the college does with it and, when given, why. */
function itemText(label: Label, item: FeedbackFacts['items'][number], n: number): string {
  const what = label(RESPONSE[item.response]);
  const reason = item.reason.trim();
  return `${n}. ${item.recommendation.trim()}\n${reason === '' ? what : `${what} ${label('councilFbWhy', { reason })}`}`;
}

/** The draft letter, paragraphs separated by an empty line. */
export function draftFeedback(label: Label, facts: FeedbackFacts): string {
  const paragraphs = [
    label('councilFbGreeting'),
    label('councilFbThanks', { title: facts.title }),
    `${label('councilFbDecided', { date: facts.decidedOn })}\n${facts.decision.trim()}`,
    facts.items.length > 0 ? label('councilFbPerRecommendation') : label('councilFbNoRecommendations'),
    ...facts.items.map((item, i) => itemText(label, item, i + 1)),
    label('councilFbQuestions'),
    `${label('councilFbClosing')}\n${label('councilFbSender')}`,
  ];
  return paragraphs.join('\n\n');
}
