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
  const make = (code: VerdictCode, reasons: string[]): Verdict => ({
    code,
    title: t(lang, TITLE_KEY[code]),
    reasons,
    knockouts: koFailed.map((c) => c.id),
  });
  const koReasons = koFailed.map((c) => t(lang, 'reasonKnockout', { id: c.id, title: c.title }));

  if (kind === 'service-audit') return make('audit', [t(lang, 'reasonAudit'), ...koReasons]);
  if (overall === null) return make('conditional', [t(lang, 'reasonNoScore')]);

  const u = s.verdict.unfavourable;
  const against: string[] = [];
  if (u.anyKnockoutFailed) against.push(...koReasons);
  if (overall < u.overallBelow) against.push(t(lang, 'reasonLowScore', { score: formatScore(overall, lang), min: u.overallBelow }));
  if (red.length >= u.redDimensionsAtLeast) {
    against.push(t(lang, 'reasonRedDimensions', { count: red.length, names: red.map((d) => d.title).join(', ') }));
  }
  if (against.length > 0) return make('unfavourable', against);

  const f = s.verdict.favourable;
  const conditions: string[] = [...koReasons];
  if (overall < f.overallAtLeast) conditions.push(t(lang, 'reasonNotGreenEnough', { score: formatScore(overall, lang), min: f.overallAtLeast }));
  if (red.length > f.maxRedDimensions) {
    conditions.push(t(lang, 'reasonRedDimensions', { count: red.length, names: red.map((d) => d.title).join(', ') }));
  }
  if (!f.allowKnockoutUnknown) {
    conditions.push(...koUnknown.map((c) => t(lang, 'reasonKnockoutUnknown', { id: c.id, title: c.title })));
  }
  if (participation.effectiveLevel < f.minEffectiveParticipation) {
    conditions.push(
      t(lang, 'reasonParticipation', { level: participation.effectiveLevel, title: participation.effectiveTitle, min: f.minEffectiveParticipation }),
    );
  }
  if (!f.allowTokenism && participation.tokenism) conditions.push(t(lang, 'reasonTokenism'));
  if (conditions.length > 0) return make('conditional', conditions);
  return make('favourable', [t(lang, 'reasonAllGood', { score: formatScore(overall, lang) })]);
}
