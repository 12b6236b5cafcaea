// Turns checks into json-rules-engine rules for one parameter epoch: thresholds become the dated values.
import type { NestedCondition } from 'json-rules-engine';
import type { CheckDefinition, ConditionNode, FactValue, ParamUse, Ruleset } from '../types.js';
import { isLeaf, isParamRef, leaves, textParams } from '../ruleset/conditions.js';
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
  /** Facts shown with the result: those the conditions read, then `inform`. */
  shown: string[];
  /** Texts per language, matching variants and deciding body ("nl::college" is the base text), placeholders filled in, built on first use. */
  texts: Map<string, CheckTexts>;
  /** The check as one engine condition: an `any` whose children are its parts, in `parts` order. */
  condition: NestedCondition;
}

export interface CheckTexts {
  title: string;
  why: string;
  fix: string;
  ask: string;
}

export interface CompiledPack {
  checks: CompiledCheck[];
  /** Checks whose `from` is after the date: left out of the run (their parameters never resolved). */
  notYet: (CheckDefinition & { dimension: string })[];
  /** Facts read by any rule or trigger: only these are handed to the engine. */
  factNames: string[];
}

/** The single runtime fact: all derived facts in one object, read by conditions through a flat path. */
export const FACTS = 'facts';

function toEngine(node: ConditionNode, resolve: (id: string) => ParamUse): NestedCondition {
  if (isLeaf(node)) {
    const value: FactValue = isParamRef(node.value) ? resolve(node.value.param).value : (node.value as FactValue);
    return { fact: FACTS, path: node.fact, operator: node.operator, value } as NestedCondition;
  }
  if ('all' in node) return { all: node.all.map((n) => toEngine(n, resolve)) };
  if ('any' in node) return { any: node.any.map((n) => toEngine(n, resolve)) };
  return { not: toEngine(node.not, resolve) };
}

/** Whether a check applies on `date`: it has no `from`, or `from` is on or before the date. */
export function appliesOn(def: CheckDefinition, date: string): boolean {
  return def.from === undefined || def.from <= date;
}

/** A key that changes exactly when the set of checks that apply changes (see `appliesOn`). */
export function checkEpoch(rs: Ruleset, date: string): string {
  return rs.checks
    .filter((c) => !appliesOn(c, date))
    .map((c) => c.id)
    .join(',');
}

/**
 * Each check becomes one condition tree: an `any` whose children are the check's parts. With equal
 * priorities json-rules-engine evaluates every child, so each condition keeps the value it saw.
 * Thresholds are replaced by the parameter values in force on `date`. A check whose `from` is after
 * `date` goes to `notYet` uncompiled, so a parameter that only has values from then on is never read;
 * any other parameter without a value on `date` still throws RULESET_PARAM_MISSING.
 */
export function compilePack(rs: Ruleset, date: string): CompiledPack {
  const checks: CompiledCheck[] = [];
  const notYet: (CheckDefinition & { dimension: string })[] = [];
  const factNames = new Set<string>();
  for (const d of rs.dimensions) if (d.trigger) factNames.add(d.trigger);
  for (const def of rs.checks) {
    if (!appliesOn(def, date)) {
      notYet.push(def);
      continue;
    }
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
    for (const id of textParams(def)) resolve(id);
    const facts = [...new Set(parts.flatMap((p) => leaves(def[p]).map((l) => l.fact)))];
    for (const f of facts) factNames.add(f);
    for (const f of def.inform ?? []) factNames.add(f);
    const shown = [...new Set([...facts, ...(def.inform ?? [])])];
    checks.push({ def, parts, params: [...used.values()], facts, shown, texts: new Map(), condition: { any: children } as NestedCondition });
  }
  return { checks, notYet, factNames: [...factNames] };
}
