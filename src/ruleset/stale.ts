// Staleness of dated parameters: which ones have probably had a newer value since the pack was written.
import type { ParameterDefinition, StaleParameter } from '../types.js';

/**
 * Months of grace on top of a parameter's usual interval before it counts as stale: a new leefloon
 * amount or EU-SILC threshold is usually published in the month it applies or a month or two later,
 * and then still has to reach a release of the pack. Without it every indexation would warn at once.
 */
export const GRACE_MONTHS = 2;

/** `date` (YYYY-MM-DD) plus `months`, the day clamped to the end of the target month. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const pad = (n: number, w: number): string => String(n).padStart(w, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(Math.min(d, last), 2)}`;
}

/**
 * Parameters with an `updateEvery` whose last value is older than `referenceDate` by more than that
 * interval plus GRACE_MONTHS, sorted by id. A parameter with a value dated after `referenceDate` is
 * never stale at that date: the pack already knows what followed. Constants and this pack's own
 * defaults have no `updateEvery` and are never listed.
 */
export function staleParameters(parameters: Map<string, ParameterDefinition>, referenceDate: string): StaleParameter[] {
  const out: StaleParameter[] = [];
  for (const [id, def] of parameters) {
    if (def.updateEvery === undefined || def.values.length === 0) continue;
    const last = def.values.reduce((a, v) => (v.validFrom > a ? v.validFrom : a), def.values[0]?.validFrom ?? '');
    if (referenceDate > addMonths(last, def.updateEvery + GRACE_MONTHS)) {
      out.push({ id, lastValidFrom: last, updateEvery: def.updateEvery });
    }
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}
