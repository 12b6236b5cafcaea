// The improvement path: fixes for what is known to be wrong, with what each would gain, best first.
import type { CheckResult, Facts, ImprovementStep, Ruleset, SubjectKind } from '../types.js';
import { whatIf, codeOfRange, type Bounds } from './bounds.js';
import { VERDICT_RANK } from './verdict-code.js';
import { knownWrong } from '../engine/case-texts.js';

// One collator for ordering check IDs naturally (F2 before F10); localeCompare with options builds one per call.
const byId = new Intl.Collator('en', { numeric: true }).compare;
const round1 = (n: number): number => Math.round(n * 10) / 10;

/**
 * Re-scores "as if this check passed" for every check known to be wrong. Open questions are not
 * steps: they are in the questions list, so a known failure is never ranked below a question.
 * The gain is the rise of the low bound: what the fix adds for certain.
 */
export function improvementPath(rs: Ruleset, kind: SubjectKind, checks: CheckResult[], facts: Facts, now: Bounds): ImprovementStep[] {
  const base = now.overall?.low ?? 0;
  const effort = new Map(rs.checks.map((c) => [c.id, c.effort]));
  const steps: ImprovementStep[] = [];
  const at = whatIf(rs, kind, checks, facts);
  for (const c of checks) {
    if (!knownWrong(c)) continue;
    const after = at({ id: c.id, possible: ['pass'] });
    const scoreAfter = after.overall ?? { low: 0, high: 0, known: 0 };
    steps.push({
      checkId: c.id,
      title: c.title,
      dimension: c.dimension,
      outcome: c.outcome,
      possible: c.possible,
      severity: c.severity,
      fix: c.fix,
      gain: round1(scoreAfter.low - base),
      scoreAfter,
      verdictAfter: codeOfRange(after.range),
      changesVerdict: VERDICT_RANK[after.range.low] > VERDICT_RANK[now.range.low] || VERDICT_RANK[after.range.high] > VERDICT_RANK[now.range.high],
      knockout: c.knockout,
      effort: effort.get(c.id) ?? 'structural',
    });
  }
  return steps.sort(
    (a, b) =>
      Number(b.changesVerdict) - Number(a.changesVerdict) ||
      Number(b.knockout) - Number(a.knockout) ||
      b.gain - a.gain ||
      b.severity - a.severity ||
      byId(a.checkId, b.checkId),
  );
}
