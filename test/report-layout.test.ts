// Print layout: the cover and the summary for aldermen each fit on one A4 page, for every example in every language.
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { assess } from '../src/assess.js';
import { exampleFiles, readExample } from '../src/examples.js';
import { renderReportHtml, REPORT_DIR } from '../src/report/html.js';
import { launchArgs } from '../src/report/pdf/index.js';
import { defaultRuleset } from '../src/ruleset/load.js';
import { LANGS } from '../src/types.js';
import { requireBrowser } from './browser.js';
import { TEST_DATE } from './helpers.js';

const A4 = { width: 210, height: 297 };
const PX_PER_MM = 96 / 25.4;

/** The printable area of an A4 page, from the report's own `@page` rule (margins in mm: top right bottom left). */
function printableArea(): { width: number; height: number } {
  const css = readFileSync(join(REPORT_DIR, 'report.css'), 'utf8');
  const m = /@page\s*\{[^}]*margin:\s*([\d.]+)mm\s+([\d.]+)mm\s+([\d.]+)mm\s+([\d.]+)mm/.exec(css);
  if (!m) throw new Error('report.css has no @page margin in mm');
  const [top, right, bottom, left] = m.slice(1).map(Number) as [number, number, number, number];
  return { width: A4.width - left - right, height: A4.height - top - bottom };
}

/** Height in mm of the first element matching `selector`, laid out for print. */
async function heightMm(page: Page, selector: string): Promise<number> {
  const px = await page.$eval(selector, (el) => el.getBoundingClientRect().height);
  return px / PX_PER_MM;
}

describe('print layout of the report', function () {
  this.timeout(120_000);
  let browser: Browser | undefined;
  let page: Page;
  const area = printableArea();

  before(async function () {
    const executablePath = requireBrowser(this);
    browser = await puppeteer.launch({ executablePath, headless: true, args: launchArgs() });
    page = await browser.newPage();
    await page.setJavaScriptEnabled(false);
    await page.emulateMediaType('print');
    await page.setViewport({ width: Math.floor(area.width * PX_PER_MM), height: Math.floor(area.height * PX_PER_MM) });
  });

  after(async () => {
    await browser?.close();
  });

  it('reads the printable area from the @page rule', () => {
    expect(area.width).to.be.within(150, 190);
    expect(area.height).to.be.within(230, 270);
  });

  const ruleset = defaultRuleset();
  for (const file of exampleFiles()) {
    it(`${file}: cover and summary fit one page each, in nl, fr and en`, async () => {
      for (const lang of LANGS) {
        const a = await assess(readExample(file), { ruleset, lang, today: TEST_DATE });
        await page.setContent(renderReportHtml(a, { ruleset, lang, generatedAt: `${TEST_DATE}T12:00:00Z` }));
        const cover = await heightMm(page, 'header.cover');
        const summary = await heightMm(page, 'section.summary');
        expect(cover, `${lang}: cover ${cover.toFixed(0)} mm`)
          .to.be.above(50)
          .and.at.most(area.height);
        expect(summary, `${lang}: summary ${summary.toFixed(0)} mm`)
          .to.be.above(100)
          .and.at.most(area.height);
      }
    });
  }
});
