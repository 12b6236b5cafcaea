// The score trend of a service for its page: one small chart per dimension (trend-chart.ts), a legend, and
// the same numbers as a table for whoever does not see the charts.
import type { Lang } from '../../types.js';
import { formatDelta } from '../../report/format.js';
import { fmt } from '../../report/locales.js';
import { OVERALL, trendSeries, type TrendPoint, type TrendSeries } from '../services/audit-trend.js';
import { pageLabel } from './render.js';
import type { Audit } from './services-data.js';
import { legendSymbol, trendPanel, type ChartPoint, type Thresholds } from './trend-chart.js';
import { lightWord, longDate, reportLabels, scoreWords, shortDate } from './services-words.js';

export interface TrendView {
  intro: string;
  single: boolean;
  legend: { svg: string; text: string }[];
  panels: { id: string; code: string; title: string; overall: boolean; svg: string }[];
  columns: { label: string; date: string }[];
  rows: { code: string; title: string; cells: string[]; change: string }[];
  hasChange: boolean;
}

function pointWords(lang: Lang, p: TrendPoint): string {
  const vars = { n: p.number, date: longDate(p.date, lang) };
  if (!p.score) return pageLabel(lang, 'servicesTrendPointNa', vars);
  return pageLabel(lang, 'servicesTrendPoint', { ...vars, value: scoreWords(lang, p.score), light: lightWord(lang, p.light) });
}

function cell(lang: Lang, p: TrendPoint): string {
  return p.score ? pageLabel(lang, 'servicesCell', { value: scoreWords(lang, p.score), light: lightWord(lang, p.light) }) : lightWord(lang, 'not-applicable');
}

/** The change of the low bound (what is certain) from the audit before the last to the last, as the report's comparison counts it. */
function change(lang: Lang, s: TrendSeries): string {
  const [prev, last] = s.points.slice(-2);
  if (!prev?.score || !last?.score) return '—';
  return formatDelta(Math.round((last.score.low - prev.score.low) * 10) / 10, lang);
}

export function trendView(audits: readonly Audit[], lang: Lang, thresholds: Thresholds): TrendView {
  const l = reportLabels(lang);
  const series = trendSeries(
    audits.map((a) => ({ number: a.number, result: a.result })),
    l.overallScore,
  );
  const xLabels = audits.map((a) => ({ number: String(a.number), date: shortDate(a.result.referenceDate, lang) }));
  const panels = series.map((s) => {
    const title = s.code ? `${s.code} ${s.title}` : s.title;
    const points: ChartPoint[] = s.points.map((p) => ({ score: p.score, light: p.lights.low, valueText: scoreWords(lang, p.score) }));
    const desc = `${title}: ${s.points.map((p) => pointWords(lang, p)).join('; ')}.`;
    return { id: s.id, code: s.code, title: s.title, overall: s.id === OVERALL, svg: trendPanel({ id: s.id, title, desc, points }, xLabels, thresholds) };
  });
  const legend = [
    { svg: legendSymbol('low'), text: pageLabel(lang, 'servicesLegendLow') },
    { svg: legendSymbol('high'), text: pageLabel(lang, 'servicesLegendHigh') },
    ...(['green', 'orange', 'red', 'open'] as const).map((light) => ({ svg: legendSymbol(light), text: lightWord(lang, light) })),
    {
      svg: legendSymbol('threshold'),
      text: `${fmt(l, 'chartGreenFrom', { n: thresholds.green })} · ${fmt(l, 'chartOrangeFrom', { n: thresholds.orange })}`,
    },
  ];
  const hasChange = audits.length > 1;
  return {
    intro: pageLabel(lang, 'servicesTrendIntro'),
    single: audits.length === 1,
    legend,
    panels,
    columns: audits.map((a) => ({ label: pageLabel(lang, 'servicesAuditLabel', { n: a.number }), date: longDate(a.result.referenceDate, lang) })),
    rows: series.map((s) => ({ code: s.code, title: s.title, cells: s.points.map((p) => cell(lang, p)), change: hasChange ? change(lang, s) : '' })),
    hasChange,
  };
}
