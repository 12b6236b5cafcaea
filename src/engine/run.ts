// Runs compiled rules with json-rules-engine, one Engine per run in flight (engines are pooled).
import { Engine, type RuleProperties, type RuleResult } from 'json-rules-engine';
import type { Facts } from '../types.js';

/**
 * An Engine keeps one running/finished status, so two overlapping run() calls on one Engine
 * make the first to finish skip the other's remaining rules (json-rules-engine #303, see
 * ENGINEERING.md). Each run therefore takes an idle Engine from the pool, or builds one.
 */
export class EnginePool {
  private readonly idle: Engine[] = [];

  constructor(
    private readonly rules: RuleProperties[],
    private readonly maxIdle = 8,
  ) {}

  private build(): Engine {
    return new Engine(this.rules, { allowUndefinedFacts: true, replaceFactsInEventParams: false });
  }

  async run(facts: Facts): Promise<Map<string, RuleResult>> {
    const engine = this.idle.pop() ?? this.build();
    try {
      const { results, failureResults } = await engine.run(facts as Record<string, unknown>);
      const byName = new Map<string, RuleResult>();
      for (const r of results) byName.set(String(r.name), r);
      for (const r of failureResults) byName.set(String(r.name), r);
      return byName;
    } finally {
      if (this.idle.length < this.maxIdle) this.idle.push(engine);
    }
  }
}
