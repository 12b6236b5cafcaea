// View models of check results and dimensions: outcomes, evidence (facts, conditions, dated parameters) and sources.
import { formatPercent, formatScore, formatScoreRange, sourceTitle } from '../i18n.js';
import type { Assessment, CheckResult, DimensionResult, Lang, Light, LightRange, Outcome, ScoreRange, SourceRef } from '../types.js';
import { formatDate, formatValue, operatorText, safeHttpsUrl } from './format.js';
import { fmt, type LabelKey, type Labels } from './locales.js';

export interface SourceView {
  title: string;
  tagText: string;
  href: string | null;
  urlText: string | null;
}
export interface CheckView {
  id: string;
  title: string;
  why: string;
  fix: string;
  ask: string;
  outcome: Outcome;
  outcomeText: string;
  severityText: string;
  knockout: boolean;
  isUnknown: boolean;
  facts: { name: string; value: string }[];
  conditions: { part: string; fact: string; test: string; param: string | null; actual: string; holds: string }[];
  params: { id: string; value: string; validFrom: string; source: SourceView }[];
  sources: SourceView[];
}
export interface DimensionView {
  id: string;
  code: string;
  title: string;
  anchor: string;
  applicable: boolean;
  scoreText: string;
  light: Light;
  lightText: string;
  lightShort: string;
  lightRange: LightRange | null;
  weightText: string;
  countsText: string;
  knockoutText: string | null;
  issues: CheckView[];
  passed: { id: string; title: string }[];
  naCount: string | null;
}

const OUTCOME_KEY: Record<Outcome, LabelKey> = {
  pass: 'outcomePass',
  partial: 'outcomePartial',
  fail: 'outcomeFail',
  unknown: 'outcomeUnknown',
  'not-applicable': 'outcomeNa',
};
const LIGHT_KEY: Record<Light, LabelKey> = { green: 'lightGreen', orange: 'lightOrange', red: 'lightRed', 'not-applicable': 'lightNa', open: 'lightOpen' };
const PART_KEY = { pass: 'partPass', partial: 'partPartial', appliesWhen: 'partApplies' } as const;
const TAG_KEY = { official: 'tagOfficial', practice: 'tagPractice', default: 'tagDefault' } as const;
/** Order of issues inside a dimension: failures first, then partial, then unknown. */
export const ISSUE_RANK: Partial<Record<Outcome, number>> = { fail: 0, partial: 1, unknown: 2 };

export const outcomeText = (o: Outcome, l: Labels): string => l[OUTCOME_KEY[o]] as string;
export const lightText = (x: Light, l: Labels): string => l[LIGHT_KEY[x]] as string;
export const scoreText = (r: ScoreRange | null, l: Labels, lang: Lang): string => (r === null ? (l.lightNa as string) : formatScoreRange(r, lang));

/** "oranje tot groen, 40 % gekend" while the range straddles lights; the light itself when decided. */
export function lightRangeText(lights: LightRange, score: ScoreRange | null, l: Labels, lang: Lang): string {
  if (lights.low === lights.high) return lightText(lights.low, l);
  return fmt(l, 'lightRange', { low: lightText(lights.low, l), high: lightText(lights.high, l), known: formatPercent(score?.known ?? 0, lang) });
}

/** "deels of niet voldaan" for two possible outcomes; three possible reads "onbekend". */
export function outcomeRangeText(possible: readonly Outcome[], l: Labels): string {
  if (possible.length === 1) return outcomeText(possible[0] as Outcome, l);
  if (possible.length >= 3) return outcomeText('unknown', l);
  return possible.map((o) => outcomeText(o, l)).join(` ${l.or as string} `);
}

/** A source as the report shows it: its title in the report language where one exists. */
export function sourceView(s: SourceRef, l: Labels, lang: Lang): SourceView {
  const href = safeHttpsUrl(s.url);
  return { title: sourceTitle(s, lang), tagText: l[TAG_KEY[s.tag]] ?? s.tag, href, urlText: href === null && s.url ? s.url : null };
}

export function checkView(c: CheckResult, l: Labels, lang: Lang): CheckView {
  const units = new Map(c.parameters.map((p) => [p.id, p.unit]));
  return {
    id: c.id,
    title: c.title,
    why: c.why,
    fix: c.fix,
    ask: c.ask,
    outcome: c.outcome,
    outcomeText: outcomeRangeText(c.possible, l),
    severityText: fmt(l, 'severityN', { n: c.severity }),
    knockout: c.knockout,
    isUnknown: c.outcome === 'unknown',
    facts: Object.entries(c.facts).map(([name, v]) => ({ name, value: formatValue(v, l, lang) })),
    conditions: c.conditions.map((x) => {
      const unit = x.param ? units.get(x.param) : undefined;
      return {
        part: l[PART_KEY[x.part]] as string,
        fact: x.fact,
        test: `${operatorText(x.operator, l)} ${formatValue(x.value, l, lang, unit)}`,
        param: x.param ?? null,
        actual: formatValue(x.factValue, l, lang, unit),
        holds: x.result ? (l.valueYes as string) : (l.valueNo as string),
      };
    }),
    params: c.parameters.map((p) => ({
      id: p.id,
      value: formatValue(p.value, l, lang, p.unit),
      validFrom: fmt(l, 'validFrom', { date: formatDate(p.validFrom, lang) }),
      source: sourceView(p.source, l, lang),
    })),
    sources: c.sources.map((s) => sourceView(s, l, lang)),
  };
}

export function dimensionView(d: DimensionResult, a: Assessment, l: Labels, lang: Lang): DimensionView {
  const own = a.checks.filter((c) => c.dimension === d.id);
  const issues = own
    .filter((c) => ISSUE_RANK[c.outcome] !== undefined)
    .sort((x, y) => (ISSUE_RANK[x.outcome] ?? 9) - (ISSUE_RANK[y.outcome] ?? 9) || Number(y.knockout) - Number(x.knockout) || y.severity - x.severity)
    .map((c) => checkView(c, l, lang));
  const na = d.counts['not-applicable'];
  const ko =
    d.knockoutsFailed.length > 0
      ? fmt(l, 'knockoutFailedIn', { ids: d.knockoutsFailed.join(', ') })
      : d.knockoutsUnknown.length > 0
        ? fmt(l, 'knockoutUnknownIn', { ids: d.knockoutsUnknown.join(', ') })
        : null;
  return {
    id: d.id,
    code: d.code,
    title: d.title,
    anchor: `dim-${d.id.replace(/[^a-zA-Z0-9-]/g, '')}`,
    applicable: d.applicable,
    scoreText: scoreText(d.score, l, lang),
    light: d.light,
    lightText: lightRangeText(d.lights, d.score, l, lang),
    lightShort: d.light === 'open' ? fmt(l, 'lightRangeShort', { low: lightText(d.lights.low, l), high: lightText(d.lights.high, l) }) : lightText(d.light, l),
    lightRange: d.light === 'open' ? d.lights : null,
    weightText: formatScore(d.weight, lang),
    countsText: fmt(l, 'countsLine', { pass: d.counts.pass, partial: d.counts.partial, fail: d.counts.fail, unknown: d.counts.unknown }),
    knockoutText: ko,
    issues,
    passed: own.filter((c) => c.outcome === 'pass').map((c) => ({ id: c.id, title: c.title })),
    naCount: na > 0 ? fmt(l, 'naCount', { n: na }) : null,
  };
}
