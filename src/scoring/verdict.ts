// The verdict on a proposal (favourable / under conditions / unfavourable) and the reasons that forced it.
import { formatScore, t } from '../i18n.js';
import type { CheckResult, DimensionResult, Lang, ParticipationResult, ScoringSettings, SubjectKind, Verdict, VerdictCode } from '../types.js';

const TITLE_KEY = {
  favourable: 'verdictFavourable',
  conditional: 'verdictConditional',
  unfavourable: 'verdictUnfavourable',
  audit: 'verdictAudit',
} as const;

export function verdictTitle(code: VerdictCode, lang: Lang): string {
  return t(lang, TITLE_KEY[code]);
}

export const VERDICT_RANK: Record<VerdictCode, number> = { unfavourable: 0, conditional: 1, favourable: 2, audit: 1 };

/** The numbers a verdict depends on. */
export interface VerdictInputs {
  overall: number | null;
  red: number;
  knockoutsFailed: number;
  knockoutsUnknown: number;
  effectiveLevel: number;
  tokenism: boolean;
}

/** The verdict code alone, without texts (used for every step of the improvement path). */
export function verdictCode(kind: SubjectKind, s: ScoringSettings, v: VerdictInputs): VerdictCode {
  if (kind === 'service-audit') return 'audit';
  if (v.overall === null) return 'conditional';
  const u = s.verdict.unfavourable;
  if ((u.anyKnockoutFailed && v.knockoutsFailed > 0) || v.overall < u.overallBelow || v.red >= u.redDimensionsAtLeast) return 'unfavourable';
  const f = s.verdict.favourable;
  const favourable =
    v.knockoutsFailed === 0 &&
    v.overall >= f.overallAtLeast &&
    v.red <= f.maxRedDimensions &&
    (f.allowKnockoutUnknown || v.knockoutsUnknown === 0) &&
    v.effectiveLevel >= f.minEffectiveParticipation &&
    (f.allowTokenism || !v.tokenism);
  return favourable ? 'favourable' : 'conditional';
}

export function decideVerdict(
  kind: SubjectKind,
  s: ScoringSettings,
  overall: number | null,
  dims: DimensionResult[],
  checks: CheckResult[],
  participation: ParticipationResult,
  lang: Lang,
): Verdict {
  const koFailed = checks.filter((c) => c.knockout && c.outcome === 'fail');
  const koUnknown = checks.filter((c) => c.knockout && c.outcome === 'unknown');
  const red = dims.filter((d) => d.light === 'red');
  const code = verdictCode(kind, s, {
    overall,
    red: red.length,
    knockoutsFailed: koFailed.length,
    knockoutsUnknown: koUnknown.length,
    effectiveLevel: participation.effectiveLevel,
    tokenism: participation.tokenism,
  });
  const koReasons = koFailed.map((c) => t(lang, 'reasonKnockout', { id: c.id, title: c.title }));
  const redReason = t(lang, 'reasonRedDimensions', { count: red.length, names: red.map((d) => d.title).join(', ') });
  const reasons: string[] = [];
  const u = s.verdict.unfavourable;
  const f = s.verdict.favourable;

  // An audit has no verdict, but its summary names what failed: the knock-outs and the red dimensions.
  if (code === 'audit') reasons.push(t(lang, 'reasonAudit'), ...koReasons, ...(red.length > 0 ? [redReason] : []));
  else if (overall === null) reasons.push(t(lang, 'reasonNoScore'));
  else if (code === 'unfavourable') {
    if (u.anyKnockoutFailed) reasons.push(...koReasons);
    if (overall < u.overallBelow) reasons.push(t(lang, 'reasonLowScore', { score: formatScore(overall, lang), min: u.overallBelow }));
    if (red.length >= u.redDimensionsAtLeast) reasons.push(redReason);
  } else if (code === 'conditional') {
    reasons.push(...koReasons);
    if (overall < f.overallAtLeast) reasons.push(t(lang, 'reasonNotGreenEnough', { score: formatScore(overall, lang), min: f.overallAtLeast }));
    if (red.length > f.maxRedDimensions) reasons.push(redReason);
    if (!f.allowKnockoutUnknown) reasons.push(...koUnknown.map((c) => t(lang, 'reasonKnockoutUnknown', { id: c.id, title: c.title })));
    if (participation.effectiveLevel < f.minEffectiveParticipation) {
      const vars = { level: participation.effectiveLevel, title: participation.effectiveTitle, min: f.minEffectiveParticipation };
      reasons.push(t(lang, 'reasonParticipation', vars));
    }
    if (!f.allowTokenism && participation.tokenism) reasons.push(t(lang, 'reasonTokenism'));
  } else reasons.push(t(lang, 'reasonAllGood', { score: formatScore(overall, lang) }));

  const applicable = checks.filter((c) => c.outcome !== 'not-applicable').length;
  const unknown = checks.filter((c) => c.outcome === 'unknown').length;
  if (applicable > 0 && unknown / applicable >= s.verdict.unknownShareWarning) {
    reasons.push(t(lang, code === 'audit' ? 'reasonManyUnknownAudit' : 'reasonManyUnknown', { unknown, total: applicable }));
  }
  return { code, title: t(lang, TITLE_KEY[code]), reasons, knockouts: koFailed.map((c) => c.id) };
}
