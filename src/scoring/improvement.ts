// The improvement path: what fixing each failed, partial or unknown check would gain, best first.
import type { CheckResult, Facts, ImprovementStep, Lang, Ruleset, SubjectKind } from '../types.js';
import { scoreChecks, type Scored } from './score.js';
import { VERDICT_RANK } from './verdict.js';

export function improvementPath(
  rs: Ruleset,
  kind: SubjectKind,
  checks: CheckResult[],
  facts: Facts,
  current: Scored,
  lang: Lang,
): ImprovementStep[] {
  const base = current.score.overall ?? 0;
  const steps: ImprovementStep[] = [];
  checks.forEach((c, i) => {
    if (c.outcome !== 'fail' && c.outcome !== 'partial' && c.outcome !== 'unknown') return;
    const fixed = checks.slice();
    fixed[i] = { ...c, outcome: 'pass' };
    const after = scoreChecks(rs, kind, fixed, facts, lang);
    const scoreAfter = after.score.overall ?? 0;
    steps.push({
      checkId: c.id,
      title: c.title,
      dimension: c.dimension,
      outcome: c.outcome,
      fix: c.fix,
      gain: Math.round((scoreAfter - base) * 10) / 10,
      scoreAfter,
      verdictAfter: after.verdict.code,
      changesVerdict: VERDICT_RANK[after.verdict.code] > VERDICT_RANK[current.verdict.code],
      knockout: c.knockout,
    });
  });
  return steps.sort(
    (a, b) =>
      Number(b.changesVerdict) - Number(a.changesVerdict) ||
      Number(b.knockout) - Number(a.knockout) ||
      b.gain - a.gain ||
      a.checkId.localeCompare(b.checkId, 'en', { numeric: true }),
  );
}
