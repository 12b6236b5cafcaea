// From check outcomes to the scored assessment core: dimension ranges, overall range, ladder, verdict, questions.
import type {
  CheckResult,
  DimensionResult,
  Facts,
  Lang,
  Light,
  LightRange,
  ParticipationResult,
  Ruleset,
  ScoreRange,
  SubjectKind,
  UnknownItem,
  Verdict,
} from '../types.js';
import { joinLights, overallLights, scoreDimensions } from './dimensions.js';
import { participationLevel } from './participation.js';
import { bounds, type Bounds } from './bounds.js';
import { openQuestions } from './questions.js';
import { decideVerdict } from './verdict.js';

export interface Scored {
  dimensions: DimensionResult[];
  score: { overall: ScoreRange | null; light: Light; lights: LightRange };
  participation: ParticipationResult;
  verdict: Verdict;
  questions: UnknownItem[];
  bounds: Bounds;
}

export function scoreChecks(rs: Ruleset, kind: SubjectKind, checks: CheckResult[], facts: Facts, lang: Lang): Scored {
  const dimensions = scoreDimensions(rs, checks, lang);
  const now = bounds(rs, kind, checks, facts);
  const participation = participationLevel(rs, checks, facts, lang);
  const questions = openQuestions(rs, kind, checks, facts, now);
  const verdict = decideVerdict(kind, rs.scoring, now, dimensions, checks, participation, questions, lang);
  const lights = overallLights(now.overall, rs.scoring);
  return { dimensions, score: { overall: now.overall, light: joinLights(lights), lights }, participation, verdict, questions, bounds: now };
}
