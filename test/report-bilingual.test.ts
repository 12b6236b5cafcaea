// One report in two languages (--lang fr,nl): the full report in each, one after the other, in one document.
import { expect } from 'chai';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assess } from '../src/assess.js';
import { readExample } from '../src/examples.js';
import { prefixIds, renderMultilingualHtml, renderReportHtml } from '../src/report/html.js';
import { defaultRuleset } from '../src/ruleset/load.js';
import { requireBrowser } from './browser.js';
import { cli } from './cli-io.js';
import { pdfText } from './pdf-text.js';
import { TEST_DATE } from './helpers.js';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'report-bilingual-'));
const EXAMPLE = 'examples/proposals/cpas-enquete-sociale-bruxelles.yaml';

/** Every id in a document, and those that occur more than once. */
function duplicateIds(html: string): string[] {
  const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1] as string);
  return ids.filter((id, i) => ids.indexOf(id) !== i);
}

describe('bilingual report', function () {
  this.timeout(120_000);

  it('holds the French report, a divider, then the Dutch report, with one head and unique ids', async () => {
    const a = await assess(readExample(EXAMPLE), { lang: 'fr', today: TEST_DATE });
    const html = renderMultilingualHtml(a, ['fr', 'nl'], { ruleset: defaultRuleset(), generatedAt: '2025-06-01', strict: true });
    expect(html.match(/<html/g)).to.have.length(1);
    expect(html.match(/<style>/g)).to.have.length(1);
    expect(html).to.match(/<html lang="fr">/);
    expect(html.match(/<main class="report">/g)).to.have.length(1);
    expect(html).to.include('<section class="report report-secondary" lang="nl" aria-label="Nederlandstalige versie">');
    const fr = html.slice(0, html.indexOf('report-secondary'));
    const nl = html.slice(html.indexOf('report-secondary'));
    expect(fr).to.include('Résumé pour le conseil de l&#x27;action sociale').and.not.include('Samenvatting voor');
    expect(nl).to.include('Hieronder volgt hetzelfde rapport in het Nederlands.');
    expect(nl).to.include('Samenvatting voor de raad voor maatschappelijk welzijn');
    expect(nl).to.include('Organieke wet van 8 juli 1976');
    expect(duplicateIds(html)).to.deep.equal([]);
    // label references follow the prefixed ids
    expect(nl).to.include('aria-labelledby="nl-summary-h"').and.include('id="nl-summary-h"');
  });

  it('one language gives the same document as the single-language renderer', async () => {
    const a = await assess(readExample(EXAMPLE), { lang: 'fr', today: TEST_DATE });
    const opts = { ruleset: defaultRuleset(), generatedAt: '2025-06-01' };
    expect(renderMultilingualHtml(a, ['fr'], opts)).to.equal(renderReportHtml(a, { ...opts, lang: 'fr' }));
  });

  it('prefixes ids, label references and in-page links, and leaves text alone', () => {
    const html = '<h2 id="a-h">id="x"</h2><svg aria-labelledby="t d"></svg><a href="#a-h">x</a><a href="https://x.be/#y">y</a><label for="f">';
    expect(prefixIds(html, 'nl-')).to.equal(
      '<h2 id="nl-a-h">id="x"</h2><svg aria-labelledby="nl-t nl-d"></svg><a href="#nl-a-h">x</a><a href="https://x.be/#y">y</a><label for="nl-f">',
    );
  });

  it('the CLI writes one HTML file with --lang fr,nl, and refuses several languages for text or validate', async () => {
    const out = join(tmp(), 'avis-advies.html');
    const r = await cli('assess', EXAMPLE, '--lang', 'fr,nl', '--format', 'html', '-o', out);
    expect(r.code, r.stderr).to.equal(0);
    const html = readFileSync(out, 'utf8');
    expect(html).to.match(/<html lang="fr">/);
    // the first language needs no divider: only the Dutch part opens with one
    expect(html).not.to.include('Version française');
    expect(html).to.include('<p class="lang-name">Nederlandstalige versie</p>');
    const text = await cli('assess', EXAMPLE, '--lang', 'fr,nl', '--format', 'text');
    expect(text.code).to.equal(2);
    expect(text.stderr).to.include('html of pdf');
    expect((await cli('validate', EXAMPLE, '--lang', 'fr,nl')).code).to.equal(2);
    expect((await cli('assess', EXAMPLE, '--lang', 'fr,fr', '--format', 'html')).stderr).to.include('twee keer');
    expect((await cli('assess', EXAMPLE, '--lang', 'fr,de', '--format', 'html')).stderr).to.include('--lang moet nl, fr of en');
  });

  it('report renders a saved assessment in two languages', async () => {
    const dir = tmp();
    const saved = join(dir, 'toets.json');
    expect((await cli('assess', EXAMPLE, '--format', 'json', '-o', saved)).code).to.equal(0);
    const out = join(dir, 'advies.html');
    const r = await cli('report', saved, '--lang', 'nl,en', '--format', 'html', '-o', out);
    expect(r.code, r.stderr).to.equal(0);
    const html = readFileSync(out, 'utf8');
    expect(html).to.match(/<html lang="nl">/);
    expect(html).to.include('Samenvatting voor de raad voor maatschappelijk welzijn');
    expect(html).to.include('Summary for the CPAS council<');
  });

  it('the PDF prints the same two-language document', async function () {
    requireBrowser(this);
    const out = join(tmp(), 'avis-advies.pdf');
    const r = await cli('assess', EXAMPLE, '--lang', 'fr,nl', '--format', 'pdf', '-o', out);
    expect(r.code, r.stderr).to.equal(0);
    const { text } = await pdfText(new Uint8Array(readFileSync(out)));
    expect(text).to.include('Résumé pour');
    expect(text).to.include('Nederlandstalige versie');
    expect(text).to.include('Samenvatting voor');
  });
});
