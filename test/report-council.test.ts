// The council's part in the HTML report (participation input, signed advice, college answer) and the short
// variant's contents; the page budget of the short PDF is measured in report-short.test.ts.
import { expect } from 'chai';
import { assess } from '../src/assess.js';
import { readExample } from '../src/examples.js';
import { defaultRuleset } from '../src/ruleset/load.js';
import { renderMultilingualHtml, renderReportHtml, type CouncilRecord, type RenderOptions } from '../src/report/index.js';
import { clip } from '../src/report/model-council.js';
import { SHORT_LIMITS } from '../src/report/model-short.js';
import { LANGS, type Assessment, type Lang } from '../src/types.js';
import { councilRecord, hugeCouncilRecord } from './council-fixture.js';
import { TEST_DATE } from './helpers.js';

const rs = defaultRuleset();
const render = (a: Assessment, options: Omit<RenderOptions, 'ruleset'> = {}): string =>
  renderReportHtml(a, { ruleset: rs, generatedAt: TEST_DATE, strict: true, ...options });

/** The position of each needle in the haystack, failing on a missing one. */
function positions(html: string, needles: string[]): number[] {
  return needles.map((n) => {
    const i = html.indexOf(n);
    expect(i, `"${n}" in the report`).to.be.greaterThan(-1);
    return i;
  });
}

const HEADINGS: Record<Lang, [advice: string, answer: string, input: string]> = {
  nl: ['Advies van de raad', 'Antwoord van het college', 'Inbreng van de participatiegroep'],
  fr: ['Avis du conseil', 'Réponse à l&#x27;avis', 'Apport du groupe de participation'],
  en: ['The council&#x27;s advice', 'Answer from the board', 'Input of the participation group'],
};

describe("the council's part of the report", () => {
  let proposal: Assessment;
  before(async () => {
    proposal = await assess(readExample('examples/proposals/schooltoelage-online.yaml'), { ruleset: rs, lang: 'nl', today: TEST_DATE });
  });

  it('without a council record the full report is the same as before, also with variant "full" said out loud', () => {
    const plain = render(proposal);
    expect(render(proposal, { variant: 'full' })).to.equal(plain);
    expect(render(proposal, { council: undefined })).to.equal(plain);
    expect(plain).not.to.include('advice-h');
    // an empty record (nothing recorded yet) adds no heading
    expect(render(proposal, { council: { participation: [] } })).not.to.include('id="advice-h"');
  });

  for (const lang of LANGS) {
    it(`${lang}: advice, answer and the group's input come after the summary and before the scores, each under its own heading`, () => {
      const html = render(proposal, { lang, council: councilRecord(proposal) });
      const [summary, advice, answer, input, scores] = positions(html, ['id="summary-h"', ...HEADINGS[lang].map((h) => `>${h}</h2>`), 'id="scores-h"']);
      expect(summary).to.be.below(advice as number);
      expect(advice).to.be.below(answer as number);
      expect(answer).to.be.below(input as number);
      expect(input).to.be.below(scores as number);
    });
  }

  it("shows the advice: number, conclusion, recommendations from the path (with the check) or the council's own, and who signed", () => {
    const record = councilRecord(proposal);
    const html = render(proposal, { council: record });
    const first = proposal.improvementPath[0];
    expect(html).to.include('Advies nr. 1');
    expect(html).to.include(`uit het verbeterpad: ${first?.checkId} ${proposal.checks.find((c) => c.id === first?.checkId)?.title}`);
    expect(html.match(/eigen aanbeveling van de raad/g)).to.have.length(2);
    expect(html).to.include('Ondertekend door Jan Peeters (voorzitter) op 20 mei 2025.');
    // the conclusion keeps its line break (shown by white-space: pre-line)
    expect(html).to.include('<p class="user-text">De raad geeft een voorwaardelijk gunstig advies.\nHet voorstel helpt');
  });

  it("shows the college's answer per recommendation, and the group's input with its facts", () => {
    const html = render(proposal, { council: councilRecord(proposal) });
    expect(html).to.include('Beslist op 3 juni 2025; opgetekend door Schepen Van den Broeck.');
    expect(html).to.include('Van de aanbevelingen: 2 gevolgd, 2 deels gevolgd, 1 niet gevolgd.');
    expect(html).to.include('class="response response-not-followed">niet gevolgd</td>');
    expect(html).to.include('Kan pas na de aanbesteding, in het voorjaar.');
    expect(html).to.include('Bijeenkomst van 12 mei 2025');
    expect(html).to.include('9 deelnemers · onkosten vergoed');
    expect(html).to.include('Opgetekend door Fatima El Amrani, namens de groep.');
    expect(html).to.include('We vinden het goed dat er iets gebeurt.\nMaar: wie geen computer heeft, valt uit de boot.\n\n&quot;Ik heb geen geld');
  });

  it('says what is still missing: no signed advice yet, no answer yet', () => {
    const onlyInput: CouncilRecord = { participation: councilRecord(proposal).participation };
    const html = render(proposal, { council: onlyInput });
    expect(html).to.include('De raad heeft nog geen advies ondertekend.');
    expect(html).not.to.include('id="answer-h"');
    const noAnswer = { ...councilRecord(proposal), answer: undefined };
    expect(render(proposal, { council: noAnswer })).to.include('Er is nog geen antwoord van het college op dit advies.');
  });

  it("escapes the council's words and shows control characters as visible escapes", () => {
    const record = councilRecord(proposal);
    const evil = '<img src=x onerror=alert(1)><script>alert(2)</script> \u202Eomgekeerd';
    record.participation[0] = { ...(record.participation[0] as CouncilRecord['participation'][number]), text: evil, recordedBy: '<b>An</b>' };
    record.advice = { ...(record.advice as NonNullable<CouncilRecord['advice']>), conclusion: evil };
    for (const variant of ['full', 'short'] as const) {
      const html = render(proposal, { council: record, variant });
      expect(html).not.to.match(/<img|<script|<b>An/);
      expect(html).to.include('&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;&lt;script&gt;');
      expect(html).to.include('\\u202Eomgekeerd');
    }
  });

  it('clips at a word boundary with " …", keeps line breaks up to the limit, and never splits a surrogate pair', () => {
    expect(clip('  kort  ', { chars: 10, lines: 2 })).to.equal('kort');
    expect(clip('een twee drie vier vijf', { chars: 15, lines: 2 })).to.equal('een twee drie …');
    expect(clip('a\nb\nc', { chars: 100, lines: 2 })).to.equal('a\nb …');
    expect(clip('😀'.repeat(10), { chars: 3, lines: 1 })).to.equal('😀😀😀 …');
    expect(clip('lang '.repeat(100), null)).to.equal('lang '.repeat(100).trim());
  });
});

describe('the short report', () => {
  let proposal: Assessment;
  let auditA: Assessment;
  before(async () => {
    proposal = await assess(readExample('examples/proposals/schooltoelage-online.yaml'), { ruleset: rs, lang: 'nl', today: TEST_DATE });
    auditA = await assess(readExample('examples/audits/ocmw-onthaal-drempelscan.yaml'), { ruleset: rs, lang: 'nl', today: TEST_DATE });
  });

  it('has the cover, the summary, the questions and the top ten steps, and leaves out the evidence and the annexes', () => {
    const html = render(proposal, { variant: 'short' });
    positions(html, ['class="cover"', 'id="summary-h"', 'id="unknowns-h"', 'De tien belangrijkste stappen', 'Dit is de korte versie voor het college.']);
    expect(html).to.include('Voorstel van beleid · korte versie</p>');
    expect(html).to.include('<title>Armoedetoets — adviesrapport (korte versie) — ');
    for (const gone of ['id="scores-h"', 'id="part-h"', 'id="dims-h"', 'id="method-h"', 'id="sources-h"', 'id="input-h"']) expect(html).not.to.include(gone);
    const steps = html.slice(html.indexOf('id="path-h"'));
    expect(steps.match(/<tr><td class="num">\d+<\/td>/g)).to.have.length(SHORT_LIMITS.steps);
    expect(proposal.improvementPath.length).to.be.greaterThan(SHORT_LIMITS.steps);
    expect(steps).to.include(`… en nog ${proposal.improvementPath.length - SHORT_LIMITS.steps} meer in het volledige rapport.`);
    const questions = html.slice(html.indexOf('id="unknowns-h"'), html.indexOf('id="path-h"'));
    expect(questions.match(/<li>/g)).to.have.length(Math.min(SHORT_LIMITS.questions, proposal.unknowns.length));
  });

  it("an audit's short report holds the ten actions with the largest gain, grouped as the action plan (quick wins first), numbered through", () => {
    const html = render(auditA, { variant: 'short', lang: 'fr' });
    const steps = html.slice(html.indexOf('id="path-h"'));
    expect(steps).to.include('Les dix actions principales');
    const ranks = [...steps.matchAll(/<tr><td class="num">(\d+)<\/td>/g)].map((m) => Number(m[1]));
    expect(ranks).to.deep.equal(Array.from({ length: Math.min(10, auditA.improvementPath.length) }, (_, i) => i + 1));
    // the ten the path ranks highest, whatever their group
    const top = auditA.improvementPath.slice(0, 10);
    expect(top.some((s) => s.effort === 'structural') && top.some((s) => s.effort === 'quick')).to.equal(true);
    for (const s of top) expect(steps).to.include(`<strong>${s.checkId}</strong>`);
    expect(steps.indexOf('Gains rapides')).to.be.greaterThan(-1).and.below(steps.indexOf('Travail structurel'));
  });

  it('places the advice and the answer right after the summary, and cuts what a council wrote at length', () => {
    const huge = hugeCouncilRecord(proposal);
    const html = render(proposal, { variant: 'short', council: huge });
    const [summary, advice, answer, input, questions] = positions(html, [
      'id="summary-h"',
      'id="advice-h"',
      'id="answer-h"',
      'id="group-input-h"',
      'id="unknowns-h"',
    ]);
    const order = [summary, advice, answer, input, questions] as number[];
    expect(order).to.deep.equal([...order].sort((x, y) => x - y));
    const limits = SHORT_LIMITS.council;
    expect(html).to.include(`… en nog ${30 - limits.recommendations} meer in het volledige rapport.`);
    expect(html).to.include(`… en nog ${30 - limits.answers} meer in het volledige rapport.`);
    expect(html).to.include(`… en nog ${4 - limits.entries} meer in het volledige rapport.`);
    expect(html.match(/<ol class="recs">[\s\S]*?<\/ol>/)?.[0].match(/<li>/g)).to.have.length(limits.recommendations);
    // the full report keeps every word
    const full = render(proposal, { council: huge });
    expect(full).to.include(huge.advice?.conclusion.trim());
    expect(full.match(/<ol class="recs">[\s\S]*?<\/ol>/)?.[0].match(/<li>/g)).to.have.length(30);
  });

  it('is the short one in every language of a bilingual report too', () => {
    const html = renderMultilingualHtml(proposal, ['fr', 'nl'], {
      ruleset: rs,
      generatedAt: TEST_DATE,
      variant: 'short',
      council: councilRecord(proposal),
      strict: true,
    });
    expect(html).to.include('id="advice-h"').and.include('id="nl-advice-h"');
    expect(html).not.to.include('id="dims-h"');
    expect(html).to.include('Avis du conseil').and.include('Advies van de raad');
  });
});
