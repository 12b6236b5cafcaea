// The report view model: Assessment + Ruleset + options → plain data with every string pre-formatted.
import { stringify } from 'yaml';
import { formatEuro, formatPercent, formatScore, pick } from '../i18n.js';
import { verdictTitle } from '../scoring/verdict.js';
import type { Assessment, FactValue, Lang, Ruleset } from '../types.js';
import { dimensionChart } from './charts.js';
import { formatDate, formatDelta } from './format.js';
import { fmt, loadLabels, type Labels } from './locales.js';
import { changesView, type ChangesView } from './model-changes.js';
import { dimensionView, ISSUE_RANK, lightText, outcomeText, scoreText, sourceView, type DimensionView, type SourceView } from './model-checks.js';
import { methodView, participationView, type MethodView, type ParticipationView } from './model-parts.js';
import { localVerdict, reportTexts, type ReportTexts } from './texts.js';

export interface ReportOptions { ruleset: Ruleset; lang?: Lang; previous?: Assessment; generatedAt?: string }

export interface StepView {
  rank: number; id: string; title: string; dimension: string; outcomeText: string; fix: string; fixShort: string;
  gainText: string; scoreAfterText: string; verdictAfterText: string | null; knockout: boolean;
}
export interface RiskView { id: string; title: string; dimension: string; outcomeText: string; knockout: boolean }
/** One reference household in the cost table: the full price and what it really pays, each with its share of income. */
export interface CostRow {
  title: string; income: string; cost: string; share: string; paid: string; paidShare: string;
  tariff: string; takeUpRisk: boolean; rise: string | null;
}

export interface ReportModel {
  lang: Lang; l: Record<string, string>; docTitle: string; isAudit: boolean;
  cover: {
    title: string; municipality: string; summary: string; kindText: string; generated: string; referenceDate: string;
    verdictCode: string; verdictTitle: string; scoreText: string; light: string; lightText: string;
    pack: string; hash: string; overlay: string | null; disabled: { id: string; reason: string }[];
  };
  reasons: string[]; knockouts: { id: string; title: string }[];
  dimensions: DimensionView[]; applicableDimensions: DimensionView[]; naDimensions: DimensionView[];
  risks: RiskView[]; recs: StepView[]; steps: StepView[];
  chart: string; participation: ParticipationView;
  costs: { rows: CostRow[]; note: string | null; showRise: boolean; anyTakeUpRisk: boolean } | null;
  unknowns: { id: string; dimension: string; title: string; question: string }[];
  changes: ChangesView | null; sources: SourceView[]; method: MethodView; inputText: string;
}

/** The summary must fit one A4 page: at most five recommendations, and those beyond the third only while their texts stay within this length. */
const SUMMARY_RECS_MAX = 5;
const SUMMARY_RECS_MIN = 3;
const SUMMARY_RECS_CHARS = 520;

/** The top recommendations for the one-page summary; the full, ranked list follows in the improvement path. */
function summaryRecs(steps: StepView[]): StepView[] {
  const out: StepView[] = [];
  let chars = 0;
  for (const s of steps.slice(0, SUMMARY_RECS_MAX)) {
    chars += s.fixShort.length;
    if (out.length >= SUMMARY_RECS_MIN && chars > SUMMARY_RECS_CHARS) break;
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

function stepViews(a: Assessment, l: Labels, lang: Lang, tx: ReportTexts, dimTitle: (id: string) => string): StepView[] {
  const byId = new Map(a.checks.map((c) => [c.id, c]));
  return a.improvementPath.map((s, i) => {
    const fix = tx.check(s.checkId, 'fix', s.fix, byId.get(s.checkId)?.parameters);
    return {
      rank: i + 1,
      id: s.checkId,
      title: tx.check(s.checkId, 'title', s.title),
      dimension: dimTitle(s.dimension),
      outcomeText: outcomeText(s.outcome, l),
      fix,
      fixShort: firstSentence(fix),
      gainText: fmt(l, 'gainPoints', { gain: formatDelta(s.gain, lang) }),
      scoreAfterText: formatScore(s.scoreAfter, lang),
      verdictAfterText: s.changesVerdict && a.kind === 'proposal' ? fmt(l, 'changesVerdictTo', { verdict: verdictTitle(s.verdictAfter, lang) }) : null,
      knockout: s.knockout,
    };
  });
}

const TARIFF_LABEL: Record<string, string> = { automatic: 'tariffAutomatic', 'on-request': 'tariffOnRequest', none: 'tariffNone' };

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
  return { rows, note: travel ? l.costsTravelIncluded as string : null, showRise: rows.some((r) => r.rise !== null), anyTakeUpRisk: rows.some((r) => r.takeUpRisk) };
}

function distinctSources(a: Assessment, l: Labels): SourceView[] {
  const seen = new Map<string, SourceView>();
  for (const c of a.checks) {
    for (const s of [...c.sources, ...c.parameters.map((p) => p.source)]) {
      const key = `${s.title}\u0000${s.url ?? ''}`;
      if (!seen.has(key)) seen.set(key, sourceView(s, l));
    }
  }
  return [...seen.values()].sort((x, y) => x.title.localeCompare(y.title));
}

export function buildReportModel(a: Assessment, options: ReportOptions): ReportModel {
  const rs = options.ruleset;
  const lang = options.lang ?? a.lang;
  const l = loadLabels(lang);
  const tx = reportTexts(a, rs, lang);
  const dims = a.dimensions.map((d) => dimensionView(d, a, l, lang, tx));
  const dimTitle = (id: string): string => { const d = dims.find((x) => x.id === id); return d ? `${d.code} ${d.title}` : id; };
  const verdict = localVerdict(a, rs, lang, tx);
  const isAudit = a.kind === 'service-audit';
  const steps = stepViews(a, l, lang, tx, dimTitle);
  const risks = a.checks
    .filter((c) => ISSUE_RANK[c.outcome] !== undefined && (c.outcome !== 'partial' || c.severity >= rs.scoring.topRisks.partialMinSeverity))
    .sort((x, y) => Number(y.knockout && y.outcome === 'fail') - Number(x.knockout && x.outcome === 'fail') || y.severity - x.severity || (ISSUE_RANK[x.outcome] ?? 9) - (ISSUE_RANK[y.outcome] ?? 9))
    .slice(0, rs.scoring.topRisks.count)
    .map((c) => ({ id: c.id, title: tx.check(c.id, 'title', c.title), dimension: dimTitle(c.dimension), outcomeText: outcomeText(c.outcome, l), knockout: c.knockout }));
  const { green, orange } = { green: rs.scoring.lights.greenMin, orange: rs.scoring.lights.orangeMin };
  const chart = dimensionChart(
    dims.map((d) => ({ code: d.code, title: d.title, score: a.dimensions.find((x) => x.id === d.id)?.score ?? null, light: d.light, valueText: d.applicable ? `${d.scoreText} · ${d.lightText}` : d.lightText })),
    { title: l.chartTitle as string, desc: l.chartDesc as string, greenFrom: fmt(l, 'chartGreenFrom', { n: green }), orangeFrom: fmt(l, 'chartOrangeFrom', { n: orange }) },
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
      generated: formatDate(options.generatedAt ?? new Date().toISOString(), lang),
      referenceDate: formatDate(a.referenceDate, lang),
      verdictCode: a.verdict.code,
      verdictTitle: verdict.title,
      scoreText: scoreText(a.score.overall, l, lang),
      light: a.score.light,
      lightText: lightText(a.score.light, l),
      pack: `${info.name} ${info.version}`,
      hash: info.hash,
      overlay: info.overlay ? `${info.overlay.name} ${info.overlay.version} (${info.overlay.hash})` : null,
      disabled: info.disabled.map((d) => ({ id: d.id, reason: d.reason })),
    },
    reasons: verdict.reasons,
    knockouts: a.verdict.knockouts.map((id) => ({ id, title: tx.check(id, 'title', a.checks.find((c) => c.id === id)?.title ?? id) })),
    dimensions: dims,
    applicableDimensions: dims.filter((d) => d.applicable),
    naDimensions: dims.filter((d) => !d.applicable),
    risks,
    recs: summaryRecs(steps),
    steps,
    chart,
    participation: participationView(a, rs, l, lang, tx),
    costs: costsView(a, rs, l, lang),
    unknowns: a.unknowns.map((u) => ({ id: u.checkId, dimension: dimTitle(u.dimension), title: tx.check(u.checkId, 'title', u.title), question: tx.check(u.checkId, 'ask', u.question) })),
    changes: options.previous ? changesView(a, options.previous, l, lang, tx) : null,
    sources: distinctSources(a, l),
    method: methodView(rs, l, lang),
    inputText: stringify(a.input ?? null, { lineWidth: 0 }).trimEnd(),
  };
}

