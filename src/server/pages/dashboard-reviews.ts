// Follow-up: the review date a decided proposal planned (monitoring.reviewDate of its latest version),
// and whether that review is due soon or overdue. Pure.

/** A review counts as coming up this many days ahead (and stays on the dashboard once overdue). */
export const REVIEW_DUE_WITHIN_DAYS = 30;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const DAY_MS = 86_400_000;

/** The planned review date of an input (its stored JSON text), or null when it names none. */
export function reviewDateOf(inputText: string): string | null {
  let input: unknown;
  try {
    input = JSON.parse(inputText);
  } catch {
    return null;
  }
  const monitoring = (input as { monitoring?: { reviewDate?: unknown } } | null)?.monitoring;
  const date = monitoring?.reviewDate;
  return typeof date === 'string' && DATE.test(date) ? date : null;
}

/** Whole days from `today` to `date` (both YYYY-MM-DD): negative when it has passed. */
export function daysUntil(date: string, today: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / DAY_MS);
}

/** 'overdue' before today, 'due' from today up to `within` days ahead, otherwise null. */
export function reviewState(date: string, today: string, within = REVIEW_DUE_WITHIN_DAYS): 'overdue' | 'due' | null {
  const days = daysUntil(date, today);
  if (days < 0) return 'overdue';
  return days <= within ? 'due' : null;
}
