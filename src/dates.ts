// "Today" as a calendar date in a time zone: the date Belgian users live in, not the UTC date.
import { ArmoedetoetsError } from './errors.js';
import { t } from './i18n.js';
import type { Lang } from './types.js';

/**
 * The time zone whose date is "today" when no reference date is given. Belgium is one hour ahead of
 * UTC in winter and two in summer: with the UTC date, the previous day's parameters would apply for
 * the first hours of every day.
 */
export const DEFAULT_TIME_ZONE = 'Europe/Brussels';

// One formatter per time zone: building one costs far more than using it. Few zones are ever used.
const formats = new Map<string, Intl.DateTimeFormat>();
const MAX_FORMATS = 16;

function formatFor(timeZone: string, lang: Lang, field: string): Intl.DateTimeFormat {
  let f = formats.get(timeZone);
  if (f) return f;
  try {
    if (typeof timeZone !== 'string' || timeZone === '') throw new RangeError('no time zone');
    f = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', calendar: 'gregory', numberingSystem: 'latn' });
  } catch (e) {
    const message = t(lang, 'timeZoneInvalid', { zone: String(timeZone) });
    throw new ArmoedetoetsError('INPUT_INVALID', t(lang, 'inputInvalid', { count: 1 }), { issues: [{ path: field, message }], data: { timeZone }, cause: e });
  }
  if (formats.size >= MAX_FORMATS) formats.clear();
  formats.set(timeZone, f);
  return f;
}

/** Throws INPUT_INVALID naming `field` when `timeZone` is not an IANA time zone name that this runtime knows. */
export function checkTimeZone(timeZone: string, lang: Lang = 'nl', field = 'timeZone'): void {
  formatFor(timeZone, lang, field);
}

/**
 * The calendar date (YYYY-MM-DD) at the instant `now` in `timeZone` (an IANA name such as
 * Europe/Brussels). Pure: the caller reads the clock. An unknown time zone is an INPUT_INVALID
 * error naming `field` (the option or environment variable it came from).
 */
export function todayIn(timeZone: string, now: Date, lang: Lang = 'nl', field = 'timeZone'): string {
  const f = formatFor(timeZone, lang, field);
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) throw new ArmoedetoetsError('INTERNAL', `todayIn: not a valid instant: ${String(now)}`);
  const parts = Object.fromEntries(f.formatToParts(now).map((p) => [p.type, p.value]));
  return `${String(parts['year']).padStart(4, '0')}-${parts['month']}-${parts['day']}`;
}

/**
 * The date a report is made: `at` as given when it is a date (YYYY-MM-DD), a timestamp's date in
 * `timeZone`, or without `at` the date of `now` there. A text that is neither is returned as it is.
 */
export function calendarDate(at: string | undefined, timeZone: string, now: Date, lang: Lang = 'nl'): string {
  if (at !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(at)) return at;
  const instant = at === undefined ? now : new Date(at);
  return Number.isNaN(instant.getTime()) ? String(at) : todayIn(timeZone, instant, lang);
}
