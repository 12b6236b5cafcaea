// The trend chart of a service's scores: inline SVG without script, its light zones from the thresholds it is
// given, a marker of the light's own shape per point, lines that do not bridge an audit where the dimension did
// not apply, and a title and description for screen readers.
import { expect } from 'chai';
import { legendSymbol, marker, MAX_VALUE_LABELS, trendPanel, type ChartSeries } from '../../src/server/pages/trend-chart.js';

const X2 = [
  { number: '1', date: '15/09/2025' },
  { number: '2', date: '15/09/2026' },
];

function series(points: ChartSeries['points'], over: Partial<ChartSeries> = {}): ChartSeries {
  return { id: 'time', title: 'D7 Tijd', desc: 'audit 1: 53,8, oranje; audit 2: 76,9, groen.', points, ...over };
}

const markers = (svg: string): string[] => svg.match(/<(circle|rect|path) [^>]*stroke="#ffffff" stroke-width="1.5"\/>/g) ?? [];

describe('trend chart', () => {
  it('is an image with a title and a description, no script and no link', () => {
    const svg = trendPanel(
      series([
        { score: { low: 53.8, high: 53.8 }, light: 'orange', valueText: '53,8' },
        { score: { low: 76.9, high: 76.9 }, light: 'green', valueText: '76,9' },
      ]),
      X2,
      { green: 75, orange: 50 },
    );
    expect(svg).to.match(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" class="trend-chart" viewBox="0 0 \d+ \d+" width="100%" role="img"/);
    expect(svg).to.include('aria-labelledby="trend-time-title trend-time-desc"');
    expect(svg).to.include('<title id="trend-time-title">D7 Tijd</title><desc id="trend-time-desc">audit 1: 53,8, oranje; audit 2: 76,9, groen.</desc>');
    expect(svg).not.to.match(/<script|href=|on\w+=/i);
    expect(svg).to.include('>53,8</text>').and.include('>76,9</text>').and.include('>15/09/2026</text>');
  });

  it('draws its light zones and threshold lines where the ruleset puts them, not at fixed numbers', () => {
    const pts: ChartSeries['points'] = [{ score: { low: 60, high: 60 }, light: 'orange', valueText: '60' }];
    const std = trendPanel(series(pts), X2.slice(0, 1), { green: 75, orange: 50 });
    const local = trendPanel(series(pts), X2.slice(0, 1), { green: 80, orange: 40 });
    const yLabels = (svg: string) => [...svg.matchAll(/text-anchor="end" fill="#374151">(\d+)<\/text>/g)].map((m) => Number(m[1]));
    expect(yLabels(std)).to.deep.equal([0, 50, 75, 100]);
    expect(yLabels(local)).to.deep.equal([0, 40, 80, 100]);
    expect((std.match(/stroke-dasharray="3 3"/g) ?? []).length).to.equal(2);
    expect(local).not.to.equal(std);
  });

  it('marks each point with its light as a shape: circle green, square orange, triangle red, diamond open', () => {
    expect(marker('green', 10, 10)).to.match(/^<circle /);
    expect(marker('orange', 10, 10)).to.match(/^<rect /);
    expect(marker('red', 10, 10)).to.match(/^<path d="M10 4 L16 14.5 L4 14.5 Z"/);
    expect(marker('open', 10, 10)).to.match(/^<path d="M10 4 L16 10 L10 16 L4 10 Z"/);
    expect(marker('not-applicable', 10, 10)).to.equal('');
  });

  it('shows a range as a solid low line with a dashed high line and a band, each point with its range', () => {
    const svg = trendPanel(
      series([
        { score: { low: 48, high: 84 }, light: 'red', valueText: '48–84' },
        { score: { low: 60, high: 70 }, light: 'orange', valueText: '60–70' },
      ]),
      X2,
      { green: 75, orange: 50 },
    );
    expect(svg).to.include('fill-opacity="0.16"').and.include('stroke-dasharray="4 3"').and.include('stroke="#1b1b1b" stroke-width="2"');
    expect(markers(svg)).to.have.length(2);
    expect((svg.match(/<circle [^>]*r="3" fill="#ffffff"/g) ?? []).length, 'an open dot on each high bound').to.equal(2);
    expect(svg).to.include('>48–84</text>').and.include('>60–70</text>');
  });

  it('does not bridge an audit where the dimension did not apply, and has no marker there', () => {
    const svg = trendPanel(
      series([
        { score: { low: 50, high: 50 }, light: 'orange', valueText: '50' },
        { score: null, light: 'not-applicable', valueText: 'n.v.t.' },
        { score: { low: 80, high: 80 }, light: 'green', valueText: '80' },
      ]),
      [...X2, { number: '3', date: '15/09/2027' }],
      { green: 75, orange: 50 },
    );
    expect(markers(svg)).to.have.length(2);
    expect(svg).not.to.include('stroke="#1b1b1b" stroke-width="2"');
    expect(svg).not.to.include('>n.v.t.</text>');
  });

  it('with many audits, writes only the last value and no dates, so that nothing overlaps', () => {
    const n = MAX_VALUE_LABELS + 2;
    const pts = Array.from({ length: n }, (_, i) => ({ score: { low: 40 + i, high: 40 + i }, light: 'red' as const, valueText: `v${i}` }));
    const labels = Array.from({ length: n }, (_, i) => ({ number: String(i + 1), date: `d${i}` }));
    const svg = trendPanel(series(pts), labels, { green: 75, orange: 50 });
    expect(markers(svg)).to.have.length(n);
    expect(svg)
      .to.include(`>v${n - 1}</text>`)
      .and.not.include('>v0</text>');
    expect(svg).not.to.include('>d0</text>');
    expect(svg).to.include(`>${n}</text>`);
  });

  it('escapes every text it is given', () => {
    const svg = trendPanel(
      series([{ score: { low: 1, high: 1 }, light: 'red', valueText: '<b>' }], { id: 'a"b', title: 'A & <B>', desc: '"x"' }),
      X2.slice(0, 1),
      {
        green: 75,
        orange: 50,
      },
    );
    expect(svg).to.include('A &amp; &lt;B&gt;').and.include('&quot;x&quot;').and.include('&lt;b&gt;').and.include('id="trend-a_b-title"');
    expect(svg).not.to.include('<b>');
  });

  it('legend symbols are hidden from screen readers: the text beside them says it', () => {
    for (const kind of ['low', 'high', 'threshold', 'green', 'orange', 'red', 'open'] as const) {
      expect(legendSymbol(kind), kind).to.match(/^<svg [^>]*aria-hidden="true" focusable="false">.+<\/svg>$/);
    }
  });
});
