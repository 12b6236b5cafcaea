// Turns checks into json-rules-engine rules for one parameter epoch: thresholds become the dated values.
import type { RuleProperties, TopLevelCondition, NestedCondition } from 'json-rules-engine';
import type { CheckDefinition, ConditionNode, FactValue, ParamUse, Ruleset } from '../types.js';
import { isLeaf, isParamRef, leaves } from '../ruleset/lint.js';
import { resolveParam } from '../ruleset/params.js';

export type Part = 'pass' | 'partial' | 'appliesWhen';
export const PARTS: readonly Part[] = ['pass', 'partial', 'appliesWhen'];

export interface CompiledCheck {
  def: CheckDefinition & { dimension: string };
  /** Which parts the rule carries, in the order of its top-level `any`. */
  parts: Part[];
  /** Every parameter the check used (thresholds and factParams), with value, date and source. */
  params: ParamUse[];
  /** Facts the conditions read. */
  facts: string[];
}

export interface CompiledPack {
  rules: RuleProperties[];
  checks: CompiledCheck[];
  /** Facts read by any rule or trigger: only these are handed to the engine. */
  factNames: string[];
}

function toEngine(node: ConditionNode, resolve: (id: string) => ParamUse): NestedCondition {
  if (isLeaf(node)) {
    const value: FactValue = isParamRef(node.value) ? resolve(node.value.param).value : (node.value as FactValue);
    return { fact: node.fact, operator: node.operator, value } as NestedCondition;
  }
  if ('all' in node) return { all: node.all.map((n) => toEngine(n, resolve)) };
  if ('any' in node) return { any: node.any.map((n) => toEngine(n, resolve)) };
  return { not: toEngine(node.not, resolve) };
}

/**
 * One engine rule per check: a top-level `any` whose children are the check's parts. With equal
 * priorities json-rules-engine evaluates every child, so each condition keeps the value it saw.
 */
export function compilePack(rs: Ruleset, date: string): CompiledPack {
  const rules: RuleProperties[] = [];
  const checks: CompiledCheck[] = [];
  const factNames = new Set<string>();
  for (const d of rs.dimensions) if (d.trigger) factNames.add(d.trigger);
  for (const def of rs.checks) {
    const used = new Map<string, ParamUse>();
    const resolve = (id: string): ParamUse => {
      let p = used.get(id);
      if (!p) {
        p = resolveParam(rs.parameters, id, date);
        used.set(id, p);
      }
      return p;
    };
    const parts = PARTS.filter((p) => def[p] !== undefined);
    const children = parts.map((p) => toEngine(def[p] as ConditionNode, resolve));
    for (const id of def.factParams ?? []) resolve(id);
    const facts = [...new Set(parts.flatMap((p) => leaves(def[p]).map((l) => l.fact)))];
    for (const f of facts) factNames.add(f);
    for (const f of def.inform ?? []) factNames.add(f);
    rules.push({ name: def.id, priority: 1, conditions: { any: children } as TopLevelCondition, event: { type: def.id } });
    checks.push({ def, parts, params: [...used.values()], facts });
  }
  return { rules, checks, factNames: [...factNames] };
}
