// Monitoring facts: indicators and baseline, months until the review, feedback, publication (MO1–MO4).
import type { Facts, FactContext } from '../../types.js';
import type { FactInput } from './types.js';
import { answer, at, num, obj, round4, str } from './read.js';

/** Average month length, so that a day-level difference reads as a fraction of a month. */
const DAYS_PER_MONTH = 365.25 / 12;

function parseDate(s: string | null): { y: number; m: number; d: number } | null {
  const match = s === null ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  return match ? { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) } : null;
}

/** Calendar months from start to end (same day next year = 12), with leftover days as a fraction; null if end < start. */
export function monthsBetween(start: string | null, end: string | null): number | null {
  const a = parseDate(start);
  const b = parseDate(end);
  if (!a || !b) return null;
  const months = (b.y - a.y) * 12 + (b.m - a.m) + (b.d - a.d) / DAYS_PER_MONTH;
  return months < 0 ? null : round4(months);
}

export function monitoringFacts(input: FactInput, _ctx: FactContext): Facts {
  const m = obj(at(input, 'monitoring'));
  const rawIndicators = m['indicators'];
  const chosen = Array.isArray(rawIndicators) ? rawIndicators.map(String) : [];
  const indicators = chosen.filter((i) => i !== 'none');
  // The start falls back to the date the proposal takes effect; dates are compared here, never in rules.
  const start = str(m['startDate']) ?? str(at(input, 'meta.referenceDate'));
  const months = num(m['monthsUntilReview']) ?? monthsBetween(start, str(m['reviewDate']));
  return {
    'monitoring.indicators': chosen.length > 0 ? indicators : null,
    // An empty list is an unanswered field; only an explicit 'none' says there are no indicators.
    'monitoring.indicatorsDefined': indicators.length > 0 ? true : chosen.includes('none') ? false : null,
    'monitoring.baseline': answer(m['baselineMeasured']),
    // A review date or a number of months implies a planned review.
    'monitoring.reviewPlanned': answer(m['reviewPlanned']) ?? (months !== null ? true : null),
    'monitoring.monthsToReview': months,
    'monitoring.resultsFedBack': answer(m['resultsFedBack']),
    'monitoring.published': answer(m['published']),
    'monitoring.attachedToDecision': answer(m['attachedToDecision']),
  };
}
