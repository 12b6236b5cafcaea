// A5 and A8 in context: a right with a legally required review, and the appeal route by the kind of decision.
import { expect } from 'chai';
import { assess } from '../../src/assess.js';
import { readExample } from '../../src/examples.js';
import { audit, check, proposal, run } from '../helpers.js';

const adm = (fields: Record<string, unknown>, meta?: Record<string, unknown>) =>
  proposal({ administration: fields, ...(meta ? { meta: { title: 'Test', municipality: 'Teststad', ...meta } } : {}) });
const letter = { hearingRight: 'yes', appealRoute: 'yes', appealDeadline: 'yes', plainLanguage: 'no' };

describe('A5 for a right the law says must be reviewed', () => {
  it('asks for a light review, not automatic renewal, when the law requires a review', async () => {
    const c = check(await run(adm({ legalReviewRequired: 'yes', renewal: 'other-repeated-action' })), 'A5');
    expect(c.outcome).to.equal('fail');
    expect(c.fix).to.include('wettelijk verplichte herziening licht');
    expect(c.fix).to.include('Kruispuntbank');
    expect(c.fix).to.include('enkel wat veranderde');
    expect(c.fix).not.to.match(/verleng het recht automatisch/i);
    expect(c.sources.map((s) => s.title).join(' ')).to.include('art. 22');
    const en = check(await run(adm({ legalReviewRequired: 'yes', renewal: 'new-application' }), { lang: 'en' }), 'A5');
    expect(en.fix).to.include('Crossroads Bank');
    expect(en.fix).not.to.match(/extend the right automatically/i);
  });

  it('keeps the automatic-renewal fix when no review is required or it is not known', async () => {
    for (const extra of [{ legalReviewRequired: 'no' }, {}, { legalReviewRequired: 'unknown' }]) {
      const c = check(await run(adm({ ...extra, renewal: 'new-application' })), 'A5');
      expect(c.fix).to.match(/^Verleng het recht automatisch/);
    }
  });

  it('passes a light review entered as automatic, whatever the review duty', async () => {
    const c = check(await run(adm({ legalReviewRequired: 'yes', renewal: 'automatic' })), 'A5');
    expect(c.outcome).to.equal('pass');
  });

  it('uses the light-review wording in the leefloon audit', async () => {
    const a = await assess(readExample('examples/audits/leefloonaanvraag-drempelscan.yaml'), { lang: 'nl', today: '2025-06-01' });
    const step = a.improvementPath.find((s) => s.checkId === 'A5');
    expect(step?.fix).to.include('herziening licht');
    expect(step?.fix).not.to.match(/automatisch/i);
  });
});

describe('A8 appeal route by the kind of decision', () => {
  it('names the labour court within three months for an OCMW social-right decision', async () => {
    const c = check(await run(adm({ decisionType: 'ocmw-social-right', decisionLetter: letter })), 'A8');
    expect(c.outcome).to.equal('partial');
    expect(c.fix).to.include('arbeidsrechtbank, binnen drie maanden');
    expect(c.sources.map((s) => s.title).join(' ')).to.match(/art\. 47/);
    const fr = check(await run(adm({ decisionType: 'ocmw-social-right', decisionLetter: letter }), { lang: 'fr' }), 'A8');
    expect(fr.fix).to.include('tribunal du travail, dans les trois mois');
  });

  it('gives a municipal fee or premium the municipal route, with the Council of State only as the last step', async () => {
    for (const decisionType of ['municipal-fee', 'municipal-premium']) {
      const c = check(await run(adm({ decisionType, decisionLetter: letter })), 'A8');
      expect(c.fix).to.include('college van burgemeester en schepenen');
      expect(c.fix).to.include('Vlaamse Ombudsdienst');
      expect(c.fix).to.include('Raad van State of de rechter pas de laatste stap');
      expect(c.fix).not.to.include('u kunt in beroep gaan bij de arbeidsrechtbank');
      expect(c.fix).to.include('Verwijs niet naar de arbeidsrechtbank');
    }
  });

  it('names the Brussels ombudsman for a municipal decision in Brussels', async () => {
    const c = check(await run(adm({ decisionType: 'municipal-fee', decisionLetter: letter }, { region: 'brussels' }), { lang: 'fr' }), 'A8');
    expect(c.fix).to.include('médiateur bruxellois');
    expect(c.fix).not.to.include('Vlaamse Ombudsdienst si');
    expect(c.sources.map((s) => s.title).join(' ')).to.include('12 november 1997');
  });

  it('keeps a general text that names no single route when the kind of decision is not given', async () => {
    for (const extra of [{}, { decisionType: 'other' }, { decisionType: 'unknown' }]) {
      const c = check(await run(adm({ ...extra, decisionLetter: letter })), 'A8');
      expect(c.fix).not.to.include('(bv. de arbeidsrechtbank)');
      expect(c.fix).to.include('Noem de juiste weg');
    }
  });

  it('sends the leisure-pass audit to the municipal route, not to the labour court', async () => {
    const a = await assess(readExample('examples/audits/vrijetijdspas-drempelscan.yaml'), { lang: 'nl', today: '2025-06-01' });
    expect(check(a, 'A8').fix).to.include('Raad van State');
    expect(check(a, 'A8').fix).not.to.match(/in beroep gaan bij de arbeidsrechtbank/);
  });

  it('derives the appeal route from the decision type and treats anything else as not known', async () => {
    const route = async (decisionType?: string) => check(await run(audit({ administration: decisionType ? { decisionType } : {} })), 'A8');
    // The route is not shown as a fact of the check; the wording shows which variant applied.
    expect((await route('ocmw-social-right')).why).to.include('arbeidsrechtbank');
    expect((await route('municipal-premium')).why).to.include('gemeentelijke beslissing');
    expect((await route()).why).not.to.include('arbeidsrechtbank');
  });
});
