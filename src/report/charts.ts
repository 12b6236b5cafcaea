// Pure inline-SVG builders: the dimension score chart and the participation ladder (text escaped, no scripts, no URLs).
import type { Light, LightRange } from '../types.js';
import { escapeXml as x } from './format.js';

/** Fill colours of the lights; each has at least 3:1 contrast with white (WCAG non-text contrast). */
export const LIGHT_FILL: Record<Light, string> = { green: '#2e7d32', orange: '#b35c00', red: '#b3261e', 'not-applicable': '#6b7280', open: '#1f4e79' };

export interface BarRow {
  code: string;
  title: string;
  score: { low: number; high: number } | null;
  lights: LightRange;
  valueText: string;
}
export interface ChartLabels {
  title: string;
  desc: string;
  greenFrom: string;
  orangeFrom: string;
}

const W = 700;
const LABEL_W = 270;
const BAR_W = 300;
const ROW_H = 21;

function clip(s: string, max: number): string {
  return s.length <= max ? s : s.slice(0, max - 1) + '…';
}

/** Horizontal bars 0–100 per dimension with the light as colour AND as a word after the value. */
export function dimensionChart(rows: readonly BarRow[], t: ChartLabels, thresholds: { green: number; orange: number }): string {
  const top = 26;
  const h = top + rows.length * ROW_H + 8;
  const sx = (v: number): number => LABEL_W + (BAR_W * Math.max(0, Math.min(100, v))) / 100;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${W} ${h}" width="100%" role="img" aria-labelledby="chart-title chart-desc">`,
    `<title id="chart-title">${x(t.title)}</title><desc id="chart-desc">${x(t.desc)}</desc>`,
    `<rect x="${LABEL_W}" y="${top - 4}" width="${BAR_W}" height="${rows.length * ROW_H + 4}" fill="#f3f4f6"/>`,
  ];
  // The lower threshold's label sits left of its line, the upper one's right of it, so they never overlap.
  for (const [v, label, anchor, dx] of [
    [thresholds.orange, t.orangeFrom, 'end', -4],
    [thresholds.green, t.greenFrom, 'start', 4],
  ] as const) {
    out.push(
      `<line x1="${sx(v)}" y1="${top - 16}" x2="${sx(v)}" y2="${h - 6}" stroke="#4b5563" stroke-width="1" stroke-dasharray="3 3"/>`,
      `<text x="${sx(v) + dx}" y="${top - 9}" font-size="10" text-anchor="${anchor}" fill="#374151">${x(label)}</text>`,
    );
  }
  rows.forEach((r, i) => {
    const y = top + i * ROW_H;
    out.push(`<text x="0" y="${y + 13}" font-size="11.5" fill="#111827"><tspan font-weight="bold">${x(r.code)}</tspan> ${x(clip(r.title, 38))}</text>`);
    if (r.score !== null) {
      // What is certain is a solid bar in the low light; what is still possible, an outlined pale bar up to the high bound.
      out.push(
        `<rect x="${LABEL_W}" y="${y + 3}" width="${Math.max(2, sx(r.score.low) - LABEL_W)}" height="${ROW_H - 8}" fill="${LIGHT_FILL[r.lights.low]}"/>`,
      );
      if (r.score.high > r.score.low) {
        const hi = LIGHT_FILL[r.lights.high];
        out.push(
          `<rect x="${sx(r.score.low)}" y="${y + 3.5}" width="${sx(r.score.high) - sx(r.score.low)}" height="${ROW_H - 9}" fill="${hi}" fill-opacity="0.18" stroke="${hi}" stroke-width="1" stroke-dasharray="3 2"/>`,
        );
      }
    }
    out.push(`<text x="${LABEL_W + BAR_W + 8}" y="${y + 13}" font-size="11.5" fill="#111827">${x(r.valueText)}</text>`);
  });
  out.push('</svg>');
  return out.join('');
}

export interface LadderLabels {
  title: string;
  desc: string;
  claimed: string;
  effective: string;
  both: string;
  level: string;
}

/** Split a short title over at most two lines at the space nearest the middle. */
function twoLines(s: string): string[] {
  if (s.length <= 14 || !s.includes(' ')) return [s];
  const mid = s.length / 2;
  let best = -1;
  for (let i = 0; i < s.length; i++) if (s[i] === ' ' && (best < 0 || Math.abs(i - mid) < Math.abs(best - mid))) best = i;
  return [s.slice(0, best), s.slice(best + 1)];
}

/** The ladder 0–6 as a staircase: reached levels filled, claimed-but-unsupported levels outlined, markers above. */
export function ladderChart(levels: readonly { level: number; title: string }[], claimed: number, effective: number, t: LadderLabels): string {
  const colW = 100;
  const base = 190;
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="ladder" viewBox="0 0 ${levels.length * colW} ${base + 44}" width="100%" role="img" aria-labelledby="ladder-title ladder-desc">`,
    `<title id="ladder-title">${x(t.title)}</title><desc id="ladder-desc">${x(t.desc)}</desc>`,
  ];
  levels.forEach((lv, i) => {
    const hgt = 24 + lv.level * 18;
    const cx = i * colW;
    const y = base - hgt;
    const reached = lv.level <= effective;
    const gap = lv.level > effective && lv.level <= claimed;
    const fill = reached ? '#1f4e79' : gap ? '#fbe3d6' : '#e5e7eb';
    const stroke = gap ? ' stroke="#b3261e" stroke-width="2" stroke-dasharray="5 3"' : ' stroke="#ffffff" stroke-width="2"';
    out.push(`<rect x="${cx + 2}" y="${y}" width="${colW - 4}" height="${hgt}" fill="${fill}"${stroke}/>`);
    out.push(
      `<text x="${cx + colW / 2}" y="${base - 8}" font-size="15" font-weight="bold" text-anchor="middle" fill="${reached ? '#ffffff' : '#1f2937'}">${lv.level}</text>`,
    );
    twoLines(lv.title).forEach((line, j) => {
      out.push(`<text x="${cx + colW / 2}" y="${base + 16 + j * 14}" font-size="11.5" text-anchor="middle" fill="#111827">${x(line)}</text>`);
    });
    const marks: string[] = [];
    if (lv.level === claimed && lv.level === effective) marks.push(t.both);
    else if (lv.level === claimed) marks.push(t.claimed);
    else if (lv.level === effective) marks.push(t.effective);
    marks.forEach((m) => {
      const colour = lv.level === effective ? '#1f4e79' : '#b3261e';
      // Keep the marker text inside the drawing at the first and last step.
      const [tx, anchor] = i === 0 ? [cx + 2, 'start'] : i === levels.length - 1 ? [cx + colW - 2, 'end'] : [cx + colW / 2, 'middle'];
      out.push(`<text x="${tx}" y="${y - 18}" font-size="11.5" font-weight="bold" text-anchor="${anchor}" fill="${colour}">${x(m)}</text>`);
      out.push(`<path d="M${cx + colW / 2 - 6} ${y - 12} L${cx + colW / 2 + 6} ${y - 12} L${cx + colW / 2} ${y - 4} Z" fill="${colour}"/>`);
    });
  });
  out.push('</svg>');
  return out.join('');
}
