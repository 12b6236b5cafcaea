// A service audit (drempelscan) is worded as an audit: its check texts, HTML report and text output speak of the
// service, its action plan and questions to the service, never of a proposal, a college decision or the council.
import { expect } from 'chai';
import Handlebars from 'handlebars';
import { assess } from '../src/assess.js';
import { readExample } from '../src/examples.js';
import { renderText } from '../src/output/text.js';
import { defaultRuleset } from '../src/ruleset/load.js';
import { buildReportModel, renderReportHtml } from '../src/report/index.js';
import { LANGS, type Assessment, type Lang } from '../src/types.js';
import { audit, run } from './helpers.js';

const rs = defaultRuleset();
const AUDITS = ['leefloonaanvraag-drempelscan', 'ocmw-onthaal-drempelscan', 'vrijetijdspas-drempelscan'];

/** Proposal wording per language: the proposal itself, the college decision, the council that asks or advises. */
const PROPOSAL_WORDS: Record<Lang, RegExp> = {
  nl: /voorstel|collegebeslissing|de raad (?:moet|adviseert|vraagt)|adviesrapport/i,
  fr: /proposition|décision du collège|le conseil (?:doit|demande|ne rende)|rapport d'avis/i,
  en: /proposal|college decision|the council (?:should|asks|gives)|advisory report/i,
};

/**
 * Texts that are not this pack's wording about the subject: the ladder's level definitions (a
 * co-written proposal is what level 4 means) and the titles of cited documents.
 */
function exempt(a: Assessment, lang: Lang): string[] {
  const ladder = rs.ladder.levels.flatMap((x) => [x.title[lang] ?? x.title.nl, x.evidence[lang] ?? x.evidence.nl]);
  const sources = a.checks.flatMap((c) => [...c.sources, ...c.parameters.map((p) => p.source)]).flatMap((s) => [s.title, ...Object.values(s.titles ?? {})]);
  return [...ladder, ...sources].filter((t) => t.trim() !== '').sort((x, y) => y.length - x.length);
}

/** The report without its style sheet, the input annex (the user's own words) and the exempt texts. */
function auditedPart(html: string, a: Assessment, lang: Lang): string {
  let out = html.replace(/<pre class="input">[\s\S]*?<\/pre>/, '').replace(/<style>[\s\S]*?<\/style>/, '');
  for (const t of exempt(a, lang)) out = out.split(Handlebars.escapeExpression(t)).join('');
  return out;
}

describe('audit wording', () => {
  for (const name of AUDITS) {
    it(`${name}: the HTML report, full and short, in nl, fr and en has no proposal wording`, async () => {
      const a = await assess(readExample(`examples/audits/${name}.yaml`), { lang: 'nl', today: '2025-06-01' });
      for (const lang of LANGS) {
        const la = lang === 'nl' ? a : await assess(readExample(`examples/audits/${name}.yaml`), { lang, today: '2025-06-01' });
        for (const [which, x] of [
          ['same language', la],
          ['translated report', a],
        ] as const) {
          for (const variant of ['full', 'short'] as const) {
            const html = renderReportHtml(x, { ruleset: rs, lang, generatedAt: '2025-06-01', variant });
            const text = auditedPart(html, x, lang);
            const hit = text.match(new RegExp(`.{0,80}(?:${PROPOSAL_WORDS[lang].source}).{0,40}`, 'i'));
            expect(hit?.[0] ?? null, `${name} ${lang} (${which}, ${variant})`).to.equal(null);
          }
        }
      }
    });
  }

  it('names the audit, its action plan and the questions to the service in the report', async () => {
    const a = await assess(readExample('examples/audits/ocmw-onthaal-drempelscan.yaml'), { lang: 'nl', today: '2025-06-01' });
    const expected: Record<Lang, string[]> = {
      nl: ['Armoedetoets — drempelscan en actieplan', 'Actieplan', 'Vragen aan de dienst', 'Snelle winst', 'Structureel werk', 'Eigenaar', 'Deadline'],
      fr: [
        'audit des obstacles et plan d&#x27;action',
        'Plan d&#x27;action',
        'Questions au service',
        'Gains rapides',
        'Travail structurel',
        'Responsable',
        'Échéance',
      ],
      en: ['barrier audit and action plan', 'Action plan', 'Questions for the service', 'Quick wins', 'Structural work', 'Owner', 'Deadline'],
    };
    for (const lang of LANGS) {
      const html = renderReportHtml(a, { ruleset: rs, lang, generatedAt: '2025-06-01' });
      for (const s of expected[lang]) expect(html, `${lang}: ${s}`).to.include(s);
    }
  });

  it('keeps the proposal wording in a proposal report', async () => {
    const a = await assess(readExample('examples/proposals/energiepremie-documenten.yaml'), { lang: 'nl', today: '2025-06-01' });
    const html = renderReportHtml(a, { ruleset: rs, lang: 'nl', generatedAt: '2025-06-01' });
    expect(html).to.include('Armoedetoets — adviesrapport');
    expect(html).to.include('Informatie die de raad moet opvragen');
    expect(html).to.include('Oordeel over een voorstel');
    expect(html).not.to.include('Vragen aan de dienst');
    expect(html).not.to.include('Eigenaar');
  });

  it('gives every audit check text (outside participation) audit wording, in every language', async () => {
    // A minimal audit makes every dimension applicable with every check unknown, so every text and question is shown.
    for (const lang of LANGS) {
      const a = await run(audit(), { lang });
      for (const c of a.checks.filter((x) => x.dimension !== 'participation')) {
        for (const field of ['title', 'why', 'fix', 'ask'] as const) {
          expect(c[field], `${c.id}.${field} (${lang})`).not.to.match(PROPOSAL_WORDS[lang]);
        }
      }
    }
  });

  it('uses the audit variant only for an audit', async () => {
    const p = await run({ kind: 'proposal', meta: { title: 'Test', municipality: 'Teststad' } });
    const a = await run(audit());
    const title = (x: Assessment, id: string) => x.checks.find((c) => c.id === id)?.title;
    expect(title(p, 'I7')).to.match(/^Voorstel/);
    expect(title(a, 'I7')).to.match(/drempelscan/);
    expect(title(p, 'MO4')).to.include('toets');
    expect(title(a, 'MO4')).to.include('actieplan');
  });

  it('words the text output of an audit as an audit', async () => {
    const a = await assess(readExample('examples/audits/leefloonaanvraag-drempelscan.yaml'), { lang: 'nl', today: '2025-06-01' });
    const out = renderText(a);
    expect(out).to.include('Vragen aan de dienst');
    expect(out).to.include('Uitkomst: ');
    expect(out).not.to.include('Informatie die de raad moet opvragen');
    expect(out).not.to.include('adviesraad');
    expect(out).not.to.match(/^Oordeel/m);
    const fr = renderText(await assess(readExample('examples/audits/leefloonaanvraag-drempelscan.yaml'), { lang: 'fr', today: '2025-06-01' }));
    expect(fr).to.include('Questions au service');
  });

  it('explains the action plan, not the verdict on a proposal, in the method annex of an audit', async () => {
    const a = await assess(readExample('examples/audits/vrijetijdspas-drempelscan.yaml'), { lang: 'nl', today: '2025-06-01' });
    const titles = buildReportModel(a, { ruleset: rs, lang: 'nl' }).method.sections.map((s) => s.title);
    expect(titles).to.include('Actieplan');
    expect(titles).not.to.include('Oordeel over een voorstel');
    expect(a.verdict.reasons[0]).to.include('actieplan');
    expect(a.verdict.reasons.join(' ')).not.to.include('voorstel');
  });
});
