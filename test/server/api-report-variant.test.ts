// The short report through the API: `?variant=short` on report.html and report.pdf, kept in the report
// store under its own key (beside the full one), and a wrong value, or a variant of the JSON result, a 400
// naming the field.
import { expect } from 'chai';
import { BrowserPool } from '../../src/report/pdf/pool.js';
import { reportKey } from '../../src/server/services/reports.js';
import { requireBrowser } from '../browser.js';
import { pdfText } from '../pdf-text.js';
import { example, startApp, type TestApp } from './api-helpers.js';

const ORG = '/api/v1/orgs/teststad';

describe('API: the short report (?variant=short)', function () {
  this.timeout(120_000);
  let app: TestApp;
  let staff: Record<string, string>;
  let id: string;
  let pool: BrowserPool | undefined;

  before(async () => {
    app = await startApp();
    staff = await app.as('teststad', 'alderman');
    const writer = await app.as('teststad', 'council-member');
    const r = await app.call('POST', `${ORG}/dossiers`, { headers: writer, body: { input: example('schooltoelage-online') } });
    id = r.json.assessment.id;
  });
  after(async () => {
    await app?.close();
    await pool?.close();
  });

  it('gives the short HTML report, kept under its own key beside the full one', async () => {
    const full = await app.call('GET', `${ORG}/assessments/${id}/report.html?lang=fr`, { headers: staff });
    expect(full.status).to.equal(200);
    expect(full.text).to.include('id="dims-h"');
    const short = await app.call('GET', `${ORG}/assessments/${id}/report.html?lang=fr&variant=short`, { headers: staff });
    expect(short.status).to.equal(200);
    expect(short.headers.get('x-report-cache')).to.equal('miss');
    expect(short.text).to.include('(version courte)').and.include('Les dix étapes principales');
    expect(short.text).not.to.include('id="dims-h"');
    const again = await app.call('GET', `${ORG}/assessments/${id}/report.html?lang=fr&variant=short`, { headers: staff });
    expect(again.headers.get('x-report-cache')).to.equal('hit');
    expect(again.text).to.equal(short.text);
    // ?variant=full is the report without the parameter, from the same stored entry
    const named = await app.call('GET', `${ORG}/assessments/${id}/report.html?lang=fr&variant=full`, { headers: staff });
    expect(named.headers.get('x-report-cache')).to.equal('hit');
    expect(named.text).to.equal(full.text);
    const stored = await app.store.assessments.get((await app.store.orgs.bySlug('teststad'))?.id ?? '', id);
    expect(stored).to.not.equal(undefined);
    const hash = stored?.resultHash ?? '';
    expect(reportKey(hash, 'html', 'fr', 'short')).to.not.equal(reportKey(hash, 'html', 'fr', 'full'));
    expect(await app.store.reports.get(reportKey(hash, 'html', 'fr', 'short'))).to.not.equal(undefined);
    expect(await app.store.reports.get(reportKey(hash, 'html', 'fr', 'full'))).to.not.equal(undefined);
  });

  it('a wrong variant, or a variant of the JSON result, is a 400 naming variant in the request language', async () => {
    for (const [path, text] of [
      [`report.html?variant=kort`, 'full, short'],
      [`report.pdf?variant=`, 'full, short'],
      [`report.json?variant=short`, 'lang'],
      [`report.pdf?variant=short&variant=full`, ''],
    ] as const) {
      const r = await app.call('GET', `${ORG}/assessments/${id}/${path}`, { headers: { ...staff, 'accept-language': 'nl-BE' } });
      expect(r.status, `${path}: ${r.text}`).to.equal(400);
      expect(r.json.error.issues.map((i: { path: string }) => i.path)).to.deep.equal(['variant']);
      expect(r.json.error.issues[0].message).to.include(text);
    }
  });

  it('gives the short PDF report: at most six pages', async function () {
    const executablePath = requireBrowser(this);
    await app.close();
    pool = new BrowserPool({ executablePath, maxPages: 1 });
    app = await startApp({ pool });
    staff = await app.as('teststad', 'alderman');
    const writer = await app.as('teststad', 'council-member');
    const created = await app.call('POST', `${ORG}/dossiers`, { headers: writer, body: { input: example('ocmw-onthaal-drempelscan') } });
    const r = await app.call('GET', `${ORG}/assessments/${created.json.assessment.id}/report.pdf?variant=short`, { headers: staff });
    expect(r.status, r.text.slice(0, 300)).to.equal(200);
    const { pages, text } = await pdfText(r.bytes);
    expect(pages).to.be.within(3, 6);
    expect(text).to.include('korte versie');
  });
});
