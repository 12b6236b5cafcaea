// Reading a check's condition trees and texts: which leaves, facts and parameters it uses.
// Shared by the engine (compile) and the linter, so that neither has to import the other.
import { paramIdsIn } from '../i18n.js';
import type { CheckDefinition, ConditionNode, LeafCondition } from '../types.js';

export function isLeaf(node: ConditionNode): node is LeafCondition {
  return 'fact' in node;
}

/** The leaves of a condition tree, left to right; none for an absent tree. */
export function leaves(node: ConditionNode | undefined): LeafCondition[] {
  if (!node) return [];
  if (isLeaf(node)) return [node];
  if ('all' in node) return node.all.flatMap(leaves);
  if ('any' in node) return node.any.flatMap(leaves);
  return leaves(node.not);
}

/** A threshold given as `{"param": "id"}` rather than a literal. */
export function isParamRef(v: unknown): v is { param: string } {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && typeof (v as { param?: unknown }).param === 'string';
}

/** Every text of a check and its variants (title, why, fix, ask), in every language. */
export function checkTexts(def: CheckDefinition): string[] {
  const sets = [def, ...(def.variants ?? [])];
  return sets.flatMap((v) => [v.title, v.why, v.fix, v.ask]).flatMap((t) => (t ? Object.values(t) : [])) as string[];
}

/** Parameters cited in a check's texts as `{param:id}`, in any language. */
export function textParams(def: CheckDefinition): string[] {
  return [...new Set(checkTexts(def).flatMap((t) => paramIdsIn(t)))];
}

/** Every parameter a check reads: thresholds in its conditions, factParams and `{param:id}` in its texts. */
export function paramsOf(def: CheckDefinition): string[] {
  const inConditions = [def.appliesWhen, def.pass, def.partial]
    .flatMap((n) => leaves(n))
    .map((l) => l.value)
    .filter(isParamRef)
    .map((v) => v.param);
  return [...new Set([...inConditions, ...(def.factParams ?? []), ...textParams(def)])];
}
