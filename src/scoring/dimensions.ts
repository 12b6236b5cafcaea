// Pure scoring: check outcome ranges → dimension score ranges and traffic lights → overall range.
import { pick } from '../i18n.js';
import type { CheckResult, DimensionResult, Lang, Light, LightRange, Outcome, Ruleset, ScoreRange, ScoringSettings } from '../types.js';

const OUTCOMES: Outcome[] = ['pass', 'partial', 'fail', 'unknown', 'not-applicable'];

/** What scoring reads of a check: its range of outcomes, weight and knock-out flag. */
export type Scorable = Pick<CheckResult, 'id' | 'dimension' | 'possible' | 'severity' | 'knockout'>;

export function lightFor(score: number, s: ScoringSettings): Light {
  if (score >= s.lights.greenMin) return 'green';
  if (score >= s.lights.orangeMin) return 'orange';
  return 'red';
}

export function checkWeight(s: ScoringSettings, c: Pick<CheckResult, 'severity'>): number {
  return s.severityWeights[String(c.severity) as '1' | '2' | '3'];
}

/** Points of a decided applicable outcome. */
export function outcomePoints(s: ScoringSettings, o: Outcome): number {
  return o === 'pass' || o === 'partial' || o === 'fail' ? s.outcomePoints[o] : 0;
}

export const bestOf = (possible: readonly Outcome[]): Outcome => possible[0] ?? 'not-applicable';
export const worstOf = (possible: readonly Outcome[]): Outcome => possible[possible.length - 1] ?? 'not-applicable';
export const isOpen = (c: Pick<CheckResult, 'possible'>): boolean => c.possible.length > 1;

/** A dimension's weighted sums: the low bound takes every check at its worst, the high at its best. */
export interface Totals {
  low: number;
  high: number;
  den: number;
  known: number;
  /** Knock-outs certain to fail, and those that may fail. */
  koSure: number;
  koPossible: number;
}

export const emptyTotals = (): Totals => ({ low: 0, high: 0, den: 0, known: 0, koSure: 0, koPossible: 0 });

export function addToTotals(t: Totals, s: ScoringSettings, c: Pick<CheckResult, 'severity' | 'knockout'>, possible: readonly Outcome[]): void {
  if (possible.length === 0 || possible[0] === 'not-applicable') return;
  const w = checkWeight(s, c);
  const best = bestOf(possible);
  const worst = worstOf(possible);
  t.low += w * outcomePoints(s, worst);
  t.high += w * outcomePoints(s, best);
  t.den += w;
  if (possible.length === 1) t.known += w;
  if (c.knockout && worst === 'fail') t.koPossible += 1;
  if (c.knockout && best === 'fail') t.koSure += 1;
}

const round1 = (n: number): number => Math.round(n * 10) / 10;

export function joinLights(l: LightRange): Light {
  return l.low === l.high ? l.low : 'open';
}

/** Score range and lights from a dimension's totals; a knock-out that may fail makes the low light red. */
export function rangeOf(s: ScoringSettings, t: Totals): { score: ScoreRange | null; lights: LightRange } {
  if (t.den <= 0) return { score: null, lights: { low: 'not-applicable', high: 'not-applicable' } };
  const score = { low: round1((100 * t.low) / t.den), high: round1((100 * t.high) / t.den), known: Math.round((100 * t.known) / t.den) / 100 };
  const lights = {
    low: t.koPossible > 0 ? 'red' : lightFor(score.low, s),
    high: t.koSure > 0 ? 'red' : lightFor(score.high, s),
  } satisfies LightRange;
  return { score, lights };
}

/** Totals per dimension id; `override` replaces one check's range (for "what if" questions); `only` adds up one dimension. */
export function totalsByDimension(
  rs: Ruleset,
  checks: readonly Scorable[],
  override?: { id: string; possible: readonly Outcome[] },
  only?: string,
): Map<string, Totals> {
  const totals = new Map(rs.dimensions.filter((d) => only === undefined || d.id === only).map((d) => [d.id, emptyTotals()]));
  for (const c of checks) {
    const t = totals.get(c.dimension);
    if (t) addToTotals(t, rs.scoring, c, override?.id === c.id ? override.possible : c.possible);
  }
  return totals;
}

/** Score 0–100 as a range over the applicable checks; a knock-out that fails turns the dimension red whatever it scores. */
export function scoreDimensions(rs: Ruleset, checks: CheckResult[], lang: Lang): DimensionResult[] {
  const totals = totalsByDimension(rs, checks);
  return rs.dimensions.map((d) => {
    const own = checks.filter((c) => c.dimension === d.id);
    const counts = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
    for (const c of own) counts[c.outcome] += 1;
    const { score, lights } = rangeOf(rs.scoring, totals.get(d.id) ?? emptyTotals());
    return {
      id: d.id,
      code: d.code,
      title: pick(d.title, lang),
      applicable: score !== null,
      score,
      light: joinLights(lights),
      lights,
      weight: d.weight,
      knockoutsFailed: own.filter((c) => c.knockout && c.outcome === 'fail').map((c) => c.id),
      knockoutsUnknown: own.filter((c) => c.knockout && c.outcome !== 'fail' && c.possible.includes('fail')).map((c) => c.id),
      counts,
    };
  });
}

/** Weighted mean of the applicable dimension ranges. */
export function overallScore(dims: readonly { score: ScoreRange | null; weight: number }[]): ScoreRange | null {
  let low = 0;
  let high = 0;
  let known = 0;
  let den = 0;
  for (const d of dims) {
    if (d.score === null || d.weight === 0) continue;
    low += d.weight * d.score.low;
    high += d.weight * d.score.high;
    known += d.weight * d.score.known;
    den += d.weight;
  }
  return den > 0 ? { low: round1(low / den), high: round1(high / den), known: Math.round((100 * known) / den) / 100 } : null;
}

export function overallLights(overall: ScoreRange | null, s: ScoringSettings): LightRange {
  if (!overall) return { low: 'not-applicable', high: 'not-applicable' };
  return { low: lightFor(overall.low, s), high: lightFor(overall.high, s) };
}
