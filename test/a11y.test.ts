// Accessibility: axe-core in headless Chromium finds no serious or critical violation in the HTML report.
import { expect } from 'chai';
import puppeteer, { type Browser } from 'puppeteer-core';
import { assess } from '../src/assess.js';
import { readExample } from '../src/examples.js';
import { renderMultilingualHtml, renderReportHtml } from '../src/report/html.js';
import { defaultRuleset } from '../src/ruleset/load.js';
import type { Lang } from '../src/types.js';
import { seriousViolations as violationsOf } from './axe.js';
import { requireBrowser } from './browser.js';
import { councilRecord } from './council-fixture.js';
import { TEST_DATE } from './helpers.js';

const CASES: [string, Lang][] = [
  ['examples/proposals/afvalzak-prijsstijging.yaml', 'nl'],
  ['examples/audits/ocmw-onthaal-drempelscan.yaml', 'fr'],
  ['examples/proposals/zwembad-sociaal-tarief.yaml', 'en'],
];

describe('accessibility of the HTML report (axe-core)', function () {
  this.timeout(60_000);
  let browser: Browser | undefined;

  before(async function () {
    const executablePath = requireBrowser(this);
    browser = await puppeteer.launch({
      executablePath,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
    });
  });

  after(async () => {
    await browser?.close();
  });

  /** The serious and critical axe violations of one HTML document. */
  async function seriousViolations(html: string): Promise<string[]> {
    const page = await (browser as Browser).newPage();
    try {
      await page.setContent(html, { waitUntil: 'load' });
      return await violationsOf(page);
    } finally {
      await page.close();
    }
  }

  it('a Brussels report in French and Dutch (masterplan section, two languages in one document): none either', async () => {
    const ruleset = defaultRuleset();
    const a = await assess(readExample('examples/proposals/cpas-enquete-sociale-bruxelles.yaml'), { ruleset, lang: 'fr', today: TEST_DATE });
    expect(await seriousViolations(renderMultilingualHtml(a, ['fr', 'nl'], { ruleset }))).to.deep.equal([]);
  });

  it("the short report with the council's part (advice, answer, the group's input; the same markup as in the full one): none either", async () => {
    const ruleset = defaultRuleset();
    for (const [file, lang] of CASES) {
      const a = await assess(readExample(file), { ruleset, lang, today: TEST_DATE });
      expect(await seriousViolations(renderReportHtml(a, { ruleset, lang, variant: 'short', council: councilRecord(a) })), file).to.deep.equal([]);
    }
  });

  for (const [file, lang] of CASES) {
    it(`${file} (${lang}): no serious or critical violations`, async () => {
      const ruleset = defaultRuleset();
      const a = await assess(readExample(file), { ruleset, lang, today: TEST_DATE });
      expect(await seriousViolations(renderReportHtml(a, { ruleset, lang }))).to.deep.equal([]);
    });
  }
});
