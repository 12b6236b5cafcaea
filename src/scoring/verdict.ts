// The verdict on a proposal from its range, and the reasons behind it: recorded as codes, worded in the chosen language.
import { reasonText, verdictTitle, type ReasonNames } from '../output/words.js';
import type { CheckResult, DimensionResult, Lang, ParticipationResult, ReasonCode, ScoringSettings, UnknownItem, Verdict } from '../types.js';
import { codeOfRange, type Bounds } from './bounds.js';
import { isOpen } from './dimensions.js';

export { VERDICT_RANK, verdictCode, type VerdictInputs } from './verdict-code.js';

export { verdictTitle };

export function decideVerdict(
  kind: 'proposal' | 'service-audit',
  s: ScoringSettings,
  now: Bounds,
  dims: DimensionResult[],
  checks: CheckResult[],
  participation: ParticipationResult,
  questions: UnknownItem[],
  lang: Lang,
): Verdict {
  const code = codeOfRange(now.range);
  const overall = now.overall;
  const koFailed = checks.filter((c) => c.knockout && c.outcome === 'fail');
  const red = dims.filter((d) => d.lights.high === 'red');
  const r = (key: string, vars: ReasonCode['vars'] = {}): ReasonCode => ({ key, vars });
  const koReasons = koFailed.map((c) => r('reasonKnockout', { id: c.id }));
  const redReason = r('reasonRedDimensions', { dims: red.map((d) => d.id) });
  const reasons: ReasonCode[] = [];
  const u = s.verdict.unfavourable;
  const f = s.verdict.favourable;
  const best = now.best;
  const open = overall !== null && overall.low !== overall.high;
  const score = (x: { low: number; high: number }): { low: number; high: number } => ({ low: x.low, high: x.high });

  // An audit has no verdict, but its summary names what is known to fail: the knock-outs and the red dimensions.
  if (code === 'audit') reasons.push(r('reasonAudit'), ...koReasons, ...(red.length > 0 ? [redReason] : []));
  else if (overall === null) {
    // No score (no dimension weighs), yet a failed knock-out or red dimensions still decide (verdict-code.ts).
    if (code === 'unfavourable') reasons.push(...(u.anyKnockoutFailed ? koReasons : []), ...(red.length >= u.redDimensionsAtLeast ? [redReason] : []));
    if (reasons.length === 0) reasons.push(r('reasonNoScore'));
  } else if (code === 'undetermined') {
    reasons.push(r('reasonUndetermined', { low: now.range.low, high: now.range.high, score: score(overall) }));
    if (red.length > 0) reasons.push(redReason);
  } else if (code === 'unfavourable') {
    if (u.anyKnockoutFailed) reasons.push(...koReasons);
    if (best.overall !== null && best.overall < u.overallBelow) {
      reasons.push(r(open ? 'reasonLowScoreAtBest' : 'reasonLowScore', { score: score(overall), min: u.overallBelow }));
    }
    if (red.length >= u.redDimensionsAtLeast) reasons.push(redReason);
    // A dimension that stays under the line even at best is named when it alone forces the verdict.
    const severe = dims.filter((x) => x.score !== null && x.score.high < u.anyDimensionBelow);
    if (severe.length > 0 && reasons.length === 0) reasons.push(r('reasonSevereDimension', { dims: severe.map((d) => d.id), min: u.anyDimensionBelow }));
  } else if (code === 'conditional') {
    if (best.overall !== null && best.overall < f.overallAtLeast) reasons.push(r('reasonNotGreenEnough', { score: score(overall), min: f.overallAtLeast }));
    if (red.length > f.maxRedDimensions) reasons.push(redReason);
    if (best.effectiveLevel < f.minEffectiveParticipation)
      reasons.push(r('reasonParticipation', { level: participation.effectiveHigh, min: f.minEffectiveParticipation }));
    if (!f.allowTokenism && participation.tokenism === true) reasons.push(r('reasonTokenism'));
  } else reasons.push(r('reasonAllGood', { score: score(overall) }));

  const applicable = checks.filter((c) => c.outcome !== 'not-applicable');
  if (overall !== null && overall.known < s.verdict.knownShareWarning) {
    reasons.push(
      r(code === 'audit' ? 'reasonLittleKnownAudit' : 'reasonLittleKnown', {
        known: overall.known,
        open: applicable.filter(isOpen).length,
        total: applicable.length,
      }),
    );
  }
  // The reasons in this language take the names the results already carry; another language looks them up (output/words.ts).
  const names: ReasonNames = {
    check: (id) => checks.find((c) => c.id === id)?.title ?? id,
    dimension: (id) => dims.find((d) => d.id === id)?.title ?? id,
    dimensionScore: (id) => dims.find((d) => d.id === id)?.score ?? null,
    level: (n) =>
      n === participation.effectiveHigh ? participation.effectiveHighTitle : n === participation.effectiveLevel ? participation.effectiveTitle : String(n),
  };
  return {
    code,
    title: verdictTitle(code, lang),
    range: now.range,
    reasons: reasons.map((x) => reasonText(x, lang, names)),
    reasonCodes: reasons,
    knockouts: koFailed.map((c) => c.id),
    questions: code === 'undetermined' ? questions.slice(0, s.verdict.decisiveQuestions) : [],
  };
}
