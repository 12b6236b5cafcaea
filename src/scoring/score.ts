// From check outcomes to the scored assessment core: dimensions, overall score, ladder, verdict.
import type { CheckResult, DimensionResult, Facts, Lang, Light, ParticipationResult, Ruleset, SubjectKind, Verdict } from '../types.js';
import { lightFor, overallScore, scoreDimensions } from './dimensions.js';
import { participationLevel } from './participation.js';
import { decideVerdict } from './verdict.js';

export interface Scored {
  dimensions: DimensionResult[];
  score: { overall: number | null; light: Light };
  participation: ParticipationResult;
  verdict: Verdict;
}

export function scoreChecks(rs: Ruleset, kind: SubjectKind, checks: CheckResult[], facts: Facts, lang: Lang): Scored {
  const dimensions = scoreDimensions(rs, checks, lang);
  const overall = overallScore(dimensions);
  const participation = participationLevel(rs, checks, facts, lang);
  const verdict = decideVerdict(kind, rs.scoring, overall, dimensions, checks, participation, lang);
  return {
    dimensions,
    score: { overall, light: overall === null ? 'not-applicable' : lightFor(overall, rs.scoring) },
    participation,
    verdict,
  };
}
