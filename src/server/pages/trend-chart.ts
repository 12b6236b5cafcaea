// The trend of a service's scores across its audits as inline SVG, no script: one small chart per dimension
// (one line each, side by side rather than a tangle of fourteen lines in one). The solid line is the low
// bound (what is certain), the dashed line and the band above it the high bound (what open answers still
// allow), as the report draws a score range. The traffic-light zones and their thresholds come from the
// ruleset's scoring settings; each point's light is a marker shape and a label as well as a colour.
// Pure: texts come in ready-made and are escaped here.
import { LIGHT_FILL } from '../../report/charts.js';
import { escapeXml as x } from '../../report/format.js';
import type { Light } from '../../types.js';

export interface ChartPoint {
  score: { low: number; high: number } | null;
  /** The light of the low bound: the marker's shape and colour. */
  light: Light;
  /** The value as written beside the point ("62,5" or "48–84"). */
  valueText: string;
}

export interface ChartSeries {
  /** Unique on the page: the SVG's title and description ids are made from it. */
  id: string;
  title: string;
  /** Every point in words (the chart's description for screen readers). */
  desc: string;
  /** One point per audit, in the order of `xLabels`. */
  points: ChartPoint[];
}

export interface Thresholds {
  green: number;
  orange: number;
}

/** Tints of the light zones behind the lines: pale, so that the dark text and lines keep their contrast. */
const ZONE_FILL = { green: '#e7f2e8', orange: '#fdf0e1', red: '#fbe9e8' } as const;
const INK = '#1b1b1b';
const MUTED = '#374151';
const RANGE = '#1f4e79';

const W = 300;
const H = 192;
const X0 = 32;
const X1 = W - 8;
const Y_TOP = 22;
const Y_BOTTOM = 152;
/** Space between the plot's edge and the first and last audit. */
const PAD = 22;
/** More audits than this: only the last point carries its value, the others would overlap. */
export const MAX_VALUE_LABELS = 5;
/** More audits than this: the x axis shows numbers only, no dates. */
export const MAX_DATE_LABELS = 4;

const r1 = (n: number): number => Math.round(n * 10) / 10;
const sy = (v: number): number => r1(Y_BOTTOM - ((Y_BOTTOM - Y_TOP) * Math.max(0, Math.min(100, v))) / 100);

function xs(n: number): number[] {
  if (n <= 1) return [r1((X0 + X1) / 2)];
  const step = (X1 - X0 - 2 * PAD) / (n - 1);
  return Array.from({ length: n }, (_, i) => r1(X0 + PAD + i * step));
}

/** The marker of a light: a circle (green), a square (orange), a triangle (red), a diamond (open). */
export function marker(light: Light, cx: number, cy: number): string {
  const fill = LIGHT_FILL[light];
  const edge = 'stroke="#ffffff" stroke-width="1.5"';
  switch (light) {
    case 'green':
      return `<circle cx="${cx}" cy="${cy}" r="5" fill="${fill}" ${edge}/>`;
    case 'orange':
      return `<rect x="${r1(cx - 4.5)}" y="${r1(cy - 4.5)}" width="9" height="9" fill="${fill}" ${edge}/>`;
    case 'red':
      return `<path d="M${cx} ${r1(cy - 6)} L${r1(cx + 6)} ${r1(cy + 4.5)} L${r1(cx - 6)} ${r1(cy + 4.5)} Z" fill="${fill}" ${edge}/>`;
    case 'open':
      return `<path d="M${cx} ${r1(cy - 6)} L${r1(cx + 6)} ${cy} L${cx} ${r1(cy + 6)} L${r1(cx - 6)} ${cy} Z" fill="${fill}" ${edge}/>`;
    default:
      return '';
  }
}

/** Runs of consecutive audits where the series has a score: lines never bridge an audit where it did not apply. */
function runs(points: readonly ChartPoint[]): number[][] {
  const out: number[][] = [];
  let run: number[] = [];
  points.forEach((p, i) => {
    if (p.score) {
      run.push(i);
    } else if (run.length > 0) {
      out.push(run);
      run = [];
    }
  });
  if (run.length > 0) out.push(run);
  return out;
}

function zones(t: Thresholds): string[] {
  const band = (from: number, to: number, fill: string): string =>
    `<rect x="${X0}" y="${sy(to)}" width="${X1 - X0}" height="${r1(sy(from) - sy(to))}" fill="${fill}"/>`;
  const out = [band(t.green, 100, ZONE_FILL.green), band(t.orange, t.green, ZONE_FILL.orange), band(0, t.orange, ZONE_FILL.red)];
  for (const v of [0, t.orange, t.green, 100]) {
    const dashed = v === t.orange || v === t.green;
    out.push(
      `<line x1="${X0}" y1="${sy(v)}" x2="${X1}" y2="${sy(v)}" stroke="${dashed ? '#4b5563' : '#9ca3af'}" stroke-width="1"${dashed ? ' stroke-dasharray="3 3"' : ''}/>`,
      `<text x="${X0 - 5}" y="${r1(sy(v) + 3.5)}" font-size="11" text-anchor="end" fill="${MUTED}">${v}</text>`,
    );
  }
  return out;
}

/** One dimension's (or the overall score's) chart: y 0–100 with the light zones, x the audits. */
export function trendPanel(s: ChartSeries, xLabels: readonly { number: string; date: string }[], t: Thresholds): string {
  const id = `trend-${s.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const px = xs(s.points.length);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="trend-chart" viewBox="0 0 ${W} ${H}" width="100%" role="img" aria-labelledby="${id}-title ${id}-desc">`,
    `<title id="${id}-title">${x(s.title)}</title><desc id="${id}-desc">${x(s.desc)}</desc>`,
    ...zones(t),
  ];
  for (const run of runs(s.points)) {
    const at = (i: number, k: 'low' | 'high'): string => `${px[i]} ${sy((s.points[i]?.score as { low: number; high: number })[k])}`;
    if (run.length > 1) {
      const band = [...run.map((i) => at(i, 'high')), ...[...run].reverse().map((i) => at(i, 'low'))];
      out.push(
        `<path d="M${band.join(' L')} Z" fill="${RANGE}" fill-opacity="0.16"/>`,
        `<path d="M${run.map((i) => at(i, 'high')).join(' L')}" fill="none" stroke="${RANGE}" stroke-width="1.5" stroke-dasharray="4 3"/>`,
        `<path d="M${run.map((i) => at(i, 'low')).join(' L')}" fill="none" stroke="${INK}" stroke-width="2"/>`,
      );
    }
  }
  const labelled = s.points.length <= MAX_VALUE_LABELS;
  s.points.forEach((p, i) => {
    const cx = px[i] as number;
    if (!p.score) return;
    if (p.score.high > p.score.low) {
      out.push(
        `<line x1="${cx}" y1="${sy(p.score.high)}" x2="${cx}" y2="${sy(p.score.low)}" stroke="${RANGE}" stroke-width="1.5"/>`,
        `<circle cx="${cx}" cy="${sy(p.score.high)}" r="3" fill="#ffffff" stroke="${RANGE}" stroke-width="1.5"/>`,
      );
    }
    out.push(marker(p.light, cx, sy(p.score.low)));
    if (labelled || i === s.points.length - 1) {
      const y = r1(Math.max(11, sy(p.score.high) - 8));
      // The first and last labels run inward from their point, so that they stay clear of the axis and the edge.
      const last = s.points.length > 1 && i === s.points.length - 1;
      const [tx, anchor] = s.points.length > 1 && i === 0 ? [cx - 6, 'start'] : last ? [cx + 6, 'end'] : [cx, 'middle'];
      out.push(
        `<text x="${tx}" y="${y}" font-size="12" font-weight="bold" text-anchor="${anchor}" fill="${INK}" stroke="#ffffff" stroke-width="3" paint-order="stroke">${x(p.valueText)}</text>`,
      );
    }
  });
  const dated = xLabels.length <= MAX_DATE_LABELS;
  xLabels.forEach((l, i) => {
    const cx = px[i] as number;
    out.push(`<text x="${cx}" y="${Y_BOTTOM + 16}" font-size="12" font-weight="bold" text-anchor="middle" fill="${INK}">${x(l.number)}</text>`);
    // A date is wider than the space beside the first and last audit: those two run inward from their audit.
    const [tx, anchor] =
      xLabels.length > 1 && i === 0 ? [cx - 14, 'start'] : xLabels.length > 1 && i === xLabels.length - 1 ? [cx + 14, 'end'] : [cx, 'middle'];
    if (dated) out.push(`<text x="${tx}" y="${Y_BOTTOM + 31}" font-size="11" text-anchor="${anchor}" fill="${MUTED}">${x(l.date)}</text>`);
  });
  out.push('</svg>');
  return out.join('');
}

/** The symbols of the legend, each a small SVG hidden from screen readers (the text beside it says it). */
export type LegendSymbol = Light | 'low' | 'high' | 'threshold';

export function legendSymbol(kind: LegendSymbol): string {
  const open = '<svg xmlns="http://www.w3.org/2000/svg" class="legend-symbol" viewBox="0 0 28 16" width="28" height="16" aria-hidden="true" focusable="false">';
  let body: string;
  if (kind === 'low') body = `<line x1="2" y1="8" x2="26" y2="8" stroke="${INK}" stroke-width="2"/>`;
  else if (kind === 'high')
    body = `<rect x="2" y="3" width="24" height="10" fill="${RANGE}" fill-opacity="0.16"/><line x1="2" y1="3" x2="26" y2="3" stroke="${RANGE}" stroke-width="1.5" stroke-dasharray="4 3"/>`;
  else if (kind === 'threshold') body = '<line x1="2" y1="8" x2="26" y2="8" stroke="#4b5563" stroke-width="1" stroke-dasharray="3 3"/>';
  else body = marker(kind, 14, 8);
  return `${open}${body}</svg>`;
}
