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
      const w = s.severityWeights[String(c.severity) as '1' | '2' | '3'];
      num += w * s.outcomePoints[c.outcome];
      den += w;
    }
    const knockoutsFailed = own.filter((c) => c.knockout && c.outcome === 'fail').map((c) => c.id);
    const knockoutsUnknown = own.filter((c) => c.knockout && c.outcome === 'unknown').map((c) => c.id);
    const applicable = den > 0;
    const score = applicable ? Math.round((1000 * num) / den) / 10 : null;
    let light: Light = score === null ? 'not-applicable' : lightFor(score, s);
    if (applicable && knockoutsFailed.length > 0) light = 'red';
    else if (applicable && knockoutsUnknown.length > 0) light = worst(light, s.knockoutUnknownCap);
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

/** Weighted mean of the applicable dimension scores. */
export function overallScore(dims: DimensionResult[]): number | null {
  let num = 0;
  let den = 0;
  for (const d of dims) {
    if (d.score === null || d.weight === 0) continue;
    num += d.weight * d.score;
    den += d.weight;
  }
  return den > 0 ? Math.round((10 * num) / den) / 10 : null;
}
