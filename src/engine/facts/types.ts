// The signature every fact module implements.
import type { FactContext, Facts } from '../../types.js';

/** The validated input as fact functions see it: a plain object, read defensively. */
export type FactInput = Record<string, unknown>;

/**
 * A fact module: pure, returns the same keys for every input (null when not known), so that the
 * ruleset linter can list the known facts by deriving them from an empty input.
 */
export type FactModule = (input: FactInput, ctx: FactContext) => Facts;
