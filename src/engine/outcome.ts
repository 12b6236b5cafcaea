// Reads a check's rule result as three-valued logic: a condition on an unknown fact is "unknown", not false.
import { fillParams, isDecidingBody, pick, type DecidingBody } from '../i18n.js';
import type { CheckResult, ConditionNode, ConditionTrace, FactValue, Facts, Lang, LocalizedText, Outcome } from '../types.js';
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

export function decideOutcome(parts: Partial<Record<Part, K>>, triggered: boolean | null): Outcome {
  if (triggered === false) return 'not-applicable';
  if (parts.appliesWhen === false) return 'not-applicable';
  if (parts.pass === true) return 'pass';
  if (parts.pass === null) return 'unknown';
  if (parts.partial === true) return 'partial';
  if (parts.partial === null) return 'unknown';
  return 'fail';
}

/** The first text variant whose facts all hold, or -1 for the base texts. */
export function variantIndex(def: CompiledCheck['def'], facts: Facts): number {
  return (def.variants ?? []).findIndex((v) => Object.entries(v.when).every(([f, want]) => facts[f] === want));
}

function textsOf(compiled: CompiledCheck, lang: Lang, variant: number, body: DecidingBody | null): CheckTexts {
  const key = `${lang}:${variant}:${body ?? ''}`;
  let t = compiled.texts.get(key);
  if (!t) {
    const { def, params } = compiled;
    const v = def.variants?.[variant];
    const fill = (text: LocalizedText): string => fillParams(pick(text, lang), params, lang, body);
    t = {
      title: fill(v?.title ?? def.title),
      why: fill(v?.why ?? def.why),
      fix: fill(v?.fix ?? def.fix),
      ask: fill(v?.ask ?? def.ask ?? v?.title ?? def.title),
    };
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
  const variant = variantIndex(def, facts);
  const shown: Record<string, FactValue> = {};
  for (const f of compiled.shown) shown[f] = facts[f] ?? null;
  return {
    id: def.id,
    dimension: def.dimension,
    outcome: decideOutcome(values, triggered),
    severity: def.severity,
    knockout: def.knockout,
    ...textsOf(compiled, lang, variant, isDecidingBody(facts['subject.decidingBody']) ? facts['subject.decidingBody'] : null),
    sources: def.variants?.[variant]?.sources ?? def.sources,
    facts: shown,
    conditions: traces,
    parameters: compiled.params,
    origin: def.origin ?? 'pack',
  };
}
