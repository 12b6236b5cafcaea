// Check, dimension and ladder texts in the report language, taken from the ruleset when it differs from the assessment's.
import { fillParams, pick } from '../i18n.js';
import type { Bounds } from '../scoring/bounds.js';
import { decideVerdict, verdictTitle } from '../scoring/verdict.js';
import type { Assessment, CheckDefinition, CheckResult, Lang, LocalizedText, ParamUse, Ruleset, TextVariant } from '../types.js';

type TextField = 'title' | 'why' | 'fix' | 'ask';

/** Texts of one report: each falls back to the assessment's own text when the ruleset lacks it. */
export interface ReportTexts {
  check(id: string, field: TextField, fallback: string, params?: readonly ParamUse[]): string;
  dimension(id: string, fallback: string): string;
  level(level: number, fallback: string): string;
  capReason(missing: readonly string[], fallback: string): string;
}

export function reportTexts(a: Assessment, rs: Ruleset, lang: Lang): ReportTexts {
  const same = lang === a.lang;
  const checks = new Map(rs.checks.map((c) => [c.id, c]));
  const paramsOf = new Map(a.checks.map((c) => [c.id, c.parameters]));
  const dims = new Map(rs.dimensions.map((d) => [d.id, d]));
  const levels = new Map(rs.ladder.levels.map((x) => [x.level, x]));
  const local = (t: LocalizedText | undefined, params: readonly ParamUse[], fallback: string): string => {
    const s = t ? fillParams(pick(t, lang), params, lang) : '';
    return s.trim() === '' ? fallback : s;
  };
  return {
    check(id, field, fallback, params) {
      if (same) return fallback;
      const def = checks.get(id);
      const ps = params ?? paramsOf.get(id) ?? [];
      return local(def ? appliedText(def, field, fallback, (t) => fillParams(pick(t, a.lang), ps, a.lang)) : undefined, ps, fallback);
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
function boundsOf(a: Assessment): Bounds {
  const ko = a.checks.filter((c) => c.knockout);
  const p = a.participation;
  return {
    overall: a.score.overall,
    worst: {
      overall: a.score.overall?.low ?? null,
      red: a.dimensions.filter((d) => d.lights.low === 'red').length,
      knockoutsFailed: ko.filter((c) => c.possible.includes('fail')).length,
      effectiveLevel: p.effectiveLevel,
      tokenism: p.tokenism !== false,
    },
    best: {
      overall: a.score.overall?.high ?? null,
      red: a.dimensions.filter((d) => d.lights.high === 'red').length,
      knockoutsFailed: ko.filter((c) => c.outcome === 'fail').length,
      effectiveLevel: p.effectiveHigh,
      tokenism: p.tokenism === true,
    },
    range: a.verdict.range,
  };
}

/**
 * The text a check used in the assessment, as a localized text: the variant (audit, region, situation) whose
 * wording in the assessment's language is the recorded one, else the base text. The assessment records the
 * wording, not which variant gave it, so a report in another language finds the variant back by its words.
 */
function appliedText(def: CheckDefinition, field: TextField, recorded: string, inLang: (t: LocalizedText) => string): LocalizedText | undefined {
  const own = (v: Pick<TextVariant, TextField>): LocalizedText | undefined => (field === 'ask' ? (v.ask ?? v.title) : v[field]);
  const candidates = [...(def.variants ?? []).map(own), own(def), def.title].filter((t): t is LocalizedText => t !== undefined);
  return candidates.find((t) => inLang(t) === recorded) ?? def[field];
}

/** The verdict title and reasons in the report language, recomputed from the same results. */
export function localVerdict(a: Assessment, rs: Ruleset, lang: Lang, tx: ReportTexts): { title: string; reasons: string[] } {
  if (lang === a.lang) return { title: a.verdict.title, reasons: a.verdict.reasons };
  const checks: CheckResult[] = a.checks.map((c) => ({ ...c, title: tx.check(c.id, 'title', c.title, c.parameters) }));
  const dims = a.dimensions.map((d) => ({ ...d, title: tx.dimension(d.id, d.title) }));
  const p = a.participation;
  const participation = { ...p, effectiveTitle: tx.level(p.effectiveLevel, p.effectiveTitle), effectiveHighTitle: tx.level(p.effectiveHigh, p.effectiveHighTitle) };
  const v = decideVerdict(a.kind, rs.scoring, boundsOf(a), dims, checks, participation, a.unknowns, lang);
  // Same inputs give the same code; should a different ruleset have been passed, keep the recorded verdict's code.
  return { title: verdictTitle(a.verdict.code, lang), reasons: v.code === a.verdict.code ? v.reasons : a.verdict.reasons };
}
