// What `assess` takes from a library caller: its options checked and its input copied, so that a
// mistake gives an ArmoedetoetsError with a code (never a TypeError) and the result shares nothing with the input.
import { ArmoedetoetsError, type FieldIssue } from './errors.js';
import { t } from './i18n.js';
import { defaultRuleset, isLoadedRuleset } from './ruleset/load.js';
import { lintRuleset } from './ruleset/lint.js';
import { LANGS, type Lang, type Ruleset } from './types.js';
import type { AssessOptions } from './assess.js';
import { checkTimeZone } from './dates.js';

/** Every option `assess` knows; a key outside this list (a typo such as `language`) is refused. */
const OPTION_KEYS = ['ruleset', 'lang', 'date', 'today', 'timeZone'] as const satisfies readonly (keyof AssessOptions)[];
// A compile error here means AssessOptions gained a field that OPTION_KEYS does not list yet.
const allListed: Exclude<keyof AssessOptions, (typeof OPTION_KEYS)[number]> extends never ? true : never = true;
void allListed;

export function isRealDate(s: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

function isTimeZone(tz: string): boolean {
  try {
    checkTimeZone(tz);
    return true;
  } catch {
    return false;
  }
}

function typeName(v: unknown): string {
  return Array.isArray(v) ? 'array' : v === null ? 'null' : typeof v;
}

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function isLang(v: unknown): v is Lang {
  return typeof v === 'string' && (LANGS as readonly string[]).includes(v);
}

/**
 * The options checked: a known language, dates as text, a ruleset that passes the lint, no unknown keys.
 * Whether `date` is a real date is checked with the input's own date (it is the user's reference date).
 */
export function checkOptions(options: unknown): { lang: Lang; ruleset: Ruleset } {
  if (!isPlainObject(options)) {
    const message = t('nl', 'optionsNotObject', { type: typeName(options) });
    throw new ArmoedetoetsError('USAGE', t('nl', 'optionsInvalid', { names: 'options' }), { issues: [{ path: 'options', message }] });
  }
  const lang: Lang = isLang(options['lang']) ? options['lang'] : 'nl';
  const issues: FieldIssue[] = [];
  for (const key of Object.keys(options)) {
    if (!(OPTION_KEYS as readonly string[]).includes(key)) issues.push({ path: key, message: t(lang, 'optionUnknown', { known: OPTION_KEYS.join(', ') }) });
  }
  if (options['lang'] !== undefined && !isLang(options['lang'])) {
    issues.push({ path: 'lang', message: t(lang, 'optionLang', { value: JSON.stringify(options['lang']) ?? typeName(options['lang']) }) });
  }
  for (const key of ['date', 'today'] as const) {
    const v = options[key];
    if (v !== undefined && typeof v !== 'string') issues.push({ path: key, message: t(lang, 'optionDateType', { type: typeName(v) }) });
  }
  const tz = options['timeZone'];
  if (tz !== undefined && typeof tz !== 'string') issues.push({ path: 'timeZone', message: t(lang, 'optionDateType', { type: typeName(tz) }) });
  else if (typeof tz === 'string' && !isTimeZone(tz)) issues.push({ path: 'timeZone', message: t(lang, 'timeZoneInvalid', { zone: tz }) });
  // `today` stands for the caller's clock, not for the user's data: a wrong one is the caller's mistake.
  const today = options['today'];
  if (typeof today === 'string' && !isRealDate(today)) issues.push({ path: 'today', message: t(lang, 'dateInvalid', { date: today }) });
  if (issues.length > 0) {
    throw new ArmoedetoetsError('USAGE', t(lang, 'optionsInvalid', { names: issues.map((i) => i.path).join(', ') }), { issues });
  }
  const ruleset = options['ruleset'];
  return { lang, ruleset: ruleset === undefined ? defaultRuleset() : linted(ruleset as Ruleset, lang) };
}

/** Hand-made rulesets that passed the lint (loadRuleset's own are linted when loaded). */
const lintedByHand = new WeakSet<Ruleset>();

/**
 * A ruleset assess may run: one that loadRuleset made, or one built by hand (a copy with other
 * weights, say) once it passes the same lint — so no ruleset skips it. Linted once per object.
 */
function linted(rs: Ruleset, lang: Lang): Ruleset {
  if (typeof rs === 'object' && rs !== null && (isLoadedRuleset(rs) || lintedByHand.has(rs))) return rs;
  try {
    lintRuleset(rs);
  } catch (cause) {
    if (cause instanceof ArmoedetoetsError) throw cause;
    // Not a ruleset at all ({}, a string, a copy missing its Map of parameters): the lint could not read it.
    const issues = [{ path: 'ruleset', message: t(lang, 'optionRuleset') }];
    throw new ArmoedetoetsError('USAGE', t(lang, 'optionsInvalid', { names: 'ruleset' }), { issues, cause });
  }
  lintedByHand.add(rs);
  return rs;
}

/** The input is one object (not null, a string or an array): INPUT_INVALID otherwise. */
export function checkInputObject(raw: unknown, lang: Lang): asserts raw is Record<string, unknown> {
  if (!isPlainObject(raw)) {
    const message = t(lang, 'inputNotObject', { type: typeName(raw) });
    throw new ArmoedetoetsError('INPUT_INVALID', message, { issues: [{ path: t(lang, 'root'), message }] });
  }
}

/** A language of the library's texts: USAGE otherwise. */
export function checkLang(lang: unknown): Lang {
  if (lang === undefined) return 'nl';
  if (isLang(lang)) return lang;
  const message = t('nl', 'optionLang', { value: JSON.stringify(lang) ?? typeName(lang) });
  throw new ArmoedetoetsError('USAGE', t('nl', 'optionsInvalid', { names: 'lang' }), { issues: [{ path: 'lang', message }] });
}

/**
 * A deep copy of the caller's input (structuredClone): the assessment keeps this copy, so changing
 * the caller's object later cannot change the assessment, nor the other way round.
 */
export function copyInput(raw: unknown, lang: Lang): Record<string, unknown> {
  checkInputObject(raw, lang);
  try {
    return structuredClone(raw);
  } catch (cause) {
    // Functions, symbols and proxies cannot be copied; a getter may throw; very deep nesting overflows the stack.
    const message =
      cause instanceof RangeError ? t(lang, 'inputNestedTooDeep') : t(lang, 'inputNotData', { detail: (cause as Error)?.message ?? String(cause) });
    throw new ArmoedetoetsError('INPUT_INVALID', message, { issues: [{ path: t(lang, 'root'), message }], cause });
  }
}
