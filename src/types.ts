// Domain types shared by every stage of the pipeline (input → facts → rules → scores).

export type Lang = 'nl' | 'fr' | 'en';
export const LANGS: readonly Lang[] = ['nl', 'fr', 'en'];

/** A text in the three report languages; Dutch is required, the others fall back to it. */
export interface LocalizedText {
  nl: string;
  fr?: string;
  en?: string;
}

export type Outcome = 'pass' | 'partial' | 'fail' | 'not-applicable' | 'unknown';
/** A traffic light; `open` when the range of scores still possible straddles more than one light. */
export type Light = 'green' | 'orange' | 'red' | 'not-applicable' | 'open';
/** `undetermined`: the verdict depends on missing information (its range is in Verdict.range). */
export type VerdictCode = 'favourable' | 'conditional' | 'unfavourable' | 'undetermined' | 'audit';
export type SubjectKind = 'proposal' | 'service-audit';

/** A fact value after derivation. `null` means "not known": the check becomes `unknown`. */
export type FactValue = number | string | boolean | null | FactValue[] | { [key: string]: FactValue };
export type Facts = Record<string, FactValue>;

// ---------------------------------------------------------------- rule files

export interface SourceRef {
  /** The title as published, or in Dutch. */
  title: string;
  /** The title in other report languages where a translation exists (the report picks its language's). */
  titles?: Partial<Record<Lang, string>>;
  url?: string;
  /** official | practice | default: see docs/authoring-checks.md on honest tags. */
  tag: 'official' | 'practice' | 'default';
}

/** A threshold taken from the dated parameters instead of a literal. */
export interface ParamRef {
  param: string;
}

export interface LeafCondition {
  fact: string;
  operator: string;
  value: FactValue | ParamRef;
  path?: string;
}
export interface AllCondition {
  all: ConditionNode[];
}
export interface AnyCondition {
  any: ConditionNode[];
}
export interface NotCondition {
  not: ConditionNode;
}
export type ConditionNode = LeafCondition | AllCondition | AnyCondition | NotCondition;

/**
 * Texts (and sources) of a check for a case: the first variant whose `when` holds replaces the
 * fields it gives. `when` compares facts for equality, e.g. {"subject.kind": "service-audit"} or
 * {"subject.region": "brussels", "affordability.necessity": true}.
 */
export interface TextVariant {
  when: Record<string, string | number | boolean>;
  title?: LocalizedText;
  why?: LocalizedText;
  fix?: LocalizedText;
  ask?: LocalizedText;
  sources?: SourceRef[];
}

export interface CheckDefinition {
  id: string;
  severity: 1 | 2 | 3;
  knockout: boolean;
  title: LocalizedText;
  why: LocalizedText;
  fix: LocalizedText;
  /** The question the council should ask when the check is unknown. */
  ask?: LocalizedText;
  sources: SourceRef[];
  /** When this is false (with all its facts known) the check is not applicable. */
  appliesWhen?: ConditionNode;
  pass: ConditionNode;
  partial?: ConditionNode;
  /** Facts shown with the result though not compared (amounts, lists). */
  inform?: string[];
  /** Parameters the facts of this check were derived from (shown as evidence). */
  factParams?: string[];
  /** Case-specific wording (audit, region, situation); the first that holds is used. */
  variants?: TextVariant[];
  /** Set by a local overlay: where the check came from. */
  origin?: 'pack' | 'overlay';
  /** YYYY-MM-DD: the check applies from this date; before it, it is not run and reported not applicable. */
  from?: string;
  /** What the fix takes, for the action plan: a quick win or structural work. */
  effort?: 'quick' | 'structural';
}

export interface RuleFile {
  dimension: string;
  checks: CheckDefinition[];
}

export interface ParameterValue {
  validFrom: string;
  value: number;
  source: SourceRef;
  note?: string;
}

export interface ParameterDefinition {
  id: string;
  description: LocalizedText;
  unit: string;
  values: ParameterValue[];
  /** Usual update interval in months; absent for constants and this pack's own defaults. */
  updateEvery?: number;
}

/** A parameter whose last known value is older than its usual update interval (plus a grace). */
export interface StaleParameter {
  id: string;
  /** validFrom of the last value known to the pack. */
  lastValidFrom: string;
  /** The parameter's usual update interval in months. */
  updateEvery: number;
}

export interface ParameterFile {
  parameters: ParameterDefinition[];
}

export interface DimensionDefinition {
  id: string;
  code: string;
  title: LocalizedText;
  /** Fact holding the trigger (true / false / null); absent = always applicable. */
  trigger?: string;
  weight: number;
}

export interface ScoringSettings {
  /** Points of a decided outcome; an open check counts at its worst for the low bound, its best for the high. */
  outcomePoints: { pass: number; partial: number; fail: number };
  severityWeights: { '1': number; '2': number; '3': number };
  lights: { greenMin: number; orangeMin: number };
  /** The top risks of the summary: how many, and from which severity a partial check counts. */
  topRisks: { count: number; partialMinSeverity: number };
  verdict: {
    /** Below this share of the weight known, the verdict says most of the picture is still missing. */
    knownShareWarning: number;
    /** How many questions the verdict names as the ones that would settle it. */
    decisiveQuestions: number;
    unfavourable: {
      anyKnockoutFailed: boolean;
      overallBelow: number;
      redDimensionsAtLeast: number;
      /** A dimension scoring below this even at its best makes a proposal unfavourable (0 switches it off). */
      anyDimensionBelow: number;
    };
    favourable: {
      overallAtLeast: number;
      maxRedDimensions: number;
      minEffectiveParticipation: number;
      allowTokenism: boolean;
    };
  };
}

export interface LadderLevel {
  level: number;
  title: LocalizedText;
  evidence: LocalizedText;
}

export interface LadderCap {
  /** The cap applies when this participation check did not pass. */
  missing: string[];
  /** Applies only to claims at or above this level. */
  fromLevel: number;
  maxLevel: number;
  reason: LocalizedText;
}

export interface LadderDefinition {
  levels: LadderLevel[];
  caps: LadderCap[];
  tokenism: { fact: string; maxLevel: number; reason: LocalizedText };
}

export interface DisabledCheck {
  id: string;
  reason: string;
  /** A knock-out switched off (only with `allowDisableKnockout: true`); absent in results of earlier versions. */
  knockout?: boolean;
}

export interface RulesetInfo {
  name: string;
  version: string;
  hash: string;
  overlay: { name: string; version: string; hash: string } | null;
  disabled: DisabledCheck[];
}

export interface Ruleset {
  info: RulesetInfo;
  dimensions: DimensionDefinition[];
  checks: (CheckDefinition & { dimension: string })[];
  parameters: Map<string, ParameterDefinition>;
  scoring: ScoringSettings;
  ladder: LadderDefinition;
  households: HouseholdDefinition[];
}

/** One part of a reference household's monthly income: a parameter, times a count and an optional factor parameter. */
export interface IncomePart {
  param: string;
  /** How many times the amount counts (two children, two cohabitants); 1 by default. */
  count?: number;
  /** A share parameter the amount is multiplied by (a net estimate of a gross wage). */
  factorParam?: string;
  /** Counts only in this region (child benefit differs per region). */
  region?: 'flanders' | 'brussels';
}

export interface HouseholdDefinition {
  id: string;
  title: LocalizedText;
  adults: number;
  childrenUnder14: number;
  children14Plus: number;
  /** The monthly income the cost is compared with: the sum of these parts. */
  income: IncomePart[];
  /** Statuses the household has (leefloon, igo, increased-reimbursement …): they decide social-tariff eligibility. */
  statuses: string[];
  note?: string;
}

// ---------------------------------------------------------------- results

export interface ParamUse {
  id: string;
  value: number;
  unit: string;
  validFrom: string;
  source: SourceRef;
}

export interface ConditionTrace {
  fact: string;
  operator: string;
  /** Value compared against: a literal or the parameter value. */
  value: FactValue;
  param?: string;
  factValue: FactValue;
  result: boolean;
  /** pass / partial / appliesWhen: which part of the check the condition belongs to. */
  part: 'pass' | 'partial' | 'appliesWhen';
}

export interface CheckResult {
  id: string;
  dimension: string;
  /** The certain outcome, or `unknown` while more than one outcome is possible. */
  outcome: Outcome;
  /** The outcomes still possible, best first (one when decided), e.g. ['partial', 'fail']. */
  possible: Outcome[];
  severity: 1 | 2 | 3;
  knockout: boolean;
  title: string;
  why: string;
  fix: string;
  ask: string;
  sources: SourceRef[];
  facts: Record<string, FactValue>;
  conditions: ConditionTrace[];
  parameters: ParamUse[];
  origin: 'pack' | 'overlay';
  /** The indices of the check's text variants that held for this case (render-time texts pick from them). */
  variants: number[];
  /** The deciding body the texts named (`{body}`), null when the input named none. */
  decidingBody: string | null;
  /** Set when the check was not run because it applies only from this date (its `why` says so). */
  notYetFrom?: string;
}

/** A score 0–100 as the range still possible: open checks at their worst (low) and best (high). */
export interface ScoreRange {
  low: number;
  high: number;
  /** Share (0–1) of the weight whose outcome is known. */
  known: number;
}

export interface LightRange {
  low: Light;
  high: Light;
}

export interface DimensionResult {
  id: string;
  code: string;
  title: string;
  applicable: boolean;
  score: ScoreRange | null;
  /** The light when both bounds give the same one, else `open` (see `lights`). */
  light: Light;
  lights: LightRange;
  weight: number;
  knockoutsFailed: string[];
  /** Knock-outs whose outcome is still open (fail possible). */
  knockoutsUnknown: string[];
  counts: Record<Outcome, number>;
}

export interface ParticipationCap {
  maxLevel: number;
  reason: string;
  /** Conditions known not to be met. */
  missing: string[];
  /** Conditions not known: the cap may or may not apply. */
  unknown: string[];
  /** `missing`: the cap applies; `unknown`: it applies only if an unknown condition turns out unmet. */
  status: 'missing' | 'unknown';
  /** Which ladder cap this is: its index in the ruleset's `ladder.caps`, or `tokenism`. */
  ladderCap: number | 'tokenism';
}

export interface ParticipationResult {
  /** The level the proposal claims; null when it says nothing about participation. */
  claimedLevel: number | null;
  /** The level that is certain (every unknown condition counted as unmet). */
  effectiveLevel: number;
  /** The highest level still possible (every unknown condition counted as met). */
  effectiveHigh: number;
  claimedTitle: string;
  effectiveTitle: string;
  effectiveHighTitle: string;
  caps: ParticipationCap[];
  /** True when the contact is known to only legitimise a decision; null when that is not known. */
  tokenism: boolean | null;
  tokenismReason: string | null;
}

/** A value of a reason: numbers, codes and ids; texts (check titles, dimension names) are looked up at render time. */
export type ReasonValue = string | number | string[] | { low: number; high: number };

/** A reason of the verdict as a message key and its values, so that any language can word it again. */
export interface ReasonCode {
  key: string;
  vars: Record<string, ReasonValue>;
}

export interface Verdict {
  code: VerdictCode;
  title: string;
  /** The verdict with every open check at its worst (low) and at its best (high). */
  range: { low: VerdictCode; high: VerdictCode };
  /** The reasons in the assessment's language (the words of `reasonCodes`). */
  reasons: string[];
  /** What decided each reason, for rendering it in another language. */
  reasonCodes: ReasonCode[];
  knockouts: string[];
  /** The open questions that would move the verdict most, most decisive first. */
  questions: UnknownItem[];
}

export interface ImprovementStep {
  checkId: string;
  title: string;
  dimension: string;
  outcome: Outcome;
  possible: Outcome[];
  severity: 1 | 2 | 3;
  fix: string;
  /** Points the low bound of the overall score rises when this check passes. */
  gain: number;
  scoreAfter: ScoreRange;
  verdictAfter: VerdictCode;
  changesVerdict: boolean;
  knockout: boolean;
  /** The check's effort (quick win or structural work), for the action plan. */
  effort?: 'quick' | 'structural';
}

export interface UnknownItem {
  checkId: string;
  dimension: string;
  title: string;
  question: string;
  possible: Outcome[];
  knockout: boolean;
  /** Points of the overall score this answer decides (the width it takes out of the range). */
  swing: number;
  /** The best verdict still possible if the answer is bad, when that is lower than now. */
  ifBad: VerdictCode | null;
  /** The worst verdict still possible if the answer is good, when that is higher than now. */
  ifGood: VerdictCode | null;
}

/** The shape of the assessment JSON; a saved assessment of another version is not read (docs/report.md). */
export const SCHEMA_VERSION = '2.0';

export interface Assessment {
  schemaVersion: typeof SCHEMA_VERSION;
  kind: SubjectKind;
  lang: Lang;
  subject: { title: string; municipality: string; summary: string };
  referenceDate: string;
  ruleset: RulesetInfo;
  verdict: Verdict;
  score: { overall: ScoreRange | null; light: Light; lights: LightRange };
  dimensions: DimensionResult[];
  participation: ParticipationResult;
  checks: CheckResult[];
  unknowns: UnknownItem[];
  improvementPath: ImprovementStep[];
  householdCosts: FactValue;
  /** Parameters this assessment used whose last known value is older than their usual update interval. */
  staleParameters: (StaleParameter & { message: string })[];
  readability: FactValue;
  input: unknown;
}

/** The facts context handed to every fact function: parameters resolved for the reference date. */
export interface FactContext {
  referenceDate: string;
  /** The value of a parameter at the reference date; throws RULESET_PARAM_MISSING. */
  param(id: string): number;
  households: HouseholdDefinition[];
}
