// The report view model: Assessment + Ruleset + options → plain data with every string pre-formatted.
import { stringify } from 'yaml';
import { formatEuro, formatPercent, formatScoreRange, isDecidingBody, pick, t } from '../i18n.js';
import { subjectFacts } from '../engine/facts/subject.js';
import { calendarDate, DEFAULT_TIME_ZONE } from '../dates.js';
import { knownWrong } from '../engine/case-texts.js';
import { inLanguage, verdictTitle } from '../output/words.js';
import type { Assessment, FactValue, Lang, LightRange, Ruleset, UnknownItem } from '../types.js';
import { dimensionChart } from './charts.js';
import { formatDate, formatDelta } from './format.js';
import { fmt, labelsFor, type LabelKey, type Labels } from './locales.js';
import { changesView, type ChangesView } from './model-changes.js';
import {
  dimensionView,
  ISSUE_RANK,
  lightRangeText,
  lightText,
  outcomeRangeText,
  scoreText,
  sourceView,
  type DimensionView,
  type SourceView,
} from './model-checks.js';
import { masterplanView, type MasterplanView } from './model-masterplan.js';
import { methodView, participationView, type MethodView, type ParticipationView } from './model-parts.js';
import { localVerdict, reportTexts, type ReportTexts } from './texts.js';

export interface ReportOptions {
  ruleset: Ruleset;
  lang?: Lang;
  previous?: Assessment;
  generatedAt?: string;
  /** The IANA time zone of the report's date when `generatedAt` is a timestamp or not given (Europe/Brussels by default). */
  timeZone?: string;
}

export type Effort = 'quick' | 'structural';
export interface StepView {
  rank: number;
  id: string;
  title: string;
  dimension: string;
  outcomeText: string;
  fix: string;
  fixShort: string;
  gainText: string;
  scoreAfterText: string;
  verdictAfterText: string | null;
  knockout: boolean;
  /** Quick win or structural work (action plan of an audit). */
  effort: Effort;
  /** For an unknown check: the question to settle first. */
  ask: string | null;
}
/** One group of an audit's action plan, numbered through the whole plan. */
export interface PlanGroup {
  effort: Effort;
  title: string;
  intro: string;
  caption: string;
  steps: StepView[];
}
export interface RiskView {
  id: string;
  title: string;
  dimension: string;
  outcomeText: string;
  knockout: boolean;
}
export interface QuestionView {
  id: string;
  dimension: string;
  title: string;
  question: string;
  possibleText: string;
  movesText: string | null;
  movesShort: string | null;
  swingText: string;
  knockout: boolean;
}
/** One reference household in the cost table: the full price and what it really pays, each with its share of income. */
export interface CostRow {
  title: string;
  income: string;
  cost: string;
  share: string;
  paid: string;
  paidShare: string;
  tariff: string;
  takeUpRisk: boolean;
  rise: string | null;
}

export interface ReportModel {
  lang: Lang;
  l: Record<string, string>;
  docTitle: string;
  isAudit: boolean;
  cover: {
    title: string;
    municipality: string;
    summary: string;
    kindText: string;
    generated: string;
    referenceDate: string;
    verdictCode: string;
    verdictTitle: string;
    scoreText: string;
    knownText: string | null;
    light: string;
    lightText: string;
    lightShort: string;
    lightRange: LightRange | null;
    pack: string;
    hash: string;
    overlay: string | null;
    disabled: { id: string; reason: string; knockout: boolean }[];
    stale: string[];
  };
  reasons: string[];
  knockouts: { id: string; title: string }[];
  dimensions: DimensionView[];
  applicableDimensions: DimensionView[];
  naDimensions: DimensionView[];
  risks: RiskView[];
  recs: StepView[];
  steps: StepView[];
  /** Audit only: the action plan in two groups, quick wins first, then structural work. */
  plan: PlanGroup[];
  chart: string;
  participation: ParticipationView;
  masterplan: MasterplanView | null;
  costs: { rows: CostRow[]; note: string | null; showRise: boolean; anyTakeUpRisk: boolean } | null;
  unknowns: QuestionView[];
  /** The questions that would settle an undetermined verdict (empty otherwise). */
  decisive: QuestionView[];
  changes: ChangesView | null;
  sources: SourceView[];
  method: MethodView;
  inputText: string;
}

/** The summary must fit one A4 page: at most five recommendations, and those beyond the third only while their texts stay within this length. */
const SUMMARY_RECS_MAX = 5;
const SUMMARY_RECS_MIN = 3;
const SUMMARY_RECS_CHARS = 520;

/**
 * The top recommendations for the one-page summary; the full, ranked list follows in the improvement path.
 * When the verdict names its decisive questions, they take the room of the recommendations past the third.
 */
function summaryRecs(steps: StepView[], withQuestions: boolean): StepView[] {
  const out: StepView[] = [];
  let chars = 0;
  const [max, min, budget] = withQuestions ? [SUMMARY_RECS_MIN, 2, SUMMARY_RECS_CHARS / 2] : [SUMMARY_RECS_MAX, SUMMARY_RECS_MIN, SUMMARY_RECS_CHARS];
  for (const s of steps.slice(0, max)) {
    chars += s.fixShort.length;
    if (out.length >= min && chars > budget) break;
    out.push(s);
  }
  return out;
}
const ABBREVIATION = /(?:^|\s|\()(?:bv|bijv|o\.a|nl|e\.g|i\.e|p\.ex|cf|min|max|nr|art)\.$/i;

/** The first sentence of a text (for the one-page summary), not cut after an abbreviation such as "bv.". */
export function firstSentence(text: string): string {
  const parts = text.split(/(?<=[.!?])\s+(?=[A-ZÀ-Ý])/);
  let out = parts[0] ?? '';
  for (let i = 1; i < parts.length && (out.length < 40 || ABBREVIATION.test(out)); i++) out += ' ' + parts[i];
  return out;
}

function stepViews(a: Assessment, rs: Ruleset, l: Labels, lang: Lang, tx: ReportTexts, dimTitle: (id: string) => string): StepView[] {
  const byId = new Map(a.checks.map((c) => [c.id, c]));
  // The step carries its effort once the scoring copies it; until then, and for older assessments, the check definition has it.
  const effortOf = new Map(rs.checks.map((c) => [c.id, c.effort]));
  return a.improvementPath.map((s, i) => {
    const check = byId.get(s.checkId);
    const fix = tx.check(s.checkId, 'fix', s.fix, check?.parameters);
    return {
      rank: i + 1,
      id: s.checkId,
      title: tx.check(s.checkId, 'title', s.title),
      dimension: dimTitle(s.dimension),
      outcomeText: outcomeRangeText(s.possible, l),
      fix,
      fixShort: firstSentence(fix),
      gainText: fmt(l, 'gainPoints', { gain: formatDelta(s.gain, lang) }),
      scoreAfterText: formatScoreRange(s.scoreAfter, lang),
      verdictAfterText: s.changesVerdict && a.kind === 'proposal' ? fmt(l, 'changesVerdictTo', { verdict: verdictTitle(s.verdictAfter, lang) }) : null,
      knockout: s.knockout,
      // Without an effort a step counts as structural: it is no quick win unless the check says so.
      effort: s.effort ?? effortOf.get(s.checkId) ?? 'structural',
      ask: s.outcome === 'unknown' && check ? tx.check(s.checkId, 'ask', check.ask, check.parameters) : null,
    };
  });
}

function questionView(u: UnknownItem, l: Labels, lang: Lang, tx: ReportTexts, dimTitle: (id: string) => string): QuestionView {
  const moves = [
    u.ifBad ? t(lang, 'questionIfBad', { verdict: verdictTitle(u.ifBad, lang) }) : null,
    u.ifGood ? t(lang, 'questionIfGood', { verdict: verdictTitle(u.ifGood, lang) }) : null,
  ].filter((m): m is string => m !== null);
  return {
    id: u.checkId,
    dimension: dimTitle(u.dimension),
    title: tx.check(u.checkId, 'title', u.title),
    question: tx.check(u.checkId, 'ask', u.question),
    possibleText: outcomeRangeText(u.possible, l),
    movesText: moves.length > 0 ? moves.join('; ') : null,
    // The summary's short form: ↓ the best verdict left after a bad answer, ↑ the worst after a good one.
    movesShort:
      u.ifBad || u.ifGood
        ? [u.ifBad ? `↓ ${verdictTitle(u.ifBad, lang)}` : '', u.ifGood ? `↑ ${verdictTitle(u.ifGood, lang)}` : ''].filter(Boolean).join(' ')
        : null,
    swingText: fmt(l, 'swingPoints', { n: formatScoreRange({ low: u.swing, high: u.swing }, lang) }),
    knockout: u.knockout,
  };
}

const EFFORTS: readonly Effort[] = ['quick', 'structural'];
const EFFORT_KEY = { quick: 'Quick', structural: 'Structural' } as const satisfies Record<Effort, string>;

/** The audit's action plan: quick wins, then structural work, each in the order of the path, numbered through the plan. */
export function planGroups(steps: StepView[], l: Labels): PlanGroup[] {
  let rank = 0;
  return EFFORTS.map((effort) => ({
    effort,
    title: l[`plan${EFFORT_KEY[effort]}Title`] as string,
    intro: l[`plan${EFFORT_KEY[effort]}Intro`] as string,
    caption: l[`plan${EFFORT_KEY[effort]}Caption`] as string,
    steps: steps.filter((s) => s.effort === effort).map((s) => ({ ...s, rank: ++rank })),
  })).filter((g) => g.steps.length > 0);
}

const TARIFF_LABEL: Record<string, LabelKey> = { automatic: 'tariffAutomatic', 'on-request': 'tariffOnRequest', none: 'tariffNone' };

/** "+ € 4,00 (+28,6 %)": the rise of the full price against the previous price. */
function riseText(rise: FactValue | undefined, riseShare: FactValue | undefined, lang: Lang): string | null {
  if (typeof rise !== 'number') return null;
  const sign = rise > 0 ? '+' : rise < 0 ? '−' : '±';
  const pct = typeof riseShare === 'number' ? ` (${sign}${formatPercent(Math.abs(riseShare), lang)})` : '';
  return `${sign}${formatEuro(Math.abs(rise), lang)}${pct}`;
}

function costsView(a: Assessment, rs: Ruleset, l: Labels, lang: Lang): ReportModel['costs'] {
  if (!Array.isArray(a.householdCosts)) return null;
  const rows: CostRow[] = [];
  let travel = false;
  const unknown = l.valueUnknown as string;
  const money = (v: FactValue | undefined): string => (typeof v === 'number' ? formatEuro(v, lang) : unknown);
  const pct = (v: FactValue | undefined): string => (typeof v === 'number' ? formatPercent(v, lang) : unknown);
  for (const item of a.householdCosts as FactValue[]) {
    if (!item || typeof item !== 'object' || Array.isArray(item)) continue;
    const h = rs.households.find((x) => x.id === item.household);
    travel ||= item.travelIncluded === true;
    const tariffKey = typeof item.socialTariff === 'string' ? TARIFF_LABEL[item.socialTariff] : undefined;
    rows.push({
      title: h ? pick(h.title, lang) : String(item.title ?? item.household ?? ''),
      income: money(item.income),
      cost: money(item.monthlyCost),
      share: pct(item.share),
      paid: money(item.paidCost),
      paidShare: pct(item.paidShare),
      tariff: tariffKey ? (l[tariffKey] as string) : (l.tariffUnknown as string),
      takeUpRisk: item.takeUpRisk === true,
      rise: riseText(item.rise, item.riseShare, lang),
    });
  }
  if (rows.length === 0) return null;
  return {
    rows,
    note: travel ? (l.costsTravelIncluded as string) : null,
    showRise: rows.some((r) => r.rise !== null),
    anyTakeUpRisk: rows.some((r) => r.takeUpRisk),
  };
}

function distinctSources(a: Assessment, l: Labels, lang: Lang): SourceView[] {
  const seen = new Map<string, SourceView>();
  for (const c of a.checks) {
    for (const s of [...c.sources, ...c.parameters.map((p) => p.source)]) {
      const key = `${s.title}\u0000${s.url ?? ''}`;
      if (!seen.has(key)) seen.set(key, sourceView(s, l, lang));
    }
  }
  return [...seen.values()].sort((x, y) => x.title.localeCompare(y.title));
}

export function buildReportModel(saved: Assessment, options: ReportOptions): ReportModel {
  const rs = options.ruleset;
  const lang = options.lang ?? saved.lang;
  // Every text in the report language, chosen from what the assessment recorded: no scoring runs again.
  const a = inLanguage(saved, rs, lang);
  const isAudit = a.kind === 'service-audit';
  // An audit's report speaks of the service, its action plan and questions to the service: its labels take their audit wording.
  const body = subjectFacts((a.input ?? {}) as Record<string, unknown>)['subject.decidingBody'];
  const l = labelsFor(lang, isDecidingBody(body) ? body : null, isAudit);
  const tx = reportTexts();
  const dims = a.dimensions.map((d) => dimensionView(d, a, l, lang, tx));
  const dimTitle = (id: string): string => {
    const d = dims.find((x) => x.id === id);
    return d ? `${d.code} ${d.title}` : id;
  };
  const verdict = localVerdict(a);
  const steps = stepViews(a, rs, l, lang, tx, dimTitle);
  // Top risks are what is known to be wrong (failed, partial, or one of the two); open questions have their own list.
  const risks = a.checks
    .filter((c) => knownWrong(c) && (c.outcome !== 'partial' || c.severity >= rs.scoring.topRisks.partialMinSeverity))
    .sort(
      (x, y) =>
        Number(y.knockout && y.outcome === 'fail') - Number(x.knockout && x.outcome === 'fail') ||
        y.severity - x.severity ||
        (ISSUE_RANK[x.outcome] ?? 9) - (ISSUE_RANK[y.outcome] ?? 9),
    )
    // The decisive questions share the summary page with the risks: then only the first three risks fit.
    .slice(0, a.verdict.questions.length > 0 ? Math.min(3, rs.scoring.topRisks.count) : rs.scoring.topRisks.count)
    .map((c) => ({
      id: c.id,
      title: tx.check(c.id, 'title', c.title),
      dimension: dimTitle(c.dimension),
      outcomeText: outcomeRangeText(c.possible, l),
      knockout: c.knockout,
    }));
  const { green, orange } = { green: rs.scoring.lights.greenMin, orange: rs.scoring.lights.orangeMin };
  const chart = dimensionChart(
    a.dimensions.map((d, i) => {
      const v = dims[i] as DimensionView;
      return { code: v.code, title: v.title, score: d.score, lights: d.lights, valueText: v.applicable ? `${v.scoreText} · ${v.lightShort}` : v.lightShort };
    }),
    {
      title: l.chartTitle as string,
      desc: l.chartDesc as string,
      greenFrom: fmt(l, 'chartGreenFrom', { n: green }),
      orangeFrom: fmt(l, 'chartOrangeFrom', { n: orange }),
    },
    { green, orange },
  );
  const info = a.ruleset;
  return {
    lang,
    l: { ...l },
    docTitle: `${l.reportTitle} — ${a.subject.title}`,
    isAudit,
    cover: {
      title: a.subject.title,
      municipality: a.subject.municipality,
      summary: a.subject.summary,
      kindText: (isAudit ? l.kindAudit : l.kindProposal) as string,
      generated: formatDate(calendarDate(options.generatedAt, options.timeZone ?? DEFAULT_TIME_ZONE, new Date(), lang), lang),
      referenceDate: formatDate(a.referenceDate, lang),
      verdictCode: a.verdict.code,
      verdictTitle: verdict.title,
      scoreText: scoreText(a.score.overall, l, lang),
      light: a.score.light,
      lightText: lightRangeText(a.score.lights, a.score.overall, l, lang),
      lightRange: a.score.light === 'open' ? a.score.lights : null,
      lightShort:
        a.score.light === 'open'
          ? fmt(l, 'lightRangeShort', { low: lightText(a.score.lights.low, l), high: lightText(a.score.lights.high, l) })
          : lightText(a.score.light, l),
      knownText: a.score.overall && a.score.overall.known < 1 ? fmt(l, 'knownShare', { known: formatPercent(a.score.overall.known, lang) }) : null,
      pack: `${info.name} ${info.version}`,
      hash: info.hash,
      overlay: info.overlay ? `${info.overlay.name} ${info.overlay.version} (${info.overlay.hash})` : null,
      disabled: info.disabled.map((d) => ({ id: d.id, reason: d.reason, knockout: d.knockout === true })),
      stale: (a.staleParameters ?? []).map((p) =>
        t(lang, 'staleParameter', { id: p.id, since: formatDate(p.lastValidFrom, lang), date: formatDate(a.referenceDate, lang) }),
      ),
    },
    reasons: verdict.reasons,
    knockouts: a.verdict.knockouts.map((id) => ({ id, title: tx.check(id, 'title', a.checks.find((c) => c.id === id)?.title ?? id) })),
    dimensions: dims,
    applicableDimensions: dims.filter((d) => d.applicable),
    naDimensions: dims.filter((d) => !d.applicable),
    risks,
    recs: summaryRecs(steps, a.verdict.questions.length > 0),
    steps,
    plan: isAudit ? planGroups(steps, l) : [],
    chart,
    participation: participationView(a, rs, l, lang, tx),
    masterplan: masterplanView(a, l, tx),
    costs: costsView(a, rs, l, lang),
    unknowns: a.unknowns.map((u) => questionView(u, l, lang, tx, dimTitle)),
    decisive: a.verdict.questions.map((u) => questionView(u, l, lang, tx, dimTitle)),
    changes: options.previous ? changesView(a, options.previous, l, lang, tx) : null,
    sources: distinctSources(a, l, lang),
    method: methodView(rs, l, lang, isAudit),
    inputText: stringify(a.input ?? null, { lineWidth: 0 }).trimEnd(),
  };
}
