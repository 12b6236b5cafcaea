// Check, dimension and ladder texts in the report language, taken from the ruleset when it differs from the assessment's.
import { factContext } from '../assess.js';
import { deriveFacts } from '../engine/facts/index.js';
import { subjectFacts } from '../engine/facts/subject.js';
import { caseTexts, matchingVariants } from '../engine/outcome.js';
import { fillParams, isDecidingBody, pick } from '../i18n.js';
import { inputsAt, type Bounds, type RangeParts } from '../scoring/bounds.js';
import { decideVerdict, verdictTitle } from '../scoring/verdict.js';
import type { Assessment, CheckResult, Facts, Lang, LocalizedText, ParamUse, Ruleset } from '../types.js';

type TextField = 'title' | 'why' | 'fix' | 'ask';

/** Texts of one report: each falls back to the assessment's own text when the ruleset lacks it. */
export interface ReportTexts {
  check(id: string, field: TextField, fallback: string, params?: readonly ParamUse[]): string;
  dimension(id: string, fallback: string): string;
  level(level: number, fallback: string): string;
  capReason(missing: readonly string[], fallback: string): string;
}

/**
 * The facts that chose the assessment's text variants and deciding body, derived again from its
 * input; when that fails (an input from an older pack), the subject facts alone.
 */
function caseFacts(a: Assessment, rs: Ruleset): Facts {
  const input = (a.input ?? {}) as Record<string, unknown>;
  try {
    return deriveFacts(input, factContext(rs, a.referenceDate));
  } catch {
    return subjectFacts(input);
  }
}

export function reportTexts(a: Assessment, rs: Ruleset, lang: Lang): ReportTexts {
  const same = lang === a.lang;
  const checks = new Map(rs.checks.map((c) => [c.id, c]));
  const paramsOf = new Map(a.checks.map((c) => [c.id, c.parameters]));
  const dims = new Map(rs.dimensions.map((d) => [d.id, d]));
  const levels = new Map(rs.ladder.levels.map((x) => [x.level, x]));
  const facts = same ? {} : caseFacts(a, rs);
  const body = isDecidingBody(facts['subject.decidingBody']) ? facts['subject.decidingBody'] : null;
  const local = (t: LocalizedText | undefined, params: readonly ParamUse[], fallback: string): string => {
    const s = t ? fillParams(pick(t, lang), params, lang, body) : '';
    return s.trim() === '' ? fallback : s;
  };
  return {
    check(id, field, fallback, params) {
      if (same) return fallback;
      // The text as the engine chose it for this case (audit, region, situation), in the report language.
      const def = checks.get(id);
      return local(def ? caseTexts(def, matchingVariants(def, facts))[field] : undefined, params ?? paramsOf.get(id) ?? [], fallback);
    },
    dimension(id, fallback) {
      return same ? fallback : local(dims.get(id)?.title, [], fallback);
    },
    level(level, fallback) {
      return same ? fallback : local(levels.get(level)?.title, [], fallback);
    },
    capReason(missing, fallback) {
      if (same) return fallback;
      if (missing.join('|') === rs.ladder.tokenism.fact) return local(rs.ladder.tokenism.reason, [], fallback);
      return local(rs.ladder.caps.find((c) => missing.every((m) => c.missing.includes(m)))?.reason, [], fallback);
    },
  };
}

/** The bounds the verdict was decided on, read back from a saved assessment (no facts needed). */
function boundsOf(a: Assessment, rs: Ruleset): Bounds {
  const ko = a.checks.filter((c) => c.knockout);
  const p = a.participation;
  const parts: RangeParts = {
    overall: a.score.overall,
    dims: a.dimensions,
    knockouts: { sure: ko.filter((c) => c.outcome === 'fail').length, possible: ko.filter((c) => c.possible.includes('fail')).length },
    level: { low: p.effectiveLevel, high: p.effectiveHigh },
    tokenism: p.tokenism,
  };
  return { overall: a.score.overall, worst: inputsAt('low', parts, rs.scoring), best: inputsAt('high', parts, rs.scoring), range: a.verdict.range };
}

/** The verdict title and reasons in the report language, recomputed from the same results. */
export function localVerdict(a: Assessment, rs: Ruleset, lang: Lang, tx: ReportTexts): { title: string; reasons: string[] } {
  if (lang === a.lang) return { title: a.verdict.title, reasons: a.verdict.reasons };
  const checks: CheckResult[] = a.checks.map((c) => ({ ...c, title: tx.check(c.id, 'title', c.title, c.parameters) }));
  const dims = a.dimensions.map((d) => ({ ...d, title: tx.dimension(d.id, d.title) }));
  const p = a.participation;
  const participation = { ...p, effectiveTitle: tx.level(p.effectiveLevel, p.effectiveTitle), effectiveHighTitle: tx.level(p.effectiveHigh, p.effectiveHighTitle) };
  const v = decideVerdict(a.kind, rs.scoring, boundsOf(a, rs), dims, checks, participation, a.unknowns, lang);
  // Same inputs give the same code; should a different ruleset have been passed, keep the recorded verdict's code.
  return { title: verdictTitle(a.verdict.code, lang), reasons: v.code === a.verdict.code ? v.reasons : a.verdict.reasons };
}
