// The PDF report: its extracted text carries the verdict, the knock-outs and the top recommendation, in each language.
import { expect } from 'chai';
import { assess } from '../src/assess.js';
import { readExample } from '../src/examples.js';
import { renderReportHtml } from '../src/report/html.js';
import { BrowserPool } from '../src/report/pdf/index.js';
import { defaultRuleset } from '../src/ruleset/load.js';
import { LANGS } from '../src/types.js';
import { EXPLICIT_BROWSER, requireBrowser } from './browser.js';
import { pdfText } from './pdf-text.js';
import { TEST_DATE } from './helpers.js';

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

describe('PDF report text', function () {
  this.timeout(120_000);
  let pool: BrowserPool;

  before(function () {
    requireBrowser(this);
    pool = new BrowserPool({ executablePath: EXPLICIT_BROWSER });
  });

  after(async () => {
    await pool?.close();
  });

  for (const lang of LANGS) {
    it(`schooltoelage-online in ${lang}: verdict, knock-out and top recommendation are in the PDF`, async () => {
      const ruleset = defaultRuleset();
      const a = await assess(readExample('examples/proposals/schooltoelage-online.yaml'), { ruleset, lang, today: TEST_DATE });
      const pdf = await pool.pdf(renderReportHtml(a, { ruleset, lang }), { title: a.subject.title, lang });
      const { pages, text } = await pdfText(pdf);
      const flat = squash(text);
      // This example fails many checks, so its report runs longer than the waste-bag one that was used here.
      expect(pages).to.be.within(3, 60);
      expect(flat).to.include(a.verdict.title);
      // The waste-bag example used here before no longer has a knock-out (its cost per household is under 1 %).
      expect(a.verdict.knockouts).to.have.members(['DG1', 'DG2', 'R1']);
      for (const id of a.verdict.knockouts) expect(flat).to.include(id);
      const top = a.improvementPath[0];
      expect(top).to.not.equal(undefined);
      expect(flat).to.include(squash(top?.fix ?? '').slice(0, 60));
    });
  }
});
