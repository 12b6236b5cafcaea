// Participation facts: timing against the college decision, quality conditions PA1–PA8, evidence per level.
import type { Facts } from '../../types.js';
import type { FactInput } from './types.js';
import { and3, answer, at, list, num, obj, or3, str } from './read.js';

const FORM_LEVEL: Record<string, number> = {
  information: 1,
  consultation: 2,
  advice: 3,
  'co-production': 4,
  'co-decision': 5,
  'self-management': 6,
};

/** Was there contact while the proposal could still change? null when the dates do not tell. */
function timing(moments: Record<string, unknown>[], decisionDate: string | null, couldChange: boolean | null): {
  inTime: boolean | null;
  tokenism: boolean | null;
} {
  if (moments.length === 0) return { inTime: false, tokenism: false };
  if (couldChange === false) return { inTime: false, tokenism: true };
  const dates = moments.map((m) => str(m['date']));
  if (decisionDate && dates.every((d) => d !== null)) {
    const before = dates.some((d) => (d as string) < decisionDate);
    return { inTime: before, tokenism: !before };
  }
  if (decisionDate && dates.some((d) => d !== null && d < decisionDate)) return { inTime: true, tokenism: false };
  if (couldChange === true) return { inTime: true, tokenism: false };
  return { inTime: null, tokenism: null };
}

/**
 * Evidence per ladder level, cumulative: evidence of a higher level also supports the lower ones
 * (a co-written text is more than written advice, so it does not also need the advice letter).
 */
function evidenceFacts(consulted: boolean, evidence: Record<string, unknown>): Facts {
  const own = [
    consulted,
    and3(answer(evidence['writtenAdvice']), answer(evidence['answerPerAdvicePoint'])),
    or3(answer(evidence['jointWorkingGroup']), answer(evidence['coWrittenText'])),
    answer(evidence['delegatedDecision']),
    answer(evidence['runByPeopleInPoverty']),
  ];
  const facts: Facts = {};
  own.forEach((_, i) => (facts[`participation.evidence.level${i + 2}`] = or3(...own.slice(i))));
  return facts;
}

export function participationFacts(input: FactInput): Facts {
  const p = obj(at(input, 'participation'));
  const moments = list(p['moments']).map(obj);
  const support = obj(p['support']);
  const evidence = obj(p['evidence']);
  const timed = timing(moments, str(p['decisionDate']), answer(p['proposalCouldChange']));

  const collective = moments.length === 0 ? false : or3(...moments.map((m) => answer(m['collective'])));
  const supportAnswers = [answer(support['expensesPaid']), answer(support['transportOrChildcare']), answer(support['safeSetting'])];
  const yes = supportAnswers.filter((a) => a === true).length;
  const supportLevel =
    yes === 3 ? 'full' : yes > 0 ? 'some' : supportAnswers.every((a) => a === false) ? 'none' : moments.length === 0 ? 'none' : null;
  const consulted = moments.some(
    (m) => (FORM_LEVEL[String(m['form'])] ?? 0) >= 2 && str(m['who']) !== null && str(m['summary']) !== null,
  );
  const highestForm = moments.reduce((max, m) => Math.max(max, FORM_LEVEL[String(m['form'])] ?? 0), 0);
  // Informing people after a decision is ordinary; tokenism is a consultation (or more) claimed
  // or held when nothing could change any more.
  const asksInput = Math.max(highestForm, num(p['claimedLevel']) ?? 0) >= 2;
  const tokenism = asksInput ? timed.tokenism : false;

  // Nobody took part (no moment, no claim): an unanswered quality condition is not met rather than
  // unknown. An explicit "unknown" keeps its meaning: the user does not know what happened.
  const none = moments.length === 0 && (num(p['claimedLevel']) ?? 0) === 0;
  const quality = (v: unknown): boolean | null => answer(v) ?? (none && v === undefined ? false : null);

  return {
    'participation.claimedLevel': num(p['claimedLevel']) ?? 0,
    'participation.momentCount': moments.length,
    'participation.highestForm': highestForm,
    'participation.inTime': timed.inTime,
    'participation.tokenism': tokenism,
    'participation.collective': collective,
    'participation.criticalVoices': quality(p['criticalVoicesSought']),
    'participation.preparation': quality(p['preparationTime']),
    'participation.knowledgeCrossed': quality(p['knowledgeCrossed']),
    'participation.support': supportLevel,
    'participation.writtenFeedback': quality(p['writtenFeedback']),
    'participation.expertByExperience': quality(p['expertByExperience']),
    ...evidenceFacts(consulted, evidence),
  };
}
