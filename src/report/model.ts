// The report view model: Assessment + Ruleset + options → plain data with every string pre-formatted.
import { stringify } from 'yaml';
import { formatPercent, isDecidingBody, t } from '../i18n.js';
import { subjectFacts } from '../engine/facts/subject.js';
import { calendarDate, DEFAULT_TIME_ZONE } from '../dates.js';
import { knownWrong } from '../engine/case-texts.js';
import { inLanguage } from '../output/words.js';
import type { Assessment, Lang, LightRange, Ruleset } from '../types.js';
import { dimensionChart } from './charts.js';
import { formatDate } from './format.js';
import { fmt, labelsFor, type Labels } from './locales.js';
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
import { costsView, type CostsView } from './model-costs.js';
import { planGroups, questionView, stepViews, summaryRecs, type PlanGroup, type QuestionView, type StepView } from './model-steps.js';
import { masterplanView, type MasterplanView } from './model-masterplan.js';
import { methodView, participationView, type MethodView, type ParticipationView } from './model-parts.js';
import type { CouncilRecord, ReportVariant } from './council.js';
import { councilView, type CouncilView } from './model-council.js';
import { SHORT_LIMITS, shortView, type ShortView } from './model-short.js';

export { type Effort, firstSentence, planGroups, type PlanGroup, type QuestionView, type StepView } from './model-steps.js';

export interface ReportOptions {
  ruleset: Ruleset;
  lang?: Lang;
  previous?: Assessment;
  generatedAt?: string;
  /** The IANA time zone of the report's date when `generatedAt` is a timestamp or not given (Europe/Brussels by default). */
  timeZone?: string;
  /** The full report (default) or the short one for the college. */
  variant?: ReportVariant;
  /** What the council added to the dossier: shown under its own headings when there is any. */
  council?: CouncilRecord;
}

export interface RiskView {
  id: string;
  title: string;
  dimension: string;
  outcomeText: string;
  knockout: boolean;
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
  costs: CostsView | null;
  unknowns: QuestionView[];
  /** The questions that would settle an undetermined verdict (empty otherwise). */
  decisive: QuestionView[];
  changes: ChangesView | null;
  sources: SourceView[];
  method: MethodView;
  inputText: string;
  /** The short report's parts (questions and top ten steps, cut to its page budget); null in the full report. */
  short: ShortView | null;
  /** The council's part (participation input, advice, answer); null without a council record or with nothing in it. */
  council: CouncilView | null;
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
  const dims = a.dimensions.map((d) => dimensionView(d, a, l, lang));
  const dimTitle = (id: string): string => {
    const d = dims.find((x) => x.id === id);
    return d ? `${d.code} ${d.title}` : id;
  };
  const steps = stepViews(a, rs, l, lang, dimTitle);
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
      title: c.title,
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
  const isShort = options.variant === 'short';
  const unknowns = a.unknowns.map((u) => questionView(u, l, lang, dimTitle));
  return {
    lang,
    l: { ...l },
    docTitle: isShort ? `${l.reportTitle} (${l.shortVersion}) — ${a.subject.title}` : `${l.reportTitle} — ${a.subject.title}`,
    isAudit,
    cover: {
      title: a.subject.title,
      municipality: a.subject.municipality,
      summary: a.subject.summary,
      kindText: (isAudit ? l.kindAudit : l.kindProposal) as string,
      generated: formatDate(calendarDate(options.generatedAt, options.timeZone ?? DEFAULT_TIME_ZONE, new Date(), lang), lang),
      referenceDate: formatDate(a.referenceDate, lang),
      verdictCode: a.verdict.code,
      verdictTitle: a.verdict.title,
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
    reasons: a.verdict.reasons,
    knockouts: a.verdict.knockouts.map((id) => ({ id, title: a.checks.find((c) => c.id === id)?.title ?? id })),
    dimensions: dims,
    applicableDimensions: dims.filter((d) => d.applicable),
    naDimensions: dims.filter((d) => !d.applicable),
    risks,
    recs: summaryRecs(steps, a.verdict.questions.length > 0),
    steps,
    plan: isAudit ? planGroups(steps, l) : [],
    chart,
    participation: participationView(a, rs, l, lang),
    masterplan: masterplanView(a, l),
    costs: costsView(a, rs, l, lang),
    unknowns,
    decisive: a.verdict.questions.map((u) => questionView(u, l, lang, dimTitle)),
    changes: options.previous ? changesView(a, options.previous, l, lang) : null,
    sources: distinctSources(a, l, lang),
    method: methodView(rs, l, lang, isAudit),
    inputText: stringify(a.input ?? null, { lineWidth: 0 }).trimEnd(),
    short: isShort ? shortView(steps, unknowns, isAudit, l) : null,
    council: options.council ? councilView(options.council, a, l, lang, isShort ? SHORT_LIMITS.council : null) : null,
  };
}
