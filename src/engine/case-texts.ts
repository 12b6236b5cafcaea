// A check's texts for a case (its matching variants) and what counts as known wrong: pure, with no
// engine or lint imports, so that renderers can use them (src/output/words.ts) without the rule engine.
import type { CheckDefinition, CheckResult, Facts, TextVariant } from '../types.js';

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

/** Known to be wrong: neither a pass nor not-applicable is still possible (a top risk, a step of the path). */
export function knownWrong(c: Pick<CheckResult, 'possible'>): boolean {
  return c.possible.length > 0 && !c.possible.includes('pass') && !c.possible.includes('not-applicable');
}
