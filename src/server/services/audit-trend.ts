// A service's audits over time, from their stored results alone (nothing is scored again): the scores per
// dimension across the audits, the barriers that went away, came or stayed between the last two audits,
// and what became of the barrier of each action. Pure functions.
import { knownWrong } from '../../engine/case-texts.js';
import type { Assessment, Light, LightRange, Outcome } from '../../types.js';

/** One audit: its number (the version) and its stored result, worded in the language to show. */
export interface AuditResult {
  number: number;
  result: Assessment;
}

export interface TrendPoint {
  number: number;
  /** The audit's reference date (YYYY-MM-DD). */
  date: string;
  /** Null where the dimension did not apply (or did not exist) at that audit. */
  score: { low: number; high: number } | null;
  light: Light;
  lights: LightRange;
}

export interface TrendSeries {
  /** A dimension's id, or OVERALL for the overall score. */
  id: string;
  code: string;
  title: string;
  /** One point per audit, in the order of the audits. */
  points: TrendPoint[];
}

export const OVERALL = 'overall';

const NOT_APPLICABLE: LightRange = { low: 'not-applicable', high: 'not-applicable' };

/**
 * The overall score, then every dimension that applied at one audit at least (in the order of the latest
 * audit's dimensions), each with a point per audit.
 */
export function trendSeries(audits: readonly AuditResult[], overallTitle: string): TrendSeries[] {
  const ordered = [...audits].sort((a, b) => a.number - b.number);
  const overall: TrendSeries = {
    id: OVERALL,
    code: '',
    title: overallTitle,
    points: ordered.map(({ number, result: r }) => ({
      number,
      date: r.referenceDate,
      score: r.score.overall && { low: r.score.overall.low, high: r.score.overall.high },
      light: r.score.light,
      lights: r.score.lights,
    })),
  };
  const latest = ordered[ordered.length - 1]?.result;
  const ids = new Set<string>();
  // The latest audit's order first; a dimension only an earlier audit had comes after.
  for (const a of [...ordered].reverse()) for (const d of a.result.dimensions) if (d.applicable && d.score !== null) ids.add(d.id);
  const rank = new Map((latest?.dimensions ?? []).map((d, i) => [d.id, i]));
  const dims = [...ids].sort((x, y) => (rank.get(x) ?? Infinity) - (rank.get(y) ?? Infinity));
  const series = dims.map((id): TrendSeries => {
    const named = [...ordered].reverse().find((a) => a.result.dimensions.some((d) => d.id === id));
    const def = named?.result.dimensions.find((d) => d.id === id);
    return {
      id,
      code: def?.code ?? id,
      title: def?.title ?? id,
      points: ordered.map(({ number, result: r }) => {
        const d = r.dimensions.find((x) => x.id === id);
        const applies = d !== undefined && d.applicable && d.score !== null;
        return {
          number,
          date: r.referenceDate,
          score: applies && d.score ? { low: d.score.low, high: d.score.high } : null,
          light: applies ? d.light : 'not-applicable',
          lights: applies ? d.lights : NOT_APPLICABLE,
        };
      }),
    };
  });
  return [overall, ...series];
}

/** A barrier: a check known not to be met (failed or partly met), as the action plan lists them. */
export interface Barrier {
  checkId: string;
  title: string;
  dimension: string;
  knockout: boolean;
  possible: Outcome[];
}

export function barriersOf(a: Assessment): Barrier[] {
  return a.checks
    .filter((c) => knownWrong(c))
    .map((c) => ({ checkId: c.id, title: c.title, dimension: c.dimension, knockout: c.knockout, possible: c.possible }));
}

/** What became of a barrier at a later audit. */
export type BarrierFate = 'gone' | 'remaining' | 'unclear';

/**
 * Gone: the check is met (or no longer applies, or is no longer part of the rules); remaining: still
 * known not to be met; unclear: its answer is open again, so whether it went away is not known.
 */
export function fateAt(later: Assessment, checkId: string): BarrierFate {
  const c = later.checks.find((x) => x.id === checkId);
  if (!c || c.possible.every((o) => o === 'pass' || o === 'not-applicable')) return 'gone';
  return knownWrong(c) ? 'remaining' : 'unclear';
}

export interface BarrierChanges {
  gone: Barrier[];
  /** Barriers of the latest audit that the one before did not have. */
  added: Barrier[];
  remaining: Barrier[];
  unclear: Barrier[];
}

/** The barriers of `previous` sorted by their fate at `latest`, and the new barriers of `latest`, each in check order. */
export function barrierChanges(previous: Assessment, latest: Assessment): BarrierChanges {
  const before = barriersOf(previous);
  const now = barriersOf(latest);
  const nowById = new Map(now.map((b) => [b.checkId, b]));
  const out: BarrierChanges = { gone: [], added: [], remaining: [], unclear: [] };
  for (const b of before) {
    const fate = fateAt(latest, b.checkId);
    // Titles as the latest audit words them where it has the check (texts may follow the case).
    const current = latest.checks.find((c) => c.id === b.checkId);
    const shown = current ? { ...b, title: current.title } : b;
    out[fate].push(fate === 'remaining' ? (nowById.get(b.checkId) ?? shown) : shown);
  }
  const had = new Set(before.map((b) => b.checkId));
  out.added = now.filter((b) => !had.has(b.checkId));
  return out;
}

/** What an action's audit found, and what became of its barrier at the latest audit after it; null before any later audit. */
export function actionFate(action: { checkId: string; versionNumber: number }, audits: readonly AuditResult[]): { number: number; fate: BarrierFate } | null {
  const later = audits.filter((a) => a.number > action.versionNumber).sort((a, b) => b.number - a.number)[0];
  return later ? { number: later.number, fate: fateAt(later.result, action.checkId) } : null;
}
