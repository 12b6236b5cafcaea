// Inputs as the API receives them: text (JSON or YAML) parsed with the CLI's limits, validated with its schemas.
import { ArmoedetoetsError, type FieldIssue } from '../../errors.js';
import { parseInputText, validateInput, type ValidInput } from '../../index.js';
import { detectFormat, INPUT_LIMITS, MAX_DEPTH, MAX_INPUT_BYTES, type InputFormat, type ParseLimits } from '../../validation/parse.js';
import type { Lang } from '../../types.js';

export { lifeDomainsOf } from '../seed.js';

/**
 * A create request wraps the input with a few short fields ({ title, kind, input }): it may be this
 * much larger than an input, and one level deeper.
 */
export const WRAPPER_SLACK_BYTES = 16 * 1024;
export const WRAPPED_LIMITS: ParseLimits = { maxBytes: MAX_INPUT_BYTES + WRAPPER_SLACK_BYTES, maxDepth: MAX_DEPTH + 1 };

export interface CheckedInput {
  input: ValidInput;
  /** The input exactly as validated, as stored: JSON.stringify of the validated value. */
  text: string;
}

/** The issues of an input error with their paths under `prefix` (`input.meta.title`), same message. */
function under(e: unknown, prefix: string): unknown {
  if (!(e instanceof ArmoedetoetsError) || prefix === '') return e;
  const issues: FieldIssue[] = e.issues.map((i) => ({ path: i.path ? `${prefix}.${i.path}` : prefix, message: i.message }));
  return new ArmoedetoetsError(e.code, e.message, { issues, data: e.data, cause: e });
}

/** Validated input and its stored text; INPUT_INVALID with every field problem (paths under `prefix`). */
export function checkInput(raw: Record<string, unknown>, lang: Lang, prefix = ''): CheckedInput {
  try {
    const input = validateInput(raw, lang);
    return { input, text: JSON.stringify(input) };
  } catch (e) {
    throw under(e, prefix);
  }
}

/** An input sent as text: parsed with the CLI's limits (size, depth, duplicate and forbidden keys). */
export function parseInput(text: string, format: InputFormat, lang: Lang, prefix = ''): Record<string, unknown> {
  try {
    return parseInputText(text, format, lang, INPUT_LIMITS);
  } catch (e) {
    throw under(e, prefix);
  }
}

/** An input given inside a JSON request: an object as it is, or its YAML or JSON text. */
export function embeddedInput(value: unknown, lang: Lang, prefix: string): Record<string, unknown> {
  if (typeof value === 'string') return parseInput(value, detectFormat('', value), lang, prefix);
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) return value as Record<string, unknown>;
  return parseInput(JSON.stringify(value ?? null), 'json', lang, prefix);
}
