// Participation facts: timing against the decision, who took part, quality conditions PA1–PA8, evidence per level.
import type { FactContext, Facts } from '../../types.js';
import type { FactInput } from './types.js';
import { and3, answer, at, list, not3, num, obj, or3, str } from './read.js';
import { readMoment, type Moment } from './participation/moments.js';

/**
 * Timing counts only the moments that ask for input (consultation or more, `minLevel`): an
 * information e-mail the day before the decision does not make a consultation after it timely.
 * A moment is open while the proposal could change: before the decision by the dates, or, without
 * dates, when the user says it could still change. Tokenism is input asked only when nothing could
 * change any more. Every unknown (form, date, open or not) stays null.
 */
function timing(
  moments: Moment[],
  asks: (m: Moment) => boolean | null,
  decisionDate: string | null,
  couldChange: boolean | null,
): {
  inTime: boolean | null;
  tokenism: boolean | null;
} {
  const open = (m: Moment): boolean | null => {
    if (couldChange === false) return false;
    if (m.date !== null && decisionDate !== null) return m.date < decisionDate;
    return couldChange === true ? true : null;
  };
  const inTime = or3(...moments.map((m) => and3(asks(m), open(m))));
  const late = or3(...moments.map((m) => and3(asks(m), not3(open(m)))));
  return { inTime, tokenism: and3(not3(inTime), late) };
}

/**
 * Did people with lived experience of poverty take part themselves? Judged on the moments that ask
 * for input; when none does, on all moments (the other caps then say that nobody was consulted).
 * No moment at all: nobody took part, so no.
 */
function livedExperience(moments: Moment[], asks: (m: Moment) => boolean | null): boolean | null {
  const asked = moments.filter((m) => asks(m) !== false);
  if (asked.length === 0) return or3(...moments.map((m) => m.lived));
  return or3(...asked.map((m) => and3(asks(m), m.lived)));
}

/**
 * Evidence per ladder level, cumulative: evidence of a higher level also supports the lower ones
 * (a co-written text is more than written advice, so it does not also need the advice letter).
 */
function evidenceFacts(consulted: boolean | null, evidence: Record<string, unknown>): Facts {
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

function supportLevel(support: Record<string, unknown>, nobody: boolean): string | null {
  const answers = [answer(support['expensesPaid']), answer(support['transportOrChildcare']), answer(support['safeSetting'])];
  const yes = answers.filter((a) => a === true).length;
  if (yes === 3) return 'full';
  if (yes > 0) return 'some';
  return answers.every((a) => a === false) || nobody ? 'none' : null;
}

export function participationFacts(input: FactInput, ctx: FactContext): Facts {
  const p = obj(at(input, 'participation'));
  const seats = num(p['councilSeatsParticipationGroup']);
  const moments = list(p['moments']).map((m) => readMoment(obj(m), seats));
  const minLevel = ctx.param('participation.inputMinLevel');
  const asks = (m: Moment): boolean | null => (m.level === null ? null : m.level >= minLevel);
  const timed = timing(moments, asks, str(p['decisionDate']), answer(p['proposalCouldChange']));

  // Nobody took part (the section says so: no moment, no claim): an unanswered quality condition is
  // not met rather than unknown. An explicit "unknown" keeps its meaning. Without moments or a claim
  // nothing is known, not "nobody took part": a thin proposal is not judged on silence.
  const stated = p['moments'] !== undefined || p['claimedLevel'] !== undefined;
  const none = stated && moments.length === 0 && (num(p['claimedLevel']) ?? 0) === 0;
  const ifStated = <T>(v: T): T | null => (stated ? v : null);
  const quality = (v: unknown): boolean | null => answer(v) ?? (none && v === undefined ? false : null);

  return {
    'participation.claimedLevel': num(p['claimedLevel']) ?? ifStated(0),
    'participation.momentCount': moments.length,
    'participation.highestForm': moments.reduce((max, m) => Math.max(max, m.level ?? 0), 0),
    'participation.inTime': ifStated(timed.inTime),
    'participation.tokenism': ifStated(timed.tokenism),
    'participation.livedExperience': ifStated(livedExperience(moments, asks)),
    'participation.collective': ifStated(or3(...moments.map((m) => m.collective))),
    'participation.independentVoice': ifStated(or3(...moments.map((m) => and3(m.collective, m.independent)))),
    'participation.councilSeatsParticipationGroup': seats,
    'participation.criticalVoices': quality(p['criticalVoicesSought']),
    'participation.preparation': quality(p['preparationTime']),
    'participation.knowledgeCrossed': quality(p['knowledgeCrossed']),
    'participation.support': supportLevel(obj(p['support']), none),
    'participation.writtenFeedback': quality(p['writtenFeedback']),
    'participation.expertByExperience': answer(p['expertByExperience']) ?? (moments.some((m) => m.experts) ? true : quality(p['expertByExperience'])),
    ...evidenceFacts(ifStated(or3(...moments.map((m) => and3(asks(m), m.documented)))), obj(p['evidence'])),
  };
}
