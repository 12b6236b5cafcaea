// The report from the command line: HTML and PDF files, saved assessments, folders, earlier audits.
import { expect } from 'chai';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { requireBrowser } from './browser.js';
import { cli, cliWith } from './cli-io.js';
import { pdfText } from './pdf-text.js';

const tmp = (): string => mkdtempSync(join(tmpdir(), 'report-cli-'));

describe('report from the CLI', function () {
  this.timeout(120_000);

  it('assess --format html writes one self-contained file in the proposal language', async () => {
    const out = join(tmp(), 'advies.html');
    const r = await cli('assess', 'examples/proposals/nachtopvang-brussel.yaml', '--format', 'html', '-o', out);
    expect(r.code, r.stderr).to.equal(0);
    const html = readFileSync(out, 'utf8');
    expect(html).to.match(/<html[^>]* lang="fr"/);
    expect(html).not.to.match(/<script|<link /i);
  });

  it('refuses a PDF without -o', async () => {
    const r = await cli('assess', 'examples/proposals/zwembad-sociaal-tarief.yaml', '--format', 'pdf');
    expect(r.code).to.equal(2);
    expect(r.stderr).to.include('-o');
  });

  it('names the output path when it cannot be written, without a stack trace', async () => {
    const out = join(tmp(), 'bestaat-niet', 'advies.html');
    const r = await cli('assess', 'examples/proposals/zwembad-sociaal-tarief.yaml', '--format', 'html', '-o', out);
    expect(r.code).to.equal(2);
    expect(r.stderr).to.include(out).and.include('de map bestaat niet');
    expect(r.stderr).not.to.include('Interne fout');
  });

  it('a folder run without a browser stops once with the install hint, not once per file', async () => {
    const out = join(tmp(), 'uit');
    const r = await cliWith({ browserPath: '/nergens/chromium' }, 'assess', 'examples/proposals', '--format', 'pdf', '-o', out);
    expect(r.code).to.equal(2);
    expect(r.stderr.match(/apt-get install chromium/g)).to.have.length(1);
    expect(r.stderr).not.to.include('overgeslagen');
    // the same folder as HTML needs no browser
    const html = await cliWith({ browserPath: '/nergens/chromium' }, 'assess', 'examples/proposals', '--format', 'html', '-o', out);
    expect(html.code).to.equal(0);
    expect(readdirSync(out).filter((f) => f.endsWith('.html')).length).to.be.at.least(8);
  });

  it('report renders a saved assessment again, in another language, and refuses a broken one', async () => {
    const dir = tmp();
    const saved = join(dir, 'toets.json');
    expect((await cli('assess', 'examples/proposals/afvalzak-prijsstijging.yaml', '--format', 'json', '-o', saved)).code).to.equal(0);
    const out = join(dir, 'advice.html');
    const r = await cli('report', saved, '--format', 'html', '--lang', 'en', '-o', out);
    expect(r.code, r.stderr).to.equal(0);
    expect(readFileSync(out, 'utf8')).to.match(/<html[^>]* lang="en"/);
    const broken = join(dir, 'kapot.json');
    writeFileSync(broken, JSON.stringify({ schemaVersion: '2.0', checks: 'geen lijst' }));
    const b = await cli('report', broken, '--format', 'html', '-o', join(dir, 'x.html'));
    expect(b.code).to.equal(2);
    expect(b.stderr).to.include('checks');
  });

  it('audit --previous shows what changed since the earlier audit', async () => {
    const dir = tmp();
    const earlier = join(dir, 'onthaal-2024.yaml');
    const text = readFileSync('examples/audits/ocmw-onthaal-drempelscan.yaml', 'utf8')
      .replace(/referenceDate: 2025-\d\d-\d\d/, 'referenceDate: 2024-09-15')
      .replace(/staffTrained: ja/, 'staffTrained: nee');
    writeFileSync(earlier, text);
    const out = join(dir, 'audit.html');
    const r = await cli('audit', 'examples/audits/ocmw-onthaal-drempelscan.yaml', '--previous', earlier, '--format', 'html', '-o', out);
    expect(r.code, r.stderr).to.equal(0);
    const html = readFileSync(out, 'utf8');
    // the earlier audit's date and the check that improved since (staff trained: TR4)
    expect(html).to.match(/15[./-]0?9[./-]2024|2024-09-15|15 september 2024/);
    expect(html).to.include('TR4');
  });

  it('a folder: every file rendered, a bad one reported and skipped, a summary at the end', async function () {
    requireBrowser(this);
    const dir = tmp();
    const input = join(dir, 'in');
    mkdirSync(input);
    copyFileSync('examples/proposals/uitpas-kansentarief.yaml', join(input, 'uitpas.yaml'));
    copyFileSync('examples/audits/vrijetijdspas-drempelscan.yaml', join(input, 'vrijetijdspas.yaml'));
    copyFileSync('test/fixtures/bad/ladder-level-9.yaml', join(input, 'kapot.yaml'));
    const out = join(dir, 'out');
    const r = await cli('assess', input, '--format', 'pdf', '-o', out);
    expect(r.code).to.equal(2);
    expect(readdirSync(out).sort()).to.deep.equal(['uitpas.pdf', 'vrijetijdspas.pdf']);
    expect(readFileSync(join(out, 'uitpas.pdf')).subarray(0, 5).toString()).to.equal('%PDF-');
    expect(r.stderr).to.include('overgeslagen: kapot.yaml');
    expect(r.stderr).to.include('participation.claimedLevel');
    expect(r.stderr).to.match(/2 van 3 bestanden weergegeven/);
  });

  it('--variant short writes the short report for the college, in HTML, from a saved assessment too, and in a folder run', async () => {
    const dir = tmp();
    const out = join(dir, 'kort.html');
    const r = await cli('assess', 'examples/proposals/afvalzak-prijsstijging.yaml', '--format', 'html', '--variant', 'short', '-o', out);
    expect(r.code, r.stderr).to.equal(0);
    const html = readFileSync(out, 'utf8');
    expect(html).to.include('(korte versie)').and.include('De tien belangrijkste stappen');
    expect(html).not.to.include('id="dims-h"');
    // the full report stays the default, and --variant full says so out loud
    const full = join(dir, 'vol.html');
    expect((await cli('assess', 'examples/proposals/afvalzak-prijsstijging.yaml', '--format', 'html', '--variant', 'full', '-o', full)).code).to.equal(0);
    expect(readFileSync(full, 'utf8')).to.include('id="dims-h"').and.not.include('(korte versie)');
    const saved = join(dir, 'toets.json');
    expect((await cli('audit', 'examples/audits/vrijetijdspas-drempelscan.yaml', '--format', 'json', '-o', saved)).code).to.equal(0);
    const again = join(dir, 'audit-kort.html');
    const rep = await cli('report', saved, '--format', 'html', '--variant', 'short', '--lang', 'fr,nl', '-o', again);
    expect(rep.code, rep.stderr).to.equal(0);
    expect(readFileSync(again, 'utf8')).to.include('Les dix actions principales').and.include('De tien belangrijkste acties');
    const input = join(dir, 'in');
    mkdirSync(input);
    copyFileSync('examples/proposals/uitpas-kansentarief.yaml', join(input, 'uitpas.yaml'));
    const folderOut = join(dir, 'uit');
    expect((await cli('assess', input, '--format', 'html', '--variant', 'short', '-o', folderOut)).code).to.equal(0);
    expect(readFileSync(join(folderOut, 'uitpas.html'), 'utf8')).to.include('korte versie');
  });

  it('--variant short as a PDF: at most six pages', async function () {
    requireBrowser(this);
    const out = join(tmp(), 'kort.pdf');
    const r = await cli('assess', 'examples/proposals/schooltoelage-online.yaml', '--format', 'pdf', '--variant', 'short', '-o', out);
    expect(r.code, r.stderr).to.equal(0);
    const { pages, text } = await pdfText(readFileSync(out));
    expect(pages).to.be.within(3, 6);
    expect(text).to.include('korte versie');
  });

  it('refuses a wrong --variant, and --variant with text or json output or another command, in one Dutch line', async () => {
    const cases: [string[], string][] = [
      [['assess', 'examples/proposals/zwembad-sociaal-tarief.yaml', '--format', 'html', '--variant', 'kort'], '--variant moet full of short zijn, niet "kort"'],
      [['assess', 'examples/proposals/zwembad-sociaal-tarief.yaml', '--variant', 'short'], '--variant geldt enkel voor --format html of pdf'],
      [['report', 'toets.json', '--format', 'json', '--variant', 'short'], '--variant geldt enkel voor --format html of pdf'],
      [
        ['validate', 'examples/proposals/zwembad-sociaal-tarief.yaml', '--format', 'html', '--variant', 'short'],
        '--variant geldt enkel voor assess, audit en report',
      ],
    ];
    for (const [argv, message] of cases) {
      const r = await cli(...argv);
      expect(r.code, argv.join(' ')).to.equal(2);
      expect(r.stderr, argv.join(' ')).to.include(message);
      expect(r.stderr.trim().split('\n'), argv.join(' ')).to.have.length(1);
    }
  });
});
