// The verdict rule itself (rules/scoring.json), applied to one set of numbers: no ranges, no texts.
import type { ScoringSettings, SubjectKind, VerdictCode } from '../types.js';

/** Order of verdicts from worst to best; `undetermined` sits between its ends and is never compared directly. */
export const VERDICT_RANK: Record<VerdictCode, number> = { unfavourable: 0, undetermined: 1, conditional: 1, favourable: 2, audit: 1 };

/** The numbers a verdict depends on, for one end of the range. */
export interface VerdictInputs {
  overall: number | null;
  red: number;
  /** Dimensions scoring below `anyDimensionBelow` at this end of the range. */
  severe: number;
  knockoutsFailed: number;
  effectiveLevel: number;
  tokenism: boolean;
}

export function verdictCode(kind: SubjectKind, s: ScoringSettings, v: VerdictInputs): VerdictCode {
  if (kind === 'service-audit') return 'audit';
  const u = s.verdict.unfavourable;
  // A failed knock-out decides before anything else, whatever the weights: also when no dimension
  // carries weight and there is no overall score. So do red and severe dimensions, which need none.
  if (u.anyKnockoutFailed && v.knockoutsFailed > 0) return 'unfavourable';
  if (v.red >= u.redDimensionsAtLeast || v.severe > 0) return 'unfavourable';
  if (v.overall === null) return 'conditional';
  if (v.overall < u.overallBelow) return 'unfavourable';
  const f = s.verdict.favourable;
  const favourable =
    v.knockoutsFailed === 0 &&
    v.overall >= f.overallAtLeast &&
    v.red <= f.maxRedDimensions &&
    v.effectiveLevel >= f.minEffectiveParticipation &&
    (f.allowTokenism || !v.tokenism);
  return favourable ? 'favourable' : 'conditional';
}
