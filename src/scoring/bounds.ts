// The verdict at both ends of the range: every open check at its worst, then at its best.
import type { Facts, Outcome, Ruleset, ScoreRange, SubjectKind, VerdictCode } from '../types.js';
import { overallScore, rangeOf, totalsByDimension, type Scorable } from './dimensions.js';
import { claimedLevel, conditionStatus, levelRange, tokenismOf } from './participation.js';
import { verdictCode, type VerdictInputs } from './verdict-code.js';

export interface Bounds {
  overall: ScoreRange | null;
  worst: VerdictInputs;
  best: VerdictInputs;
  range: { low: VerdictCode; high: VerdictCode };
}

/** What the verdict depends on, once for the worst case and once for the best; `override` answers one open check. */
export function bounds(rs: Ruleset, kind: SubjectKind, checks: readonly Scorable[], facts: Facts, override?: { id: string; possible: readonly Outcome[] }): Bounds {
  const s = rs.scoring;
  const totals = totalsByDimension(rs, checks, override);
  const dims = rs.dimensions.map((d) => {
    const t = totals.get(d.id);
    return { weight: d.weight, koSure: t?.koSure ?? 0, koPossible: t?.koPossible ?? 0, ...(t ? rangeOf(s, t) : { score: null, lights: { low: 'not-applicable', high: 'not-applicable' } }) };
  });
  const overall = overallScore(dims);
  const possible = new Map(checks.map((c) => [c.id, override?.id === c.id ? override.possible : c.possible]));
  const tokenism = tokenismOf(rs, facts);
  const level = levelRange(rs, claimedLevel(facts), conditionStatus(possible, facts), tokenism);
  const sum = (f: (d: (typeof dims)[number]) => number): number => dims.reduce((n, d) => n + f(d), 0);
  const worst: VerdictInputs = {
    overall: overall?.low ?? null,
    red: dims.filter((d) => d.lights.low === 'red').length,
    severe: dims.filter((d) => d.score !== null && d.score.low < s.verdict.unfavourable.anyDimensionBelow).length,
    knockoutsFailed: sum((d) => d.koPossible),
    effectiveLevel: level.low,
    tokenism: tokenism !== false,
  };
  const best: VerdictInputs = {
    overall: overall?.high ?? null,
    red: dims.filter((d) => d.lights.high === 'red').length,
    severe: dims.filter((d) => d.score !== null && d.score.high < s.verdict.unfavourable.anyDimensionBelow).length,
    knockoutsFailed: sum((d) => d.koSure),
    effectiveLevel: level.high,
    tokenism: tokenism === true,
  };
  return { overall, worst, best, range: { low: verdictCode(kind, s, worst), high: verdictCode(kind, s, best) } };
}

/** One code for a range: the verdict itself when both ends agree, else "depends on missing information". */
export function codeOfRange(range: { low: VerdictCode; high: VerdictCode }): VerdictCode {
  return range.low === range.high ? range.low : 'undetermined';
}
