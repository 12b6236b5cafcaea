// Reads a check's rule result as three-valued logic: a condition on an unknown fact is "unknown", not false.
import { fillParams, isDecidingBody, pick, type DecidingBody } from '../i18n.js';
import type { CheckResult, ConditionNode, ConditionTrace, FactValue, Facts, Lang, LocalizedText, Outcome } from '../types.js';
import { isLeaf, isParamRef } from '../ruleset/conditions.js';
import type { CheckTexts, CompiledCheck, Part } from './compile.js';
import { caseTexts, matchingVariants } from './case-texts.js';

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
