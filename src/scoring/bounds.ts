// The verdict at both ends of the range: every open check at its worst, then at its best.
import type { Facts, LightRange, Outcome, Ruleset, ScoreRange, ScoringSettings, SubjectKind, VerdictCode } from '../types.js';
import { overallScore, rangeOf, totalsByDimension, type Scorable } from './dimensions.js';
import { claimedLevel, conditionStatus, levelRange, tokenismOf } from './participation.js';
import { verdictCode, type VerdictInputs } from './verdict-code.js';

export interface Bounds {
  overall: ScoreRange | null;
  worst: VerdictInputs;
  best: VerdictInputs;
  range: { low: VerdictCode; high: VerdictCode };
}

/** What one end of the range is made of: read from the scoring, or back from a saved assessment. */
export interface RangeParts {
  overall: ScoreRange | null;
  dims: readonly { score: ScoreRange | null; lights: LightRange }[];
  /** Knock-outs certain to fail, and those that may fail. */
  knockouts: { sure: number; possible: number };
  level: { low: number; high: number };
  tokenism: boolean | null;
}

/**
 * The verdict's numbers at one end: `low` takes every open check at its worst (a knock-out that may
 * fail fails, unknown tokenism is assumed), `high` at its best.
 */
export function inputsAt(end: 'low' | 'high', p: RangeParts, s: ScoringSettings): VerdictInputs {
  const low = end === 'low';
  return {
    overall: p.overall?.[end] ?? null,
    red: p.dims.filter((d) => d.lights[end] === 'red').length,
    severe: p.dims.filter((d) => d.score !== null && d.score[end] < s.verdict.unfavourable.anyDimensionBelow).length,
    knockoutsFailed: low ? p.knockouts.possible : p.knockouts.sure,
    effectiveLevel: p.level[end],
    tokenism: low ? p.tokenism !== false : p.tokenism === true,
  };
}

export type Override = { id: string; possible: readonly Outcome[] };

/** What the verdict depends on, once for the worst case and once for the best; `override` answers one open check. */
export function bounds(rs: Ruleset, kind: SubjectKind, checks: readonly Scorable[], facts: Facts, override?: Override): Bounds {
  return whatIf(rs, kind, checks, facts)(override);
}

/**
 * The bounds of one assessment, prepared once so that asking "what if this check had that outcome"
 * for every check re-adds only the one dimension the check belongs to, not every check again.
 */
export function whatIf(rs: Ruleset, kind: SubjectKind, checks: readonly Scorable[], facts: Facts): (override?: Override) => Bounds {
  const s = rs.scoring;
  const base = totalsByDimension(rs, checks);
  const ranged = new Map([...base].map(([id, t]) => [id, rangeOf(s, t)]));
  const byId = new Map(checks.map((c) => [c.id, c]));
  const possible = new Map(checks.map((c) => [c.id, c.possible]));
  const tokenism = tokenismOf(rs, facts);
  const claimed = claimedLevel(facts);

  return (override) => {
    const changed = override ? byId.get(override.id) : undefined;
    const own = changed ? totalsByDimension(rs, checks, override, changed.dimension).get(changed.dimension) : undefined;
    const dims = rs.dimensions.map((d) => {
      const t = d.id === changed?.dimension ? own : base.get(d.id);
      const r = d.id === changed?.dimension && own ? rangeOf(s, own) : ranged.get(d.id);
      const none = { score: null, lights: { low: 'not-applicable', high: 'not-applicable' } as LightRange };
      return { weight: d.weight, koSure: t?.koSure ?? 0, koPossible: t?.koPossible ?? 0, ...(t && r ? r : none) };
    });
    const overall = overallScore(dims);
    const lookup = changed && override ? { get: (id: string) => (id === override.id ? override.possible : possible.get(id)) } : possible;
    const level = levelRange(rs, claimed, conditionStatus(lookup, facts), tokenism);
    const parts: RangeParts = {
      overall,
      dims,
      knockouts: { sure: dims.reduce((n, d) => n + d.koSure, 0), possible: dims.reduce((n, d) => n + d.koPossible, 0) },
      level,
      tokenism,
    };
    const worst = inputsAt('low', parts, s);
    const best = inputsAt('high', parts, s);
    return { overall, worst, best, range: { low: verdictCode(kind, s, worst), high: verdictCode(kind, s, best) } };
  };
}

/** One code for a range: the verdict itself when both ends agree, else "depends on missing information". */
export function codeOfRange(range: { low: VerdictCode; high: VerdictCode }): VerdictCode {
  return range.low === range.high ? range.low : 'undetermined';
}
