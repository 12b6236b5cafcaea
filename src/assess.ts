// The pipeline: validate → derive facts → run the rules → outcomes → scores, verdict, improvement path.
import { ArmoedetoetsError } from './errors.js';
import { DEFAULT_TIME_ZONE, todayIn } from './dates.js';
import { t } from './i18n.js';
import { SCHEMA_VERSION, type Assessment, type FactContext, type Facts, type Lang, type Ruleset } from './types.js';
import { validateInput, type ValidInput } from './validation/validate.js';
import { checkOptions, copyInput, isRealDate } from './assess-options.js';
import { paramEpoch, resolveParam } from './ruleset/params.js';
import { staleParameters } from './ruleset/stale.js';
import { checkEpoch, compilePack, type CompiledCheck, type CompiledPack } from './engine/compile.js';
import { notYetResult } from './engine/not-yet.js';
import { EnginePool, type ResultNode } from './engine/run.js';
import { checkResult } from './engine/outcome.js';
import { deriveFacts } from './engine/facts/index.js';
import { scoreChecks } from './scoring/score.js';
import { improvementPath } from './scoring/improvement.js';
import { householdTitles, staleMessage } from './output/words.js';

export interface AssessOptions {
  /** The ruleset to use; the shipped pack by default. */
  ruleset?: Ruleset;
  /** Language of the texts in the result (nl by default). */
  lang?: Lang;
  /** Reference date (YYYY-MM-DD); overrides meta.referenceDate. */
  date?: string;
  /** Today's date, used when neither `date` nor meta.referenceDate is given (pinned in tests). */
  today?: string;
  /** The IANA time zone whose calendar date is today when `today` is not given (Europe/Brussels by default). */
  timeZone?: string;
}

interface Prepared {
  pack: CompiledPack;
  /** Parameter values read by fact functions, memoized for this epoch. */
  params: Map<string, number>;
  /** One engine pool per set of dimensions switched off by their trigger (see poolFor). */
  pools: Map<string, EnginePool>;
}

interface RulesetCache {
  byEpoch: Map<string, Prepared>;
  byDate: Map<string, Prepared>;
}

// Compiled rules per ruleset and parameter epoch: thresholds change only when a dated value does,
// so every date inside one epoch shares one compiled pack and one engine pool.
const compiledCache = new WeakMap<Ruleset, RulesetCache>();
const MAX_CACHED = 64;

function prepared(rs: Ruleset, date: string): Prepared {
  let cache = compiledCache.get(rs);
  if (!cache) {
    cache = { byEpoch: new Map(), byDate: new Map() };
    compiledCache.set(rs, cache);
  }
  const hit = cache.byDate.get(date);
  if (hit) return hit;
  const epoch = `${paramEpoch(rs.parameters, date)}#${checkEpoch(rs, date)}`;
  let p = cache.byEpoch.get(epoch);
  if (!p) {
    p = { pack: compilePack(rs, date), params: new Map(), pools: new Map() };
    if (cache.byEpoch.size >= MAX_CACHED) cache.byEpoch.clear();
    cache.byEpoch.set(epoch, p);
  }
  if (cache.byDate.size >= MAX_CACHED) cache.byDate.clear();
  cache.byDate.set(date, p);
  return p;
}

/**
 * Checks of a dimension whose trigger is "no" are not applicable whatever their conditions say,
 * so they are left out of the run: the pool is chosen by the set of dimensions switched off.
 */
function poolFor(p: Prepared, rs: Ruleset, facts: Facts): EnginePool {
  const off = rs.dimensions.filter((d) => d.trigger && facts[d.trigger] === false).map((d) => d.id);
  const key = off.join(',');
  let pool = p.pools.get(key);
  if (!pool) {
    pool = new EnginePool(p.pack.checks.filter((c) => !off.includes(c.def.dimension)));
    if (p.pools.size >= MAX_CACHED) p.pools.clear();
    p.pools.set(key, pool);
  }
  return pool;
}

export function factContext(rs: Ruleset, referenceDate: string, memo?: Map<string, number>): FactContext {
  return {
    referenceDate,
    param: (id) => {
      let v = memo?.get(id);
      if (v === undefined) {
        v = resolveParam(rs.parameters, id, referenceDate).value;
        memo?.set(id, v);
      }
      return v;
    },
    households: rs.households,
  };
}

/** Facts for an already validated input (exposed for tests and the benchmark). */
export function factsFor(input: ValidInput, rs: Ruleset, referenceDate: string): Facts {
  return deriveFacts(input, factContext(rs, referenceDate));
}

export function referenceDateFor(input: ValidInput, options: AssessOptions, lang: Lang): string {
  const date = options.date ?? input.meta.referenceDate ?? options.today ?? todayIn(options.timeZone ?? DEFAULT_TIME_ZONE, new Date(), lang);
  if (!isRealDate(date)) {
    const message = t(lang, 'dateInvalid', { date });
    const issues = [{ path: options.date !== undefined ? '--date' : 'meta.referenceDate', message }];
    throw new ArmoedetoetsError('INPUT_INVALID', t(lang, 'inputInvalid', { count: 1 }), { issues });
  }
  return date;
}

/** Stale parameters among those this assessment read (thresholds, cited values, household incomes). */
function staleUsed(rs: Ruleset, checks: readonly { parameters: readonly { id: string }[] }[], date: string, lang: Lang): Assessment['staleParameters'] {
  const used = new Set([...checks.flatMap((c) => c.parameters.map((p) => p.id)), ...rs.households.flatMap((h) => h.income.map((p) => p.param))]);
  return staleParameters(rs.parameters, date)
    .filter((p) => used.has(p.id))
    .map((p) => ({ ...p, message: staleMessage(p, date, lang) }));
}

/**
 * Assesses a proposal or service audit. Throws ArmoedetoetsError: USAGE for bad options, INPUT_INVALID
 * for bad input. The result holds a deep copy of the input, never the caller's own object.
 */
export async function assess(raw: Record<string, unknown>, options: AssessOptions = {}): Promise<Assessment> {
  const { lang, ruleset: rs } = checkOptions(options);
  const copy = copyInput(raw, lang);
  const input = validateInput(copy, lang);
  const referenceDate = referenceDateFor(input, options, lang);
  const prep = prepared(rs, referenceDate);
  // Values are the same for every date of one epoch, so the memo is shared across those dates.
  const facts = deriveFacts(input, factContext(rs, referenceDate, prep.params));

  const runFacts: Facts = {};
  for (const name of prep.pack.factNames) runFacts[name] = facts[name] ?? null;
  const pool = poolFor(prep, rs, facts);
  const evaluated = new Map<string, ResultNode>();
  (await pool.run(runFacts)).forEach((node, i) => evaluated.set((pool.checks[i] as CompiledCheck).def.id, node));

  const triggers = new Map(rs.dimensions.map((d) => [d.id, d.trigger ? ((facts[d.trigger] as boolean | null) ?? null) : null]));
  const checks = prep.pack.checks
    .map((c) => checkResult(c, evaluated.get(c.def.id), facts, triggers.get(c.def.dimension) ?? null, lang))
    .concat(prep.pack.notYet.map((d) => notYetResult(d, referenceDate, lang)));
  const scored = scoreChecks(rs, input.kind, checks, facts, lang);

  return {
    schemaVersion: SCHEMA_VERSION,
    kind: input.kind,
    lang,
    subject: { title: input.meta.title, municipality: input.meta.municipality, summary: input.meta.summary ?? '' },
    referenceDate,
    // A copy: the ruleset is shared by every assessment, so a caller changing one result must not reach it.
    ruleset: structuredClone(rs.info),
    verdict: scored.verdict,
    score: scored.score,
    dimensions: scored.dimensions,
    participation: scored.participation,
    checks,
    unknowns: scored.questions,
    improvementPath: improvementPath(rs, input.kind, checks, facts, scored.bounds),
    householdCosts: householdTitles(facts['affordability.householdCosts'] ?? null, rs, lang),
    readability: facts['information.readability'] ?? null,
    staleParameters: staleUsed(rs, checks, referenceDate, lang),
    input: copy,
  };
}
