// Render-time texts: a saved assessment records codes and values; every renderer words them in the
// requested language without scoring again, and gives what a fresh assessment in that language gives.
import { expect } from 'chai';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { assess } from '../src/assess.js';
import { exampleFiles, readExample } from '../src/examples.js';
import { renderText } from '../src/output/text.js';
import { inLanguage } from '../src/output/words.js';
import { renderReportHtml } from '../src/report/html.js';
import { defaultRuleset } from '../src/ruleset/load.js';
import type { Assessment, Lang } from '../src/types.js';
import { cli } from './cli-io.js';
import { TEST_DATE } from './helpers.js';

const rs = defaultRuleset();
const saved = (a: Assessment): Assessment => JSON.parse(JSON.stringify(a)) as Assessment;
const html = (a: Assessment, lang: Lang): string => renderReportHtml(a, { ruleset: rs, lang, generatedAt: TEST_DATE, strict: true });

/** What must not change with the language: verdict, scores, lights, outcomes and every order. */
function decided(a: Assessment): unknown {
  return {
    verdict: [a.verdict.code, a.verdict.range, a.verdict.knockouts, a.verdict.questions.map((q) => q.checkId), a.verdict.reasonCodes],
    score: a.score,
    dims: a.dimensions.map((d) => [d.id, d.score, d.lights]),
    checks: a.checks.map((c) => [c.id, c.possible, c.variants, c.decidingBody]),
    path: a.improvementPath.map((s) => [s.checkId, s.gain, s.scoreAfter, s.verdictAfter]),
    questions: a.unknowns.map((u) => [u.checkId, u.swing, u.ifBad, u.ifGood]),
    ladder: [a.participation.effectiveLevel, a.participation.effectiveHigh, a.participation.caps.map((c) => [c.ladderCap, c.status])],
  };
}

describe('render-time texts', function () {
  this.timeout(300_000);

  for (const file of exampleFiles()) {
    it(`${file}: the saved nl assessment renders in fr and en as a fresh one does`, async () => {
      const input = readExample(file);
      const nl = saved(await assess(input, { ruleset: rs, lang: 'nl', date: TEST_DATE }));
      for (const lang of ['fr', 'en'] as const) {
        const fresh = await assess(input, { ruleset: rs, lang, date: TEST_DATE });
        expect(decided(nl), lang).to.deep.equal(decided(fresh));
        // Every word field, worded from the codes, equals the fresh assessment's own.
        expect(inLanguage(nl, rs, lang)).to.deep.equal(fresh);
        expect(renderText(nl, { lang, ruleset: rs }), lang).to.equal(renderText(fresh));
        expect(html(nl, lang), lang).to.equal(html(fresh, lang));
      }
    });
  }

  it('words the verdict reasons from codes: a check title by its id, dimensions by theirs', async () => {
    const a = saved(await assess(readExample('examples/proposals/afvalzak-prijsstijging.yaml'), { ruleset: rs, lang: 'nl', date: TEST_DATE }));
    const red = a.verdict.reasonCodes.find((r) => r.key === 'reasonRedDimensions');
    expect(red?.vars.dims).to.be.an('array').with.length.above(0);
    // Change a saved Dutch word: the French rendering does not read it, it looks the name up.
    const dim = a.dimensions.find((d) => d.id === (red?.vars.dims as string[])[0]);
    if (!dim) throw new Error('no red dimension');
    dim.title = 'GEWIJZIGD';
    const fr = inLanguage(a, rs, 'fr');
    expect(fr.verdict.reasons.join(' ')).not.to.include('GEWIJZIGD');
    expect(fr.verdict.title).to.equal('Défavorable');
  });

  it('no module of the renderers imports the scoring or derives facts (static import graph)', () => {
    const seen = new Set<string>();
    const visit = (path: string): void => {
      if (seen.has(path)) return;
      seen.add(path);
      const text = readFileSync(path, 'utf8');
      // Static imports, side-effect imports, re-exports and dynamic imports of relative modules.
      for (const m of text.matchAll(/(?:from\s+|import\s*\(?\s*)'(\.[^']+)'/g)) {
        visit(resolve(dirname(path), (m[1] as string).replace(/\.js$/, '.ts')));
      }
    };
    const walk = (dir: string): string[] =>
      readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? walk(join(dir, n)) : n.endsWith('.ts') ? [join(dir, n)] : []));
    for (const f of [...walk('src/report'), 'src/output/text.ts', 'src/output/words.ts']) visit(resolve(f));
    const forbidden = [...seen].filter((p) => p.includes('/src/scoring/') || p.endsWith('/src/engine/facts/index.ts') || p.endsWith('/src/assess.ts'));
    expect(forbidden).to.deep.equal([]);
  });

  it('report refuses a saved assessment of schemaVersion 1.0 with exit 2 and what to do, in nl, fr and en', async () => {
    const file = 'test/fixtures/saved/assessment-1.0.json';
    const expected = {
      nl: 'maak de toets opnieuw met deze versie',
      fr: 'refaites le test avec cette version',
      en: 'run the assessment again with this version',
    };
    for (const lang of ['nl', 'fr', 'en'] as const) {
      const r = await cli('report', file, '--format', 'text', '--lang', lang);
      expect(r.code, r.stderr).to.equal(2);
      expect(r.stderr).to.include(file).and.include('1.0').and.include(expected[lang]);
      expect(r.stderr).not.to.match(/at \w+ \(|Interne fout/);
    }
  });

  it('report SAVED.json --format text --lang fr words the text output in French', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const nl = await assess(readExample('examples/proposals/afvalzak-prijsstijging.yaml'), { ruleset: rs, lang: 'nl', date: TEST_DATE });
    const path = join(mkdtempSync(join(tmpdir(), 'render-texts-')), 'toets.json');
    writeFileSync(path, JSON.stringify(nl));
    const r = await cli('report', path, '--format', 'text', '--lang', 'fr');
    expect(r.code, r.stderr).to.equal(0);
    const fresh = await assess(readExample('examples/proposals/afvalzak-prijsstijging.yaml'), { ruleset: rs, lang: 'fr', date: TEST_DATE });
    expect(r.stdout).to.equal(renderText(fresh));
  });
});
