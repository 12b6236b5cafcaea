// The signature every fact module implements.
import type { FactContext, Facts } from '../../types.js';
import type { ProposalInput, ServiceAuditInput } from '../../validation/input-types.js';

/** The validated input as fact functions see it: a plain object, read defensively. */
export type FactInput = Record<string, unknown>;

/**
 * A fact module: pure, returns the same keys for every input (null when not known), so that the
 * ruleset linter can list the known facts by deriving them from an empty input.
 */
export type FactModule = (input: FactInput, ctx: FactContext) => Facts;

/** The sections both kinds of input may hold (housing, health …), by the name of their field. */
export type SectionName = Exclude<keyof ProposalInput & keyof ServiceAuditInput, 'kind' | 'meta'>;

/** A section as its schema defines it (src/validation/input-types.ts, generated from schemas/sections/). */
export type Section<K extends SectionName> = NonNullable<ProposalInput[K]>;
