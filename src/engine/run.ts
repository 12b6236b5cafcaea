// Runs compiled checks with json-rules-engine: one bundled rule per run, pooled Engines, one fact object.
import { Engine, type PathResolver, type RuleProperties, type TopLevelCondition } from 'json-rules-engine';
import type { Facts } from '../types.js';
import { FACTS, type CompiledCheck } from './compile.js';

/** The evaluated condition tree json-rules-engine leaves behind (results written onto a clone). */
export interface ResultNode {
  all?: ResultNode[];
  any?: ResultNode[];
  not?: ResultNode;
  factResult?: unknown;
  valueResult?: unknown;
  result?: boolean;
}

/** Conditions read `facts[path]` directly: fact names are flat keys, not JSONPath expressions. */
const flatPath: PathResolver = (value, path) => (value as Record<string, unknown>)[path];

/**
 * The checks of one run are bundled into a single engine rule whose top-level `any` holds one
 * subtree per check. json-rules-engine still evaluates every condition (equal priorities run in
 * parallel, no short-circuit) and records each fact value, but the per-rule overhead is paid once.
 *
 * An Engine keeps one running/finished status, so two overlapping run() calls on one Engine make
 * the first to finish skip the other's remaining rules (json-rules-engine #303, ENGINEERING.md).
 * Each run therefore takes an idle Engine from the pool, or builds one.
 */
export class EnginePool {
  private readonly idle: Engine[] = [];
  private readonly rule: RuleProperties;

  constructor(
    readonly checks: readonly CompiledCheck[],
    private readonly maxIdle = 8,
  ) {
    const any = checks.map((c) => c.condition);
    this.rule = { name: 'checks', priority: 1, conditions: { any } as TopLevelCondition, event: { type: 'checks' } };
  }

  private build(): Engine {
    return new Engine([this.rule], { allowUndefinedFacts: true, replaceFactsInEventParams: false, pathResolver: flatPath });
  }

  /** The evaluated tree of each check, in the order of `checks`. */
  async run(facts: Facts): Promise<ResultNode[]> {
    if (this.checks.length === 0) return [];
    const engine = this.idle.pop() ?? this.build();
    try {
      const { results, failureResults } = await engine.run({ [FACTS]: facts });
      const top = (results[0] ?? failureResults[0])?.conditions as ResultNode | undefined;
      return top?.any ?? [];
    } finally {
      if (this.idle.length < this.maxIdle) this.idle.push(engine);
    }
  }
}
