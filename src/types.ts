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
export type Light = 'green' | 'orange' | 'red' | 'not-applicable';
export type VerdictCode = 'favourable' | 'conditional' | 'unfavourable' | 'audit';
export type SubjectKind = 'proposal' | 'service-audit';

/** A fact value after derivation. `null` means "not known": the check becomes `unknown`. */
export type FactValue = number | string | boolean | null | FactValue[] | { [key: string]: FactValue };
export type Facts = Record<string, FactValue>;

// ---------------------------------------------------------------- rule files

export interface SourceRef {
  title: string;
  url?: string;
  /** official | practice | default (REFERENCE.md tags). */
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
export interface AllCondition { all: ConditionNode[] }
export interface AnyCondition { any: ConditionNode[] }
export interface NotCondition { not: ConditionNode }
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
  outcomePoints: { pass: number; partial: number; unknown: number; fail: number };
  severityWeights: { '1': number; '2': number; '3': number };
  lights: { greenMin: number; orangeMin: number };
  /** A knock-out that is unknown caps the dimension at this light. */
  knockoutUnknownCap: 'orange' | 'red';
  /** The top risks of the summary: how many, and from which severity a partial check counts. */
  topRisks: { count: number; partialMinSeverity: number };
  verdict: {
    /** From this share of unknown checks on, the verdict says information is needed first. */
    unknownShareWarning: number;
    unfavourable: { anyKnockoutFailed: boolean; overallBelow: number; redDimensionsAtLeast: number };
    favourable: {
      overallAtLeast: number;
      maxRedDimensions: number;
      allowKnockoutUnknown: boolean;
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
  outcome: Outcome;
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
}

export interface DimensionResult {
  id: string;
  code: string;
  title: string;
  applicable: boolean;
  score: number | null;
  light: Light;
  weight: number;
  knockoutsFailed: string[];
  knockoutsUnknown: string[];
  counts: Record<Outcome, number>;
}

export interface ParticipationResult {
  claimedLevel: number;
  effectiveLevel: number;
  claimedTitle: string;
  effectiveTitle: string;
  caps: { maxLevel: number; reason: string; missing: string[] }[];
  tokenism: boolean;
  tokenismReason: string | null;
}

export interface Verdict {
  code: VerdictCode;
  title: string;
  reasons: string[];
  knockouts: string[];
}

export interface ImprovementStep {
  checkId: string;
  title: string;
  dimension: string;
  outcome: Outcome;
  fix: string;
  gain: number;
  scoreAfter: number;
  verdictAfter: VerdictCode;
  changesVerdict: boolean;
  knockout: boolean;
}

export interface UnknownItem {
  checkId: string;
  dimension: string;
  title: string;
  question: string;
}

export interface Assessment {
  schemaVersion: '1.0';
  kind: SubjectKind;
  lang: Lang;
  subject: { title: string; municipality: string; summary: string };
  referenceDate: string;
  ruleset: RulesetInfo;
  verdict: Verdict;
  score: { overall: number | null; light: Light };
  dimensions: DimensionResult[];
  participation: ParticipationResult;
  checks: CheckResult[];
  unknowns: UnknownItem[];
  improvementPath: ImprovementStep[];
  householdCosts: FactValue;
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
