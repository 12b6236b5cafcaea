// Flanders and Brussels: text variants by region, the deciding body in the texts, Brussels-only checks,
// the masterplan section and source titles in the report's language.
import { expect } from 'chai';
import { fillBody, fillParams } from '../src/i18n.js';
import { renderExplain } from '../src/output/explain.js';
import { buildReportModel, renderReportHtml } from '../src/report/index.js';
import { defaultRuleset } from '../src/ruleset/load.js';
import { lintIssues } from '../src/ruleset/lint.js';
import { check, proposal, run } from './helpers.js';

const brussels = (sections: Record<string, unknown> = {}, meta: Record<string, unknown> = {}) =>
  proposal({ meta: { title: 'Test', municipality: 'CPAS de Test', region: 'brussels', ...meta }, ...sections });

describe('regions: Flanders and Brussels', () => {
  const rs = defaultRuleset();

  it('a Brussels subject is assessed against the organic CPAS law, not the Flemish decree', async () => {
    const fl = check(await run(proposal(), { lang: 'fr' }), 'R2');
    const bx = check(await run(brussels(), { lang: 'fr' }), 'R2');
    expect(fl.why).to.include('décret flamand');
    expect(bx.why).to.include('loi organique des CPAS').and.not.include('décret');
    expect(bx.sources.map((s) => s.title).join(' '))
      .to.include('Organieke wet van 8 juli 1976')
      .and.not.include('Decreet');
  });

  it('the social map and rights tools are the Brussels ones in Brussels', async () => {
    const a = await run(brussels(), { lang: 'nl' });
    expect(check(a, 'I6').title).to.include('Bruxelles Social / Sociale Kaart Brussel');
    expect(check(a, 'R7').title).to.not.include('Sociaal Huis');
    expect(check(await run(proposal()), 'R7').title).to.include('Sociaal Huis');
  });

  it('the Flemish armoedetoets is cited as practice, not as binding, for a Brussels subject', async () => {
    const tagOf = async (input: Record<string, unknown>) => check(await run(input), 'R1').sources.find((s) => s.title.startsWith('Vlaamse armoedetoets'))?.tag;
    // the circular binds the Flemish government, not a municipality: practice in Flanders too
    expect(await tagOf(proposal())).to.equal('practice');
    expect(await tagOf(brussels())).to.equal('practice');
    // in Brussels the binding text is the federal organic law of the OCMW/CPAS
    const official = async (input: Record<string, unknown>) =>
      check(await run(input), 'R1')
        .sources.filter((s) => s.tag === 'official')
        .map((s) => s.title);
    expect(await official(proposal())).to.deep.equal([]);
    expect((await official(brussels())).join(' ')).to.match(/^Organieke wet van 8 juli 1976/);
  });

  it('I8 (French and Dutch) applies only in Brussels; I4 then asks about the other languages', async () => {
    expect(check(await run(proposal({ information: { frenchAndDutch: 'no' } })), 'I8').outcome).to.equal('not-applicable');
    expect(check(await run(brussels({ information: { frenchAndDutch: 'no' } })), 'I8').outcome).to.equal('fail');
    expect(check(await run(brussels({ information: { frenchAndDutch: 'yes' } })), 'I8').outcome).to.equal('pass');
    expect(check(await run(brussels()), 'I8').outcome).to.equal('unknown');
    const i4 = check(await run(brussels(), { lang: 'en' }), 'I4');
    expect(i4.title).to.equal('Interpreting or translation for languages other than French and Dutch');
    expect(i4.sources.some((s) => s.title.startsWith('Wetten op het gebruik van de talen'))).to.equal(true);
  });

  it('names the deciding body: the college in Flanders, the CPAS council in Brussels, or the one given', async () => {
    expect(check(await run(proposal()), 'MO4').fix).to.include('het besluit van het college van burgemeester en schepenen');
    expect(check(await run(brussels(), { lang: 'fr' }), 'MO4').fix).to.include("la décision prise par le conseil de l'action sociale");
    expect(check(await run(brussels({}, { decidingBody: 'bcsd' })), 'MO4').fix).to.include('het bijzonder comité voor de sociale dienst');
    expect(check(await run(proposal({ meta: { title: 'T', municipality: 'G', decidingBody: 'gemeenteraad' } }), { lang: 'en' }), 'MO4').fix).to.include(
      'the decision of the municipal council',
    );
  });

  it('fills {body} and {Body}, and a text without a body names the competent body (rules list, explain)', () => {
    expect(fillBody('{Body} beslist; vraag het aan {body}.', 'gemeenteraad', 'nl')).to.equal('De gemeenteraad beslist; vraag het aan de gemeenteraad.');
    expect(fillParams('Voor {body}: {param:x}', [{ id: 'x', value: 0.75, unit: 'share' }], 'nl', null)).to.match(/^Voor het bevoegde orgaan: 75\s?%$/);
    expect(renderExplain(rs, 'MO4', 'nl', '2025-06-01'))
      .to.include('het besluit van het bevoegde orgaan')
      .and.not.include('{body}');
  });

  it('rules lint rejects a placeholder that nothing fills', () => {
    const bad = { ...rs, checks: rs.checks.map((c) => (c.id === 'MO4' ? { ...c, fix: { nl: 'Vraag het aan {bdy}.' } } : c)) };
    expect(
      lintIssues(bad)
        .map((i) => i.message)
        .join('\n'),
    ).to.include('onbekende plaatshouder {bdy}');
  });

  it('a report in another language keeps the Brussels variant and the deciding body', async () => {
    const a = await run(brussels(), { lang: 'fr' });
    const model = buildReportModel(a, { ruleset: rs, lang: 'nl', generatedAt: '2025-06-01' });
    const titles = model.dimensions
      .flatMap((d) => d.issues)
      .map((c) => `${c.id} ${c.title} ${c.fix}`)
      .join('\n');
    expect(titles).to.include('I6 Opgenomen in Bruxelles Social / Sociale Kaart Brussel');
    expect(titles).to.include('MO4').and.include('het besluit van de raad voor maatschappelijk welzijn');
    expect(model.l.summaryTitle).to.equal('Samenvatting voor de raad voor maatschappelijk welzijn');
  });

  it('the report shows source titles in its language where a translation exists', async () => {
    const a = await run(proposal(), { lang: 'fr' });
    const html = renderReportHtml(a, { ruleset: rs, lang: 'fr', generatedAt: '2025-06-01' });
    expect(html).to.include('Décret flamand du 9 février 2018 relatif à la politique sociale locale');
    expect(html).not.to.include('Decreet van 9 februari 2018 betreffende het lokaal sociaal beleid');
    expect(renderExplain(rs, 'R2', 'en', '2025-06-01')).to.include('Flemish Decree of 9 February 2018 on local social policy');
  });

  it('places a Brussels proposal on the masterplan axes, and leaves the section out for Flanders', async () => {
    const input = brussels({ screening: { masterplanAxis: 'institutional-violence' }, trust: { sanctions: { used: 'no' } } });
    const a = await run(input, { lang: 'fr' });
    const mp = buildReportModel(a, { ruleset: rs, generatedAt: '2025-06-01' }).masterplan;
    expect(mp?.statement).to.equal("La proposition dit servir l'axe « Lutte contre la violence et l'injustice institutionnelles ».");
    const served = mp?.axes.filter((x) => x.served) ?? [];
    expect(served.map((x) => x.id)).to.deep.equal(['institutional-violence']);
    expect(served[0]?.checks.map((c) => `${c.id}:${c.mark}`)).to.include.members(['TR8:–', 'TR9:?']);
    const unstated = buildReportModel(await run(brussels()), { ruleset: rs, generatedAt: '2025-06-01' }).masterplan;
    expect(unstated?.statement).to.include('zegt niet welke as');
    expect(buildReportModel(await run(proposal()), { ruleset: rs, generatedAt: '2025-06-01' }).masterplan).to.equal(null);
    const html = renderReportHtml(a, { ruleset: rs, generatedAt: '2025-06-01', strict: true });
    expect(html).to.include('id="masterplan-h"').and.include('axis-served');
  });
});
