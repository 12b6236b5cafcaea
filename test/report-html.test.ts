// The HTML advisory report: every example in every language, self-contained, escaped, complete labels.
import { expect } from 'chai';
import { assess } from '../src/assess.js';
import { exampleFiles, readExample } from '../src/examples.js';
import { defaultRuleset } from '../src/ruleset/load.js';
import { buildReportModel, readLabelFile, renderReportHtml } from '../src/report/index.js';
import { LANGS, type Assessment, type Lang } from '../src/types.js';

const TODAY = '2025-06-01';
const GENERATED = '2025-06-01';
const rs = defaultRuleset();

function render(a: Assessment, lang: Lang, previous?: Assessment): string {
  return renderReportHtml(a, { ruleset: rs, lang, previous, generatedAt: GENERATED, strict: true });
}

/** Asserts the document loads nothing from outside and runs nothing. */
function expectSelfContained(html: string): void {
  expect(html).not.to.match(/<script/i);
  expect(html).not.to.match(/<link/i);
  expect(html).not.to.match(/<iframe|<object|<embed|<img|http-equiv/i);
  expect(html).not.to.match(/url\(/i);
  expect(html).not.to.match(/@import|@font-face/i);
  for (const m of html.matchAll(/\s(?:src|href)\s*=\s*"([^"]*)"/gi)) {
    expect(m[1], 'only https links to sources').to.match(/^https:\/\//);
  }
}

describe('HTML report', () => {
  for (const file of exampleFiles()) {
    it(`renders ${file} in nl, fr and en`, async () => {
      const a = await assess(readExample(file), { lang: 'nl', today: TODAY });
      for (const lang of LANGS) {
        const html = render(a, lang);
        expect(html).to.match(new RegExp(`^<!DOCTYPE html>\\s*<html lang="${lang}">`));
        expect(html.match(/<h1[\s>]/g) ?? []).to.have.length(1);
        expect(html).to.include('<main');
        expect(html).to.match(/<title>[^<]+<\/title>/);
        expect(html).to.include('role="img"');
        expect(html).not.to.include('{param:');
        expectSelfContained(html);
      }
    });
  }

  it('takes check and dimension texts from the ruleset when the report language differs', async () => {
    const a = await assess(readExample('examples/proposals/afvalzak-prijsstijging.yaml'), { lang: 'nl', today: TODAY });
    const fr = render(a, 'fr');
    expect(fr).to.include('Défavorable');
    expect(fr).to.include('Accessibilité financière');
    expect(fr).to.include('Informations que le conseil doit demander');
    expect(fr).not.to.include('Knock-outcheck F3 faalt');
    const en = render(a, 'en');
    expect(en).to.include('Unfavourable');
    expect(en).to.match(/€15\.00|€ 15\.00/);
  });

  it('escapes every text from the input', async () => {
    const evil = '<img src=x onerror=alert(1)> </style><script>alert(2)</script>';
    const input = readExample('examples/proposals/zwembad-sociaal-tarief.yaml');
    const meta = input.meta as Record<string, unknown>;
    input.meta = { ...meta, title: `Zwembad ${evil}`, summary: `Samenvatting ${evil} "quoted" & more` };
    const a = await assess(input, { lang: 'nl', today: TODAY });
    for (const lang of LANGS) {
      const html = render(a, lang);
      expect(html).not.to.include('<img');
      expect(html).not.to.include('<script');
      expect(html.match(/<\/style>/g) ?? []).to.have.length(1);
      expect(html).to.include('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
      expect(html).to.include('&lt;/style&gt;&lt;script&gt;');
      expectSelfContained(html);
    }
  });

  it('links a source only when its URL is https', async () => {
    const a = await assess(readExample('examples/proposals/afvalzak-prijsstijging.yaml'), { lang: 'nl', today: TODAY });
    const c = a.checks.find((x) => x.outcome === 'fail');
    if (!c) throw new Error('no failed check');
    c.sources = [
      { title: 'Veilig', url: 'https://example.org/bron', tag: 'official' },
      { title: 'Script', url: 'javascript:alert(1)', tag: 'practice' },
      { title: 'Plat', url: 'http://example.org/plat', tag: 'practice' },
    ];
    const html = render(a, 'nl');
    expect(html).to.include('href="https://example.org/bron"');
    expect(html).not.to.match(/href="javascript/);
    expect(html).not.to.include('href="http://');
    expect(html).to.include('javascript:alert(1)'); // shown as text only
  });

  it('shows an action plan and the changes since an earlier audit', async () => {
    const a = await assess(readExample('examples/audits/ocmw-onthaal-drempelscan.yaml'), { lang: 'nl', today: TODAY });
    const prev = structuredClone(a);
    prev.referenceDate = '2024-09-15';
    const better = a.checks.find((c) => c.outcome === 'pass');
    const worse = a.checks.find((c) => c.outcome === 'fail');
    if (!better || !worse) throw new Error('example lacks a passed or failed check');
    (prev.checks.find((c) => c.id === better.id) as { outcome: string }).outcome = 'fail';
    (prev.checks.find((c) => c.id === worse.id) as { outcome: string }).outcome = 'pass';
    const dim = prev.dimensions.find((d) => d.score !== null);
    if (!dim || dim.score === null) throw new Error('no scored dimension');
    dim.score = { ...dim.score, low: Math.max(0, dim.score.low - 12.5) };
    const html = render(a, 'nl', prev);
    expect(html).to.include('Actieplan');
    expect(html).to.include('Wat veranderde sinds de vorige drempelscan');
    expect(html).to.include('Checks die verbeterden');
    const changes = html.slice(html.indexOf('id="changes-h"'), html.indexOf('id="unknowns-h"'));
    expect(changes).to.include(`<strong>${better.id}</strong>`);
    expect(changes).to.include(`<strong>${worse.id}</strong>`);
    expect(changes).to.include('+12,5');
    expect(render(a, 'fr', prev)).to.include('Ce qui a changé depuis l&#x27;audit précédent');
  });

  it('has the same label keys in every language and no empty label', () => {
    const files = Object.fromEntries(LANGS.map((l) => [l, readLabelFile(l)]));
    const keys = Object.keys(files.nl as object).sort();
    expect(keys.length).to.be.greaterThan(100);
    for (const lang of LANGS) {
      const f = files[lang] as Record<string, unknown>;
      expect(Object.keys(f).sort(), `keys of ${lang}.json`).to.deep.equal(keys);
      for (const k of keys) {
        expect(f[k], `${lang}.${k}`).to.be.a('string');
        expect((f[k] as string).trim(), `${lang}.${k} is empty`).not.to.equal('');
      }
    }
  });

  it('takes the number of top risks, and the severity from which a partial check counts, from the scoring settings', async () => {
    const a = await assess(readExample('examples/audits/vrijetijdspas-drempelscan.yaml'), { ruleset: rs, today: TODAY });
    expect(buildReportModel(a, { ruleset: rs, lang: 'nl' }).risks).to.have.length(rs.scoring.topRisks.count);
    const risksWith = (partialMinSeverity: number) =>
      buildReportModel(a, { ruleset: { ...rs, scoring: { ...rs.scoring, topRisks: { count: 100, partialMinSeverity } } }, lang: 'nl' }).risks;
    const lowPartials = (risks: { id: string }[]) =>
      risks.map((r) => a.checks.find((c) => c.id === r.id)).filter((c) => c?.outcome === 'partial' && c.severity < 3);
    expect(risksWith(3).length).to.be.lessThan(risksWith(1).length);
    expect(lowPartials(risksWith(1)).length, 'with severity 1 partial checks of lower severity count').to.be.greaterThan(0);
    expect(lowPartials(risksWith(3)), 'with severity 3 they do not').to.have.length(0);
  });
});
