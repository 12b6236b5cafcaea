// The improvement path: what fixing each failed, partial or unknown check would gain, best first.
import type { CheckResult, Facts, ImprovementStep, Ruleset, SubjectKind } from '../types.js';
import { checkWeight, dimensionLight, outcomePoints } from './dimensions.js';
import { claimedLevel, conditionMet, effectiveLevel } from './participation.js';
import type { Scored } from './score.js';
import { VERDICT_RANK, verdictCode } from './verdict.js';

// One collator for ordering check IDs naturally (F2 before F10); localeCompare with options builds one per call.
const byId = new Intl.Collator('en', { numeric: true }).compare;

interface Totals {
  num: number;
  den: number;
  koFailed: number;
  koUnknown: number;
}

/**
 * Re-scores "as if this check passed" for every candidate. Only the check's own dimension, the
 * overall mean, the ladder (for participation checks) and the verdict code can change, so those
 * are recomputed from numbers; the texts of the full scoring are not rebuilt for every step.
 */
export function improvementPath(rs: Ruleset, kind: SubjectKind, checks: CheckResult[], facts: Facts, current: Scored): ImprovementStep[] {
  const s = rs.scoring;
  const totals = new Map<string, Totals>(rs.dimensions.map((d) => [d.id, { num: 0, den: 0, koFailed: 0, koUnknown: 0 }]));
  for (const c of checks) {
    const t = totals.get(c.dimension);
    if (!t || c.outcome === 'not-applicable') continue;
    t.num += checkWeight(s, c) * outcomePoints(s, c.outcome);
    t.den += checkWeight(s, c);
    if (c.knockout && c.outcome === 'fail') t.koFailed += 1;
    if (c.knockout && c.outcome === 'unknown') t.koUnknown += 1;
  }
  const base = current.score.overall ?? 0;
  const dims = current.dimensions;
  const koFailed = checks.filter((c) => c.knockout && c.outcome === 'fail').length;
  const koUnknown = checks.filter((c) => c.knockout && c.outcome === 'unknown').length;
  const ladderRefs = new Set(rs.ladder.caps.flatMap((cap) => cap.missing));
  const outcomes = new Map(checks.map((c) => [c.id, c.outcome]));
  const claimed = claimedLevel(facts);
  const tokenism = current.participation.tokenism;

  const steps: ImprovementStep[] = [];
  for (const c of checks) {
    if (c.outcome !== 'fail' && c.outcome !== 'partial' && c.outcome !== 'unknown') continue;
    const t = totals.get(c.dimension);
    if (!t) continue;
    const w = checkWeight(s, c);
    const wasKoFailed = c.knockout && c.outcome === 'fail' ? 1 : 0;
    const wasKoUnknown = c.knockout && c.outcome === 'unknown' ? 1 : 0;
    const fixed = dimensionLight(s, t.num + w * (outcomePoints(s, 'pass') - outcomePoints(s, c.outcome)), t.den, t.koFailed - wasKoFailed, t.koUnknown - wasKoUnknown);
    // The same weighted mean as overallScore(), with this one dimension replaced (no copies per step).
    let num = 0;
    let den = 0;
    let red = 0;
    for (const d of dims) {
      const own = d.id === c.dimension;
      const score = own ? fixed.score : d.score;
      if ((own ? fixed.light : d.light) === 'red') red += 1;
      if (score === null || d.weight === 0) continue;
      num += d.weight * score;
      den += d.weight;
    }
    const scoreAfter = den > 0 ? Math.round((10 * num) / den) / 10 : 0;
    let level = current.participation.effectiveLevel;
    if (ladderRefs.has(c.id)) {
      level = effectiveLevel(rs, claimed, conditionMet(outcomes, facts, c.id), tokenism);
    }
    const verdictAfter = verdictCode(kind, s, {
      overall: scoreAfter,
      red,
      knockoutsFailed: koFailed - wasKoFailed,
      knockoutsUnknown: koUnknown - wasKoUnknown,
      effectiveLevel: level,
      tokenism,
    });
    steps.push({
      checkId: c.id,
      title: c.title,
      dimension: c.dimension,
      outcome: c.outcome,
      fix: c.fix,
      gain: Math.round((scoreAfter - base) * 10) / 10,
      scoreAfter,
      verdictAfter,
      changesVerdict: VERDICT_RANK[verdictAfter] > VERDICT_RANK[current.verdict.code],
      knockout: c.knockout,
    });
  }
  return steps.sort(
    (a, b) =>
      Number(b.changesVerdict) - Number(a.changesVerdict) ||
      Number(b.knockout) - Number(a.knockout) ||
      b.gain - a.gain ||
      byId(a.checkId, b.checkId),
  );
}
