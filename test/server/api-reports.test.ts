// Reports through the real app and a real Chromium: HTML, PDF and JSON in nl/fr/en with the stored verdict
// and scores; a second request from the report store; a full PDF queue answered 503 with Retry-After; a
// browser killed mid-render gives 200 (retried) or 503, never a 500 or a hang, and the next request works.
import { expect } from 'chai';
import { BrowserPool } from '../../src/report/pdf/pool.js';
import { verdictTitle } from '../../src/output/words.js';
import { PDF_RETRY_AFTER_SECONDS } from '../../src/server/services/reports.js';
import { LANGS } from '../../src/types.js';
import { requireBrowser } from '../browser.js';
import { pdfText } from '../pdf-text.js';
import { example, startApp, type TestApp } from './api-helpers.js';

const ORG = '/api/v1/orgs/teststad';

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

describe('API: reports', function () {
  this.timeout(180_000);
  let app: TestApp;
  let pool: BrowserPool;
  let staff: Record<string, string>;
  const assessments: { id: string; verdict: string; score: { low: number; high: number } }[] = [];

  before(async function () {
    const executablePath = requireBrowser(this);
    pool = new BrowserPool({ executablePath, maxPages: 1, maxQueue: 1 });
    app = await startApp({ pool });
    staff = await app.as('teststad', 'alderman');
    const writer = await app.as('teststad', 'council-chair');
    for (const name of ['zwembad-sociaal-tarief', 'energiepremie-documenten', 'nachtopvang-brussel', 'uitpas-kansentarief']) {
      const r = await app.call('POST', `${ORG}/dossiers`, { headers: writer, body: { input: example(name) } });
      assessments.push(r.json.assessment);
    }
  });
  after(async () => {
    await app?.close();
    await pool?.close();
  });

  it('HTML, PDF and JSON in nl, fr and en show the stored verdict and scores', async () => {
    const a = assessments[0] as (typeof assessments)[number];
    const number = (n: number, lang: string): string => n.toLocaleString(lang === 'en' ? 'en-GB' : `${lang}-BE`, { maximumFractionDigits: 1 });
    for (const lang of LANGS) {
      const json = await app.call('GET', `${ORG}/assessments/${a.id}/report.json?lang=${lang}`, { headers: staff });
      expect(json.status).to.equal(200);
      expect(json.json.verdict.code).to.equal(a.verdict);
      expect([json.json.score.overall.low, json.json.score.overall.high]).to.deep.equal([a.score.low, a.score.high]);
      const html = await app.call('GET', `${ORG}/assessments/${a.id}/report.html?lang=${lang}`, { headers: staff });
      expect(html.status).to.equal(200);
      expect(html.text).to.include(`<p class="verdict-title">${verdictTitle(a.verdict as 'favourable', lang)}</p>`);
      const pdf = await app.call('GET', `${ORG}/assessments/${a.id}/report.pdf?lang=${lang}`, { headers: staff });
      expect(pdf.status, pdf.text.slice(0, 300)).to.equal(200);
      expect(pdf.headers.get('content-type')).to.equal('application/pdf');
      expect(pdf.bytes.subarray(0, 5).toString()).to.equal('%PDF-');
      const text = (await pdfText(pdf.bytes)).text;
      expect(text).to.include(verdictTitle(a.verdict as 'favourable', lang));
      expect(text).to.include(number(a.score.low, lang));
    }
  });

  it('one document in two languages for a Brussels council (?lang=fr,nl): HTML and PDF, not JSON', async () => {
    const a = assessments[2] as (typeof assessments)[number];
    const html = await app.call('GET', `${ORG}/assessments/${a.id}/report.html?lang=fr,nl`, { headers: staff });
    expect(html.status, html.text.slice(0, 300)).to.equal(200);
    expect(html.headers.get('content-language')).to.equal('fr, nl');
    expect(html.text).to.match(/^<!doctype html>\s*<html lang="fr"/i);
    // The French report first, then the Dutch one.
    const titles = [...new Set([...html.text.matchAll(/<p class="verdict-title">([^<]*)<\/p>/g)].map((m) => m[1]))];
    expect(titles).to.deep.equal([verdictTitle(a.verdict as 'favourable', 'fr'), verdictTitle(a.verdict as 'favourable', 'nl')]);
    const pdf = await app.call('GET', `${ORG}/assessments/${a.id}/report.pdf?lang=fr,nl&variant=short`, { headers: staff });
    expect(pdf.status, pdf.text.slice(0, 300)).to.equal(200);
    const text = (await pdfText(pdf.bytes)).text;
    expect(text)
      .to.include(verdictTitle(a.verdict as 'favourable', 'fr'))
      .and.include(verdictTitle(a.verdict as 'favourable', 'nl'));
    for (const [query, message] of [
      // (the answer speaks the first language asked for, when it is one)
      ['report.json?lang=fr,nl', "doit être l'une de ces valeurs"],
      ['report.html?lang=fr,xx', 'of, voor een rapport, enkele na elkaar'],
      ['report.html?lang=fr,fr', 'ou plusieurs à la suite'],
    ] as const) {
      const bad = await app.call('GET', `${ORG}/assessments/${a.id}/${query}`, { headers: staff });
      expect(bad.status, query).to.equal(400);
      expect(bad.json.error.issues[0]).to.include({ path: 'lang' });
      expect(bad.json.error.issues[0].message, query).to.include(message);
    }
  });

  it('a second identical request is served from the report store: no browser time', async () => {
    const a = assessments[0] as (typeof assessments)[number];
    const before = pool.stats().documents;
    const again = await app.call('GET', `${ORG}/assessments/${a.id}/report.pdf?lang=fr`, { headers: staff });
    expect(again.status).to.equal(200);
    expect(again.headers.get('x-report-cache')).to.equal('hit');
    expect(pool.stats().documents).to.equal(before);
  });

  it('a full PDF queue answers 503 with Retry-After and the envelope, never a 500', async () => {
    const requests = assessments.slice(1).flatMap((a) => LANGS.map((lang) => `${ORG}/assessments/${a.id}/report.pdf?lang=${lang}`));
    const replies = await Promise.all(requests.map((path) => app.call('GET', path, { headers: staff })));
    const statuses = replies.map((r) => r.status);
    expect(
      statuses.every((s) => s === 200 || s === 503),
      statuses.join(','),
    ).to.equal(true);
    const busy = replies.filter((r) => r.status === 503);
    expect(busy.length, statuses.join(',')).to.be.greaterThan(0);
    expect(replies.some((r) => r.status === 200)).to.equal(true);
    for (const r of busy) {
      expect(r.headers.get('retry-after')).to.equal(String(PDF_RETRY_AFTER_SECONDS));
      expect(r.json.error.code).to.equal('BUSY');
      expect(r.json.error.message).to.be.a('string').and.not.equal('');
    }
  });

  it('a browser killed mid-render: 200 (tried again) or 503, and the next request works', async () => {
    const a = assessments[3] as (typeof assessments)[number];
    // warm: a browser runs
    expect((await app.call('GET', `${ORG}/assessments/${a.id}/report.pdf?lang=nl`, { headers: staff })).status).to.equal(200);
    const cut = app.call('GET', `${ORG}/assessments/${a.id}/report.pdf?lang=en`, { headers: staff });
    for (let i = 0; i < 400 && pool.stats().inFlight === 0; i++) await sleep(5);
    const pid = pool.browserPid();
    expect(pid, 'a browser is printing').to.be.a('number');
    process.kill(pid as number, 'SIGKILL');
    const r = await cut;
    expect([200, 503], r.text.slice(0, 300)).to.include(r.status);
    if (r.status === 503) expect(r.json.error.code).to.equal('UNAVAILABLE');
    else expect(r.bytes.subarray(0, 5).toString()).to.equal('%PDF-');
    const next = await app.call('GET', `${ORG}/assessments/${a.id}/report.pdf?lang=fr`, { headers: staff });
    expect(next.status).to.equal(200);
    expect(pool.browserPid()).to.not.equal(pid);
  });
});
