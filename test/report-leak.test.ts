// The real report renderer with a hostile proposal: the local server must see no request at all.
import { expect } from 'chai';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { assess } from '../src/assess.js';
import { renderReportHtml } from '../src/report/html.js';
import { BrowserPool } from '../src/report/pdf/index.js';
import { defaultRuleset } from '../src/ruleset/load.js';
import { EXPLICIT_BROWSER, requireBrowser } from './browser.js';
import { pdfText } from './pdf-text.js';
import { TEST_DATE, proposal } from './helpers.js';

describe('report renderer: no network or file access from user text', function () {
  this.timeout(60_000);
  let server: Server;
  let hits: string[] = [];
  let base = '';

  before(async function () {
    requireBrowser(this);
    server = createServer((req, res) => {
      hits.push(req.url ?? '');
      res.end('x');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  after(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

  /** Every way we know for a document to make Chromium fetch something, as live markup. */
  const attacksOn = (to: string): string =>
    [
      `<img src="${to}/img">`,
      `<link rel="stylesheet" href="${to}/css">`,
      `<link rel="prefetch" href="${to}/prefetch">`,
      `<iframe src="${to}/frame"></iframe>`,
      `<div style="background:url(${to}/bg)">x</div>`,
      `<style>@import url(${to}/import); @font-face { font-family: x; src: url(${to}/font) } p { font-family: x }</style>`,
      `<meta http-equiv="refresh" content="0;url=${to}/refresh">`,
      `<object data="${to}/object"></object>`,
      `<video poster="${to}/poster"></video>`,
      `<script src="${to}/script"></script>`,
      `<a href="javascript:fetch('${to}/js')">klik</a>`,
      `<iframe src="file:///etc/passwd"></iframe>`,
    ].join(' ');

  it('the renderer itself is locked down: raw hostile markup, printed as it is, fetches nothing', async () => {
    // Not through the report (which escapes every field): this is the second wall, the page's lock-down,
    // tested on its own so that a regression there cannot hide behind the escaping.
    hits = [];
    const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>t</title></head><body><h1>Vijandig</h1><p>${attacksOn(base)}</p></body></html>`;
    const pool = new BrowserPool({ executablePath: EXPLICIT_BROWSER });
    try {
      for (let i = 0; i < 2; i++) {
        const { text } = await pdfText(await pool.pdf(html, { title: 'Vijandig', lang: 'nl' }));
        expect(text).to.include('Vijandig');
      }
      await new Promise((r) => setTimeout(r, 500));
    } finally {
      await pool.close();
    }
    expect(hits).to.deep.equal([]);
  });

  it('escapes every field and lets Chromium fetch nothing', async () => {
    hits = [];
    const attacks = [
      `<img src="${base}/img">`,
      `<link rel="stylesheet" href="${base}/css">`,
      `<iframe src="${base}/frame"></iframe>`,
      `<div style="background:url(${base}/bg)">x</div>`,
      `<style>@import url(${base}/import); @font-face { font-family: x; src: url(${base}/font) }</style>`,
      `<meta http-equiv="refresh" content="0;url=${base}/refresh">`,
      `<object data="${base}/object"></object>`,
      `<a href="javascript:fetch('${base}/js')">klik</a>`,
      `<iframe src="file:///etc/passwd"></iframe>`,
    ].join(' ');
    const hostile = proposal({
      meta: { title: `Voorstel <img src="${base}/title">`, municipality: `Gemeente <iframe src="${base}/mun">`, summary: attacks },
      screening: { groups: [{ group: 'homeless', direction: '-', note: `<img src="${base}/note">` }] },
      participation: { moments: [{ date: '2025-01-10', form: 'consultation', who: `<link rel=stylesheet href="${base}/who">`, summary: attacks }] },
      information: { texts: [{ kind: 'letter', language: 'nl', text: attacks }] },
    });
    const ruleset = defaultRuleset();
    const a = await assess(hostile, { ruleset, today: TEST_DATE });
    const html = renderReportHtml(a, { ruleset, lang: 'nl' });
    // the text shows up escaped, never as markup
    expect(html).to.include('&lt;img src&#x3D;');
    expect(html).not.to.include(`<img src="${base}`);
    expect(html).not.to.include(`<iframe src="${base}`);
    expect(html).not.to.match(/href="javascript:/i);
    const pool = new BrowserPool({ executablePath: EXPLICIT_BROWSER });
    try {
      // twice: the second PDF prints on the page the first one left behind, which must stay locked down
      for (let i = 0; i < 2; i++) {
        const pdf = await pool.pdf(html, { title: a.subject.title, lang: 'nl' });
        const { text } = await pdfText(pdf);
        expect(text).to.include('<img src=');
      }
      expect(pool.stats().documents).to.equal(2);
    } finally {
      await pool.close();
    }
    expect(hits).to.deep.equal([]);
  });
});
