// Reads a check's rule result as three-valued logic: a condition on an unknown fact is "unknown", not false.
import { fillParams, isDecidingBody, pick, type DecidingBody } from '../i18n.js';
import type { CheckDefinition, CheckResult, ConditionNode, ConditionTrace, FactValue, Facts, Lang, LocalizedText, Outcome, TextVariant } from '../types.js';
import { isLeaf, isParamRef } from '../ruleset/lint.js';
import type { CheckTexts, CompiledCheck, Part } from './compile.js';
import type { ResultNode } from './run.js';

type K = true | false | null;

/** Kleene evaluation of a definition tree against the engine's evaluated tree, collecting traces. */
function evaluate(def: ConditionNode, res: ResultNode, part: Part, traces: ConditionTrace[]): K {
  if (isLeaf(def)) {
    const factValue = res.factResult === undefined ? null : (res.factResult as FactValue);
    traces.push({
      fact: def.fact,
      operator: def.operator,
      value: (res.valueResult ?? null) as FactValue,
      ...(isParamRef(def.value) ? { param: def.value.param } : {}),
      factValue,
      result: res.result === true,
      part,
    });
    return factValue === null ? null : res.result === true;
  }
  if ('all' in def) {
    const vals = def.all.map((d, i) => evaluate(d, res.all?.[i] ?? {}, part, traces));
    return vals.includes(false) ? false : vals.includes(null) ? null : true;
  }
  if ('any' in def) {
    const vals = def.any.map((d, i) => evaluate(d, res.any?.[i] ?? {}, part, traces));
    return vals.includes(true) ? true : vals.includes(null) ? null : false;
  }
  const inner = evaluate(def.not, res.not ?? {}, part, traces);
  return inner === null ? null : !inner;
}

/**
 * The outcomes still possible, best first (always a contiguous slice of pass, partial, fail), from the three-valued parts: a stated `no` with an
 * unknown alternative is "partial or fail", not "unknown". An unknown trigger or `appliesWhen`
 * counts as applicable (docs/scoring.md §2), so not-applicable is possible only when it is certain.
 */
export function possibleOutcomes(parts: Partial<Record<Part, K>>, triggered: boolean | null, hasPartial: boolean): Outcome[] {
  if (triggered === false || parts.appliesWhen === false) return ['not-applicable'];
  const out: Outcome[] = [];
  if (parts.pass !== false) out.push('pass');
  if (parts.pass !== true) {
    const partial = hasPartial ? (parts.partial ?? null) : false;
    if (partial !== false) out.push('partial');
    if (partial !== true) out.push('fail');
  }
  return out;
}

/** The certain outcome, or `unknown` while more than one is possible. */
export function decideOutcome(possible: readonly Outcome[]): Outcome {
  return possible.length === 1 ? (possible[0] as Outcome) : 'unknown';
}

/** The indices of the text variants whose facts all hold, in their order. */
export function matchingVariants(def: CheckDefinition, facts: Facts): number[] {
  const out: number[] = [];
  (def.variants ?? []).forEach((v, i) => {
    if (Object.entries(v.when).every(([f, want]) => facts[f] === want)) out.push(i);
  });
  return out;
}

/**
 * A check's texts and sources for this case: each field from the first matching variant that
 * gives it, else the base text. So an audit variant and a Brussels variant combine: a Brussels
 * audit takes the audit's wording where only that variant speaks, and the Brussels sources.
 */
export function caseTexts(def: CheckDefinition, matching: readonly number[]): Required<Pick<TextVariant, 'title' | 'why' | 'fix' | 'ask' | 'sources'>> {
  const vs = matching.map((i) => def.variants?.[i]).filter((v): v is TextVariant => v !== undefined);
  const first = <K extends keyof TextVariant>(k: K): TextVariant[K] | undefined => vs.find((v) => v[k] !== undefined)?.[k];
  const title = first('title') ?? def.title;
  return { title, why: first('why') ?? def.why, fix: first('fix') ?? def.fix, ask: first('ask') ?? def.ask ?? title, sources: first('sources') ?? def.sources };
}

function textsOf(compiled: CompiledCheck, lang: Lang, matching: readonly number[], body: DecidingBody | null): CheckTexts {
  const key = `${lang}:${matching.join('.')}:${body ?? ''}`;
  let t = compiled.texts.get(key);
  if (!t) {
    const c = caseTexts(compiled.def, matching);
    const fill = (text: LocalizedText): string => fillParams(pick(text, lang), compiled.params, lang, body);
    t = { title: fill(c.title), why: fill(c.why), fix: fill(c.fix), ask: fill(c.ask) };
    compiled.texts.set(key, t);
  }
  return t;
}

export function checkResult(
  compiled: CompiledCheck,
  /** The check's evaluated tree; undefined when its dimension was not run (trigger "no"). */
  evaluated: ResultNode | undefined,
  facts: Facts,
  triggered: boolean | null,
  lang: Lang,
): CheckResult {
  const { def } = compiled;
  const traces: ConditionTrace[] = [];
  const values: Partial<Record<Part, K>> = {};
  if (evaluated) {
    compiled.parts.forEach((part, i) => {
      values[part] = evaluate(def[part] as ConditionNode, evaluated.any?.[i] ?? {}, part, traces);
    });
  }
  const possible = evaluated ? possibleOutcomes(values, triggered, compiled.parts.includes('partial')) : possibleOutcomes({}, triggered, false);
  const matching = matchingVariants(def, facts);
  const body = isDecidingBody(facts['subject.decidingBody']) ? facts['subject.decidingBody'] : null;
  const shown: Record<string, FactValue> = {};
  for (const f of compiled.shown) shown[f] = facts[f] ?? null;
  return {
    id: def.id,
    dimension: def.dimension,
    outcome: decideOutcome(possible),
    possible,
    severity: def.severity,
    knockout: def.knockout,
    ...textsOf(compiled, lang, matching, body),
    sources: matching.length > 0 ? caseTexts(def, matching).sources : def.sources,
    facts: shown,
    conditions: traces,
    parameters: compiled.params,
    origin: def.origin ?? 'pack',
    // What chose the texts above: a renderer words them again in another language from these (src/output/words.ts).
    variants: matching,
    decidingBody: body,
  };
}

/** Known to be wrong: neither a pass nor not-applicable is still possible (a top risk, a step of the path). */
export function knownWrong(c: Pick<CheckResult, 'possible'>): boolean {
  return c.possible.length > 0 && !c.possible.includes('pass') && !c.possible.includes('not-applicable');
}
