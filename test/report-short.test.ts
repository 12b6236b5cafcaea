// The short report's page budget, measured in the PDF: at most six A4 pages for every example, without a
// council record, with a realistic one and with one far longer than any council writes (also in the
// widest letters); and the full report's PDF holds the signed advice.
import { expect } from 'chai';
import { assess } from '../src/assess.js';
import { exampleFiles, readExample } from '../src/examples.js';
import { renderReportHtml, type CouncilRecord, type ReportVariant } from '../src/report/index.js';
import { BrowserPool } from '../src/report/pdf/index.js';
import { defaultRuleset } from '../src/ruleset/load.js';
import { LANGS, type Assessment, type Lang } from '../src/types.js';
import { EXPLICIT_BROWSER, requireBrowser } from './browser.js';
import { councilRecord, hugeCouncilRecord } from './council-fixture.js';
import { pdfText, type PdfTextResult } from './pdf-text.js';
import { TEST_DATE } from './helpers.js';

/** The short report's promise to the college. */
const MAX_SHORT_PAGES = 6;
const squash = (s: string): string => s.replace(/\s+/g, ' ').trim();

describe('PDF of the short report', function () {
  this.timeout(300_000);
  const ruleset = defaultRuleset();
  let pool: BrowserPool;
  /** Page counts per example, printed at the end for the record. */
  const measured: string[] = [];

  before(function () {
    requireBrowser(this);
    pool = new BrowserPool({ executablePath: EXPLICIT_BROWSER });
  });

  after(async () => {
    await pool?.close();
    // eslint-disable-next-line no-console
    if (measured.length > 0) console.log(`      pages of the short report (no council · council · huge nl/fr/en · widest letters fr):\n${measured.join('\n')}`);
  });

  async function pdf(a: Assessment, lang: Lang, variant: ReportVariant, council?: CouncilRecord): Promise<PdfTextResult> {
    const html = renderReportHtml(a, { ruleset, lang, variant, council, generatedAt: TEST_DATE });
    return pdfText(await pool.pdf(html, { title: a.subject.title, lang }));
  }

  for (const file of exampleFiles()) {
    it(`${file}: at most ${MAX_SHORT_PAGES} pages, however much the council wrote, in nl, fr and en`, async () => {
      const byLang = new Map<Lang, Assessment>();
      for (const lang of LANGS) byLang.set(lang, await assess(readExample(file), { ruleset, lang, today: TEST_DATE }));
      const nl = byLang.get('nl') as Assessment;
      const runs: [string, Promise<PdfTextResult>][] = [
        ['none', pdf(nl, 'nl', 'short')],
        ['council', pdf(nl, 'nl', 'short', councilRecord(nl))],
        ...LANGS.map((lang): [string, Promise<PdfTextResult>] => {
          const a = byLang.get(lang) as Assessment;
          return [`huge ${lang}`, pdf(a, lang, 'short', hugeCouncilRecord(a))];
        }),
        ['wide fr', pdf(byLang.get('fr') as Assessment, 'fr', 'short', hugeCouncilRecord(byLang.get('fr') as Assessment, true))],
      ];
      const pages: number[] = [];
      for (const [what, run] of runs) {
        const r = await run;
        expect(r.pages, `${what}: ${r.pages} pages`).to.be.within(3, MAX_SHORT_PAGES);
        pages.push(r.pages);
        // the cover and the summary each fit their page: the council's advice starts on the third
        if (what === 'council') expect(r.pageTexts.findIndex((p) => squash(p).includes('Advies van de raad'))).to.equal(2);
      }
      measured.push(`      ${file}: ${pages.join(' · ')}`);
    });
  }

  it("the full report's PDF holds the advice, signed, and the college's answer; the short one too", async () => {
    const a = await assess(readExample('examples/proposals/afvalzak-prijsstijging.yaml'), { ruleset, lang: 'nl', today: TEST_DATE });
    const record = councilRecord(a);
    for (const variant of ['full', 'short'] as const) {
      const { text, pageTexts } = await pdf(a, 'nl', variant, record);
      const flat = squash(text);
      for (const s of [
        'Advies van de raad',
        'Ondertekend door Jan Peeters (voorzitter) op 20 mei 2025.',
        'Antwoord van het college',
        'Inbreng van de participatiegroep',
      ]) {
        expect(flat, `${variant}: ${s}`).to.include(s);
      }
      // the advice starts on a page of its own, right after the one-page summary
      const advicePage = pageTexts.findIndex((p) => squash(p).includes('Advies van de raad'));
      expect(advicePage, variant).to.equal(2);
    }
  });
});
