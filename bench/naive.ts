// The naive baseline: a new Engine per assessment, facts as one object read through JSONPath paths.
import { Engine, type NestedCondition, type RuleProperties, type TopLevelCondition } from 'json-rules-engine';
import { factsFor, referenceDateFor } from '../src/assess.js';
import type { CompiledPack } from '../src/engine/compile.js';
import type { ResultNode } from '../src/engine/run.js';
import { checkResult } from '../src/engine/outcome.js';
import { isLeaf, isParamRef } from '../src/ruleset/conditions.js';
import { resolveParam } from '../src/ruleset/params.js';
import { scoreChecks } from '../src/scoring/score.js';
import { improvementPath } from '../src/scoring/improvement.js';
import { validateInput } from '../src/validation/validate.js';
import type { ConditionNode, Ruleset } from '../src/types.js';

function naiveCondition(node: ConditionNode): NestedCondition {
  if (isLeaf(node)) {
    const value = isParamRef(node.value) ? { fact: 'params', path: `$['${node.value.param}']` } : node.value;
    return { fact: 'facts', path: `$['${node.fact}']`, operator: node.operator, value } as NestedCondition;
  }
  if ('all' in node) return { all: node.all.map(naiveCondition) };
  if ('any' in node) return { any: node.any.map(naiveCondition) };
  return { not: naiveCondition(node.not) };
}

/** The same checks, written the way a first json-rules-engine user would: parameters looked up at run time. */
export function naiveRules(rs: Ruleset): RuleProperties[] {
  return rs.checks.map((c) => {
    const parts = (['pass', 'partial', 'appliesWhen'] as const).filter((p) => c[p] !== undefined);
    const any = parts.map((p) => ({ all: [naiveCondition(c[p] as ConditionNode)] }) as NestedCondition);
    return { name: c.id, conditions: { any } as TopLevelCondition, event: { type: c.id } };
  });
}

/** The whole pipeline with the naive engine use in place of the compiled, pooled one. */
export async function naiveAssess(
  raw: Record<string, unknown>,
  rs: Ruleset,
  rules: RuleProperties[],
  /** Check metadata for reading results (compiled once, outside the timed part). */
  pack: CompiledPack,
  date: string,
): Promise<number | null> {
  const input = validateInput(raw);
  const referenceDate = referenceDateFor(input, { date }, 'nl');
  const facts = factsFor(input, rs, referenceDate);
  const params: Record<string, number> = {};
  for (const id of rs.parameters.keys()) {
    try {
      params[id] = resolveParam(rs.parameters, id, referenceDate).value;
    } catch {
      // a parameter without a value yet on this date is not read by any rule here
    }
  }
  const engine = new Engine(rules, { allowUndefinedFacts: true });
  const { results, failureResults } = await engine.run({ facts, params });
  const byName = new Map([...results, ...failureResults].map((r) => [String(r.name), r.conditions as ResultNode]));
  // The outcome reading and scoring are the same code as the real pipeline.
  const triggers = new Map(rs.dimensions.map((d) => [d.id, d.trigger ? ((facts[d.trigger] as boolean | null) ?? null) : null]));
  const checks = pack.checks.map((c) => checkResult(c, byName.get(c.def.id), facts, triggers.get(c.def.dimension) ?? null, 'nl'));
  const scored = scoreChecks(rs, input.kind, checks, facts, 'nl');
  improvementPath(rs, input.kind, checks, facts, scored.bounds);
  return scored.score.overall?.low ?? null;
}
