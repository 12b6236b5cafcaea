// Public API of armoedetoets: re-exports only.
export { assess, factsFor, type AssessOptions } from './assess.js';
export { loadRuleset, defaultRuleset, type LoadOptions } from './ruleset/load.js';
export { parseInputText, detectFormat, MAX_INPUT_BYTES } from './validation/parse.js';
export { validateInput, type ValidInput } from './validation/validate.js';
export { safeText, safeDeep, safeJson, type SafeTextOptions } from './text-safety.js';
export { todayIn, DEFAULT_TIME_ZONE } from './dates.js';
export { ArmoedetoetsError, isArmoedetoetsError, type ErrorCode, type FieldIssue } from './errors.js';
export * from './types.js';
