// Pure scoring: check outcomes → dimension scores and traffic lights → overall score.
import { pick } from '../i18n.js';
import type { CheckResult, DimensionResult, Lang, Light, Outcome, Ruleset, ScoringSettings } from '../types.js';

const OUTCOMES: Outcome[] = ['pass', 'partial', 'fail', 'unknown', 'not-applicable'];

export function lightFor(score: number, s: ScoringSettings): Light {
  if (score >= s.lights.greenMin) return 'green';
  if (score >= s.lights.orangeMin) return 'orange';
  return 'red';
}

const LIGHT_RANK: Record<Light, number> = { 'not-applicable': -1, red: 0, orange: 1, green: 2 };

function worst(a: Light, b: Light): Light {
  return LIGHT_RANK[a] <= LIGHT_RANK[b] ? a : b;
}

export function checkWeight(s: ScoringSettings, c: CheckResult): number {
  return s.severityWeights[String(c.severity) as '1' | '2' | '3'];
}

/** Points of an applicable outcome (not-applicable checks are left out before). */
export function outcomePoints(s: ScoringSettings, o: Outcome): number {
  return o === 'not-applicable' ? 0 : s.outcomePoints[o];
}

/** Score and light from a dimension's weighted sums and knock-out counts. */
export function dimensionLight(s: ScoringSettings, num: number, den: number, koFailed: number, koUnknown: number): { score: number | null; light: Light } {
  if (den <= 0) return { score: null, light: 'not-applicable' };
  const score = Math.round((1000 * num) / den) / 10;
  let light = lightFor(score, s);
  if (koFailed > 0) light = 'red';
  else if (koUnknown > 0) light = worst(light, s.knockoutUnknownCap);
  return { score, light };
}

/** Score 0–100 over the applicable checks; a failed knock-out turns the dimension red whatever it scores. */
export function scoreDimensions(rs: Ruleset, checks: CheckResult[], lang: Lang): DimensionResult[] {
  const s = rs.scoring;
  const byDimension = new Map<string, CheckResult[]>();
  for (const c of checks) {
    const list = byDimension.get(c.dimension);
    if (list) list.push(c);
    else byDimension.set(c.dimension, [c]);
  }
  return rs.dimensions.map((d) => {
    const own = byDimension.get(d.id) ?? [];
    const counts = Object.fromEntries(OUTCOMES.map((o) => [o, 0])) as Record<Outcome, number>;
    let num = 0;
    let den = 0;
    for (const c of own) {
      counts[c.outcome] += 1;
      if (c.outcome === 'not-applicable') continue;
      const w = checkWeight(s, c);
      num += w * outcomePoints(s, c.outcome);
      den += w;
    }
    const knockoutsFailed = own.filter((c) => c.knockout && c.outcome === 'fail').map((c) => c.id);
    const knockoutsUnknown = own.filter((c) => c.knockout && c.outcome === 'unknown').map((c) => c.id);
    const applicable = den > 0;
    const { score, light } = dimensionLight(s, num, den, knockoutsFailed.length, knockoutsUnknown.length);
    return {
      id: d.id,
      code: d.code,
      title: pick(d.title, lang),
      applicable,
      score,
      light,
      weight: d.weight,
      knockoutsFailed,
      knockoutsUnknown,
      counts,
    };
  });
}

/** Weighted mean of the applicable dimension scores (improvementPath repeats it with one dimension replaced). */
export function overallScore(dims: readonly Pick<DimensionResult, 'score' | 'weight'>[]): number | null {
  let num = 0;
  let den = 0;
  for (const d of dims) {
    if (d.score === null || d.weight === 0) continue;
    num += d.weight * d.score;
    den += d.weight;
  }
  return den > 0 ? Math.round((10 * num) / den) / 10 : null;
}
