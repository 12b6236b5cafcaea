// The questions list: every open check, ordered by how far its answer could move the verdict.
import type { CheckResult, Facts, Ruleset, SubjectKind, UnknownItem } from '../types.js';
import { bestOf, isOpen, worstOf } from './dimensions.js';
import { whatIf, type Bounds } from './bounds.js';
import { VERDICT_RANK } from './verdict-code.js';

const byId = new Intl.Collator('en', { numeric: true }).compare;
const round1 = (n: number): number => Math.round(n * 10) / 10;

/**
 * For each open check: the best verdict left if the answer is bad (its worst outcome), the worst
 * verdict left if it is good (its best outcome), and the points of the overall range it decides.
 * Questions that move the verdict come first, knock-outs before others, then by those points.
 */
export function openQuestions(rs: Ruleset, kind: SubjectKind, checks: CheckResult[], facts: Facts, now: Bounds): UnknownItem[] {
  const items: (UnknownItem & { severity: number })[] = [];
  const at = whatIf(rs, kind, checks, facts);
  for (const c of checks) {
    if (!isOpen(c)) continue;
    const bad = at({ id: c.id, possible: [worstOf(c.possible)] });
    const good = at({ id: c.id, possible: [bestOf(c.possible)] });
    const ifBad = VERDICT_RANK[bad.range.high] < VERDICT_RANK[now.range.high] ? bad.range.high : null;
    const ifGood = VERDICT_RANK[good.range.low] > VERDICT_RANK[now.range.low] ? good.range.low : null;
    const swing = now.overall && bad.overall ? round1(now.overall.high - bad.overall.high) : 0;
    items.push({
      checkId: c.id,
      dimension: c.dimension,
      title: c.title,
      question: c.ask,
      possible: c.possible,
      knockout: c.knockout,
      swing,
      ifBad,
      ifGood,
      severity: c.severity,
    });
  }
  const moves = (q: UnknownItem): number => Number(q.ifBad !== null) + Number(q.ifGood !== null);
  items.sort(
    (a, b) => moves(b) - moves(a) || Number(b.knockout) - Number(a.knockout) || b.swing - a.swing || b.severity - a.severity || byId(a.checkId, b.checkId),
  );
  return items.map(({ severity: _severity, ...q }) => q);
}
