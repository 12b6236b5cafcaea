// Public API of armoedetoets. Every function is guarded: an error out of it is always an ArmoedetoetsError with a code.
import { assess as assessImpl, factsFor as factsForImpl } from './assess.js';
import { checkInputObject, checkLang } from './assess-options.js';
import { defaultRuleset as defaultRulesetImpl, loadRuleset as loadRulesetImpl } from './ruleset/load.js';
import { detectFormat as detectFormatImpl, parseInputText as parseInputTextImpl } from './validation/parse.js';
import { validateInput as validateInputImpl, type ValidInput } from './validation/validate.js';
import type { Lang } from './types.js';
import { guarded } from './boundary.js';

export const assess = guarded(assessImpl);
export const factsFor = guarded(factsForImpl);
export const loadRuleset = guarded(loadRulesetImpl);
export const defaultRuleset = guarded(defaultRulesetImpl);
export const parseInputText = guarded(parseInputTextImpl);
export const detectFormat = guarded(detectFormatImpl);
export const validateInput = guarded(function validateInput(data: Record<string, unknown>, lang?: Lang): ValidInput {
  const l = checkLang(lang);
  checkInputObject(data, l);
  return validateInputImpl(data, l);
});

export type { AssessOptions } from './assess.js';
export type { LoadOptions } from './ruleset/load.js';
export type { ValidInput };
export { MAX_INPUT_BYTES } from './validation/parse.js';
export { safeText, safeDeep, safeJson, type SafeTextOptions } from './text-safety.js';
export { todayIn, DEFAULT_TIME_ZONE } from './dates.js';
export { ArmoedetoetsError, isArmoedetoetsError, type ErrorCode, type FieldIssue } from './errors.js';
export * from './types.js';
