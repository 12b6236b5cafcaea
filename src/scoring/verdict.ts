// The verdict on a proposal from its range, and the reasons behind it, in the chosen language.
import { formatPercent, formatScoreRange, t, type MessageKey } from '../i18n.js';
import type { CheckResult, DimensionResult, Lang, ParticipationResult, ScoringSettings, UnknownItem, Verdict, VerdictCode } from '../types.js';
import { codeOfRange, type Bounds } from './bounds.js';
import { isOpen } from './dimensions.js';

export { VERDICT_RANK, verdictCode, type VerdictInputs } from './verdict-code.js';

const TITLE_KEY: Record<VerdictCode, MessageKey> = {
  favourable: 'verdictFavourable',
  conditional: 'verdictConditional',
  unfavourable: 'verdictUnfavourable',
  undetermined: 'verdictUndetermined',
  audit: 'verdictAudit',
};

export function verdictTitle(code: VerdictCode, lang: Lang): string {
  return t(lang, TITLE_KEY[code]);
}

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
  const koReasons = koFailed.map((c) => t(lang, 'reasonKnockout', { id: c.id, title: c.title }));
  const redReason = t(lang, 'reasonRedDimensions', { count: red.length, names: red.map((d) => d.title).join(', ') });
  const reasons: string[] = [];
  const u = s.verdict.unfavourable;
  const f = s.verdict.favourable;
  const best = now.best;
  const open = overall !== null && overall.low !== overall.high;

  // An audit has no verdict, but its summary names what is known to fail: the knock-outs and the red dimensions.
  if (code === 'audit') reasons.push(t(lang, 'reasonAudit'), ...koReasons, ...(red.length > 0 ? [redReason] : []));
  else if (overall === null) {
    // No score (no dimension weighs), yet a failed knock-out or red dimensions still decide (verdict-code.ts).
    if (code === 'unfavourable') reasons.push(...(u.anyKnockoutFailed ? koReasons : []), ...(red.length >= u.redDimensionsAtLeast ? [redReason] : []));
    if (reasons.length === 0) reasons.push(t(lang, 'reasonNoScore'));
  }
  else if (code === 'undetermined') {
    reasons.push(t(lang, 'reasonUndetermined', { low: verdictTitle(now.range.low, lang), high: verdictTitle(now.range.high, lang), score: formatScoreRange(overall, lang) }));
    if (red.length > 0) reasons.push(redReason);
  } else if (code === 'unfavourable') {
    if (u.anyKnockoutFailed) reasons.push(...koReasons);
    if (best.overall !== null && best.overall < u.overallBelow) {
      reasons.push(t(lang, open ? 'reasonLowScoreAtBest' : 'reasonLowScore', { score: formatScoreRange(overall, lang), min: u.overallBelow }));
    }
    if (red.length >= u.redDimensionsAtLeast) reasons.push(redReason);
    // A dimension that stays under the line even at best is named when it alone forces the verdict.
    const severe = dims.filter((x) => x.score !== null && x.score.high < u.anyDimensionBelow);
    if (severe.length > 0 && reasons.length === 0) {
      const names = severe.map((d) => `${d.title} (${formatScoreRange(d.score ?? { low: 0, high: 0 }, lang)})`).join(', ');
      reasons.push(t(lang, 'reasonSevereDimension', { count: severe.length, names, min: u.anyDimensionBelow }));
    }
  } else if (code === 'conditional') {
    if (best.overall !== null && best.overall < f.overallAtLeast) reasons.push(t(lang, 'reasonNotGreenEnough', { score: formatScoreRange(overall, lang), min: f.overallAtLeast }));
    if (red.length > f.maxRedDimensions) reasons.push(redReason);
    if (best.effectiveLevel < f.minEffectiveParticipation) {
      const vars = { level: participation.effectiveHigh, title: participation.effectiveHighTitle, min: f.minEffectiveParticipation };
      reasons.push(t(lang, 'reasonParticipation', vars));
    }
    if (!f.allowTokenism && participation.tokenism === true) reasons.push(t(lang, 'reasonTokenism'));
  } else reasons.push(t(lang, 'reasonAllGood', { score: formatScoreRange(overall, lang) }));

  const applicable = checks.filter((c) => c.outcome !== 'not-applicable');
  if (overall !== null && overall.known < s.verdict.knownShareWarning) {
    reasons.push(t(lang, code === 'audit' ? 'reasonLittleKnownAudit' : 'reasonLittleKnown', { known: formatPercent(overall.known, lang), open: applicable.filter(isOpen).length, total: applicable.length }));
  }
  return {
    code,
    title: verdictTitle(code, lang),
    range: now.range,
    reasons,
    knockouts: koFailed.map((c) => c.id),
    questions: code === 'undetermined' ? questions.slice(0, s.verdict.decisiveQuestions) : [],
  };
}
