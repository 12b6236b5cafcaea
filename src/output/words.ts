// Words from codes: an assessment records what decided each text (variants, deciding body, reason codes,
// ladder caps, dates); this module words them in any language from the i18n messages and the ruleset's
// texts. Pure, and it imports nothing from src/scoring: rendering never scores again.
import { caseTexts } from '../engine/case-texts.js';
import { fillParams, formatPercent, formatScoreRange, isDecidingBody, pick, t, type MessageKey } from '../i18n.js';
import type { Assessment, CheckResult, Lang, LocalizedText, ReasonCode, ReasonValue, Ruleset, ScoreRange, VerdictCode } from '../types.js';

const TITLE_KEY: Record<VerdictCode, MessageKey> = {
  favourable: 'verdictFavourable',
  conditional: 'verdictConditional',
  unfavourable: 'verdictUnfavourable',
  undetermined: 'verdictUndetermined',
  audit: 'verdictAudit',
};

export function verdictTitle(code: VerdictCode, lang: Lang): string {
  return t(lang, TITLE_KEY[code]);
}

/** The texts a reason names by id, in the language it is worded in. */
export interface ReasonNames {
  check(id: string): string;
  dimension(id: string): string;
  dimensionScore(id: string): ScoreRange | null;
  level(level: number): string;
}

/** The messages a verdict reason may use. */
const REASON_KEYS: ReadonlySet<string> = new Set<MessageKey>([
  'reasonKnockout',
  'reasonLowScore',
  'reasonLowScoreAtBest',
  'reasonSevereDimension',
  'reasonUndetermined',
  'reasonLittleKnown',
  'reasonLittleKnownAudit',
  'reasonRedDimensions',
  'reasonNotGreenEnough',
  'reasonParticipation',
  'reasonTokenism',
  'reasonAllGood',
  'reasonAudit',
  'reasonNoScore',
]);

const num = (v: ReasonValue | undefined): number => (typeof v === 'number' ? v : 0);
const ids = (v: ReasonValue | undefined): string[] => (Array.isArray(v) ? v : []);
const range = (v: ReasonValue | undefined): { low: number; high: number } =>
  v !== null && typeof v === 'object' && !Array.isArray(v) ? v : { low: 0, high: 0 };
const isVerdictCode = (v: ReasonValue | undefined): v is VerdictCode => typeof v === 'string' && v in TITLE_KEY;

/** One reason of the verdict in `lang`: numbers formatted, ids and codes turned into their names. */
export function reasonText(code: ReasonCode, lang: Lang, names: ReasonNames): string {
  const v = code.vars;
  // A key this version does not know (a later version's) is shown as it is rather than dropped.
  if (!REASON_KEYS.has(code.key)) return code.key;
  const key = code.key as MessageKey;
  switch (key) {
    case 'reasonKnockout':
      return t(lang, key, { id: String(v.id), title: names.check(String(v.id)) });
    case 'reasonRedDimensions': {
      const dims = ids(v.dims);
      return t(lang, key, { count: dims.length, names: dims.map(names.dimension).join(', ') });
    }
    case 'reasonSevereDimension': {
      const dims = ids(v.dims);
      const list = dims.map((id) => `${names.dimension(id)} (${formatScoreRange(names.dimensionScore(id) ?? { low: 0, high: 0 }, lang)})`).join(', ');
      return t(lang, key, { count: dims.length, names: list, min: num(v.min) });
    }
    case 'reasonUndetermined':
      return t(lang, key, {
        low: isVerdictCode(v.low) ? verdictTitle(v.low, lang) : String(v.low),
        high: isVerdictCode(v.high) ? verdictTitle(v.high, lang) : String(v.high),
        score: formatScoreRange(range(v.score), lang),
      });
    case 'reasonParticipation':
      return t(lang, key, { level: num(v.level), title: names.level(num(v.level)), min: num(v.min) });
    case 'reasonLittleKnown':
    case 'reasonLittleKnownAudit':
      return t(lang, key, { known: formatPercent(num(v.known), lang), open: num(v.open), total: num(v.total) });
    default: {
      // Scores and thresholds: a `score` is a range, the rest numbers as they are.
      const vars: Record<string, string | number> = {};
      for (const [name, value] of Object.entries(v)) {
        vars[name] = name === 'score' ? formatScoreRange(range(value), lang) : typeof value === 'number' ? value : String(value);
      }
      return t(lang, key, vars);
    }
  }
}

type CheckWords = Pick<CheckResult, 'title' | 'why' | 'fix' | 'ask'>;

/** A check's texts in `lang` as the engine chose them for this case (its variants and deciding body); null when the ruleset lacks the check. */
export function checkWords(c: CheckResult, rs: Ruleset, lang: Lang, referenceDate: string): CheckWords | null {
  const def = rs.checks.find((x) => x.id === c.id);
  if (!def) return null;
  const body = isDecidingBody(c.decidingBody) ? c.decidingBody : null;
  const texts = caseTexts(def, c.variants ?? []);
  const fill = (text: LocalizedText, fallback: string): string => {
    const s = fillParams(pick(text, lang), c.parameters, lang, body);
    return s.trim() === '' ? fallback : s;
  };
  return {
    title: fill(texts.title, c.title),
    why: c.notYetFrom !== undefined ? t(lang, 'checkNotYet', { from: c.notYetFrom, date: referenceDate }) : fill(texts.why, c.why),
    fix: fill(texts.fix, c.fix),
    ask: fill(texts.ask, c.ask),
  };
}

/**
 * The assessment with every text worded in `lang` from its codes: check texts, dimension and ladder
 * titles, cap reasons, the verdict and its reasons, questions, steps, household names and stale
 * parameters. Scores, outcomes and every order stay as saved. A text the ruleset lacks keeps the saved words.
 */
export function inLanguage(a: Assessment, rs: Ruleset, lang: Lang): Assessment {
  if (lang === a.lang) return a;
  const checks = a.checks.map((c) => ({ ...c, ...checkWords(c, rs, lang, a.referenceDate) }));
  const byId = new Map(checks.map((c) => [c.id, c]));
  const dimDefs = new Map(rs.dimensions.map((d) => [d.id, d]));
  const dimensions = a.dimensions.map((d) => ({ ...d, title: localOr(dimDefs.get(d.id)?.title, lang, d.title) }));
  const dims = new Map(dimensions.map((d) => [d.id, d]));
  const levelTitle = (n: number, fallback = String(n)): string => localOr(rs.ladder.levels.find((x) => x.level === n)?.title, lang, fallback);
  const p = a.participation;
  const capReason = (ref: number | 'tokenism' | undefined, fallback: string): string =>
    localOr(ref === 'tokenism' ? rs.ladder.tokenism.reason : ref === undefined ? undefined : rs.ladder.caps[ref]?.reason, lang, fallback);
  const names: ReasonNames = {
    check: (id) => byId.get(id)?.title ?? id,
    dimension: (id) => dims.get(id)?.title ?? id,
    dimensionScore: (id) => dims.get(id)?.score ?? null,
    level: (n) => levelTitle(n),
  };
  const question = <T extends { checkId: string; title: string; question: string }>(u: T): T => {
    const c = byId.get(u.checkId);
    return c ? { ...u, title: c.title, question: c.ask } : u;
  };
  const codes = a.verdict.reasonCodes;
  return {
    ...a,
    lang,
    checks,
    dimensions,
    participation: {
      ...p,
      claimedTitle: levelTitle(p.claimedLevel ?? 0, p.claimedTitle),
      effectiveTitle: levelTitle(p.effectiveLevel, p.effectiveTitle),
      effectiveHighTitle: levelTitle(p.effectiveHigh, p.effectiveHighTitle),
      caps: p.caps.map((c) => ({ ...c, reason: capReason(c.ladderCap, c.reason) })),
      tokenismReason: p.tokenismReason === null ? null : capReason('tokenism', p.tokenismReason),
    },
    verdict: {
      ...a.verdict,
      title: verdictTitle(a.verdict.code, lang),
      // Without codes (an assessment from elsewhere) the saved reasons stay: better in one language than none.
      reasons: Array.isArray(codes) ? codes.map((r) => reasonText(r, lang, names)) : a.verdict.reasons,
      questions: a.verdict.questions.map(question),
    },
    unknowns: a.unknowns.map(question),
    improvementPath: a.improvementPath.map((s) => {
      const c = byId.get(s.checkId);
      return c ? { ...s, title: c.title, fix: c.fix } : s;
    }),
    householdCosts: householdTitles(a.householdCosts, rs, lang),
    staleParameters: a.staleParameters.map((s) => ({ ...s, message: staleMessage(s, a.referenceDate, lang) })),
  };
}

function localOr(text: LocalizedText | undefined, lang: Lang, fallback: string): string {
  const s = text ? pick(text, lang) : '';
  return s.trim() === '' ? fallback : s;
}

export function staleMessage(p: { id: string; lastValidFrom: string }, referenceDate: string, lang: Lang): string {
  return t(lang, 'staleParameter', { id: p.id, since: p.lastValidFrom, date: referenceDate });
}

/** Household cost rows carry the household's id; their name is worded from the ruleset. */
export function householdTitles(rows: Assessment['householdCosts'], rs: Ruleset, lang: Lang): Assessment['householdCosts'] {
  if (!Array.isArray(rows)) return rows;
  return rows.map((row) => {
    if (!row || typeof row !== 'object' || Array.isArray(row)) return row;
    const h = rs.households.find((x) => x.id === row.household);
    return h ? { ...row, title: pick(h.title, lang) } : row;
  });
}
