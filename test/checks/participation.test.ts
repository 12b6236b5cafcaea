// Participation: PA1–PA8 on each side of their conditions, the ladder caps and the tokenism flag.
import { expect } from 'chai';
import { factsFor } from '../../src/assess.js';
import { defaultRuleset } from '../../src/ruleset/load.js';
import type { FactValue } from '../../src/types.js';
import type { ValidInput } from '../../src/validation/validate.js';
import { TEST_DATE, audit, check, outcomeOf, proposal, run } from '../helpers.js';

const moment = (date: string, extra: Record<string, unknown> = {}) => ({
  date,
  form: 'consultation',
  who: 'Vereniging waar armen het woord nemen',
  participants: 12,
  collective: 'yes',
  summary: 'De groep vroeg een automatisch sociaal tarief.',
  ...extra,
});

describe('participation checks', () => {
  it('PA1 passes when people were heard before the college decision', async () => {
    const p = { participation: { decisionDate: '2025-05-01', moments: [moment('2025-03-01')] } };
    expect(await outcomeOf('PA1', proposal(p))).to.equal('pass');
  });

  it('PA1 fails when every moment came after the decision', async () => {
    const p = { participation: { decisionDate: '2025-05-01', moments: [moment('2025-05-20')] } };
    expect(await outcomeOf('PA1', proposal(p))).to.equal('fail');
  });

  it('PA1 is unknown when the dates do not tell', async () => {
    const p = { participation: { moments: [moment('2025-03-01')] } };
    expect(await outcomeOf('PA1', proposal(p))).to.equal('unknown');
  });

  it('PA1 fails when the proposal says nobody took part, and stays open when it says nothing', async () => {
    expect(await outcomeOf('PA1', proposal({ participation: { claimedLevel: 0 } }))).to.equal('fail');
    expect(await outcomeOf('PA1', proposal({ participation: { moments: [] } }))).to.equal('fail');
    // silence is not "nobody took part": a thin proposal is not judged on what it does not say
    expect(await outcomeOf('PA1', proposal())).to.equal('unknown');
  });

  it('PA2 separates collective from individual involvement', async () => {
    const coll = { participation: { moments: [moment('2025-03-01')] } };
    const indiv = { participation: { moments: [moment('2025-03-01', { collective: 'no' })] } };
    expect(await outcomeOf('PA2', proposal(coll))).to.equal('pass');
    expect(await outcomeOf('PA2', proposal(indiv))).to.equal('fail');
  });

  it('PA3, PA4, PA5, PA7, PA8 follow their yes / no / unknown answer', async () => {
    const cases: [string, string][] = [
      ['PA3', 'criticalVoicesSought'],
      ['PA4', 'preparationTime'],
      ['PA5', 'knowledgeCrossed'],
      ['PA7', 'writtenFeedback'],
      ['PA8', 'expertByExperience'],
    ];
    for (const [id, field] of cases) {
      expect(await outcomeOf(id, proposal({ participation: { [field]: 'yes' } })), `${id} yes`).to.equal('pass');
      expect(await outcomeOf(id, proposal({ participation: { [field]: 'nee' } })), `${id} nee`).to.equal('fail');
      expect(await outcomeOf(id, proposal({ participation: { [field]: 'unknown' } })), `${id} unknown`).to.equal('unknown');
    }
  });

  it('PA3–PA8 fail, not stay unknown, when the proposal says nobody took part', async () => {
    for (const id of ['PA3', 'PA4', 'PA5', 'PA6', 'PA7', 'PA8']) {
      expect(await outcomeOf(id, proposal({ participation: { claimedLevel: 0 } })), id).to.equal('fail');
      expect(await outcomeOf(id, proposal()), `${id} without a participation section`).to.equal('unknown');
    }
  });

  it('PA6 is partial with some support and passes with all three kinds', async () => {
    const some = { participation: { support: { expensesPaid: 'yes', transportOrChildcare: 'no', safeSetting: 'no' } } };
    const all = { participation: { support: { expensesPaid: 'yes', transportOrChildcare: 'yes', safeSetting: 'yes' } } };
    const none = { participation: { support: { expensesPaid: 'no', transportOrChildcare: 'no', safeSetting: 'no' } } };
    expect(await outcomeOf('PA6', proposal(some))).to.equal('partial');
    expect(await outcomeOf('PA6', proposal(all))).to.equal('pass');
    expect(await outcomeOf('PA6', proposal(none))).to.equal('fail');
  });
});

describe('participation ladder', () => {
  const strong = {
    claimedLevel: 4,
    decisionDate: '2025-05-01',
    moments: [moment('2025-02-01', { form: 'co-production' })],
    preparationTime: 'yes',
    writtenFeedback: 'yes',
    evidence: { writtenAdvice: 'yes', answerPerAdvicePoint: 'yes', jointWorkingGroup: 'yes' },
  };

  it('keeps a claimed level that all conditions and evidence support', async () => {
    const a = await run(proposal({ participation: strong }));
    expect(a.participation.claimedLevel).to.equal(4);
    expect(a.participation.effectiveLevel).to.equal(4);
    expect(a.participation.caps).to.deep.equal([]);
  });

  it('caps at 0 when nobody was heard before the decision: tokenism is no participation', async () => {
    const late = { ...strong, moments: [moment('2025-06-01', { form: 'co-production' })] };
    const a = await run(proposal({ participation: late }));
    expect(a.participation.effectiveLevel).to.equal(0);
    expect(a.participation.tokenism).to.equal(true);
    expect(a.participation.caps.map((c) => c.missing).flat()).to.include('PA1');
  });

  it('does not let an information e-mail the day before the decision make a later consultation timely', async () => {
    const mail = moment('2025-04-30', { form: 'information', who: 'Welzijnsraad', summary: 'E-mail met het ontwerp van reglement.' });
    const consultation = moment('2025-05-22');
    const p = { claimedLevel: 2, decisionDate: '2025-05-01', moments: [mail, consultation] };
    expect(await outcomeOf('PA1', proposal({ participation: p }))).to.equal('fail');
    const a = await run(proposal({ participation: p }));
    expect(a.participation.tokenism).to.equal(true);
    expect(a.participation.effectiveLevel).to.equal(0);
  });

  it('caps at 2 without written feedback', async () => {
    const a = await run(proposal({ participation: { ...strong, writtenFeedback: 'no' } }));
    expect(a.participation.effectiveLevel).to.equal(2);
  });

  it('caps at 3 when a co-production claim lacks a joint working group or co-written text', async () => {
    const a = await run(proposal({ participation: { ...strong, evidence: { writtenAdvice: 'yes', answerPerAdvicePoint: 'yes' } } }));
    expect(a.participation.effectiveLevel).to.equal(3);
  });

  it('lets co-production evidence stand without a separate advice letter', async () => {
    const coProduced = { ...strong, evidence: { jointWorkingGroup: 'yes', coWrittenText: 'yes' } };
    const a = await run(proposal({ participation: coProduced }));
    expect(a.participation.effectiveLevel).to.equal(4);
  });

  it('does not call informing after the decision tokenism', async () => {
    const informed = { claimedLevel: 1, decisionDate: '2025-05-01', moments: [moment('2025-05-20', { form: 'information' })] };
    const a = await run(proposal({ participation: informed }));
    expect(a.participation.tokenism).to.equal(false);
    expect(a.participation.effectiveLevel).to.equal(1);
  });

  it('treats "proposal could no longer change" as tokenism whatever the dates', async () => {
    const a = await run(proposal({ participation: { ...strong, proposalCouldChange: 'no' } }));
    expect(a.participation.tokenism).to.equal(true);
    expect(a.participation.effectiveLevel).to.equal(0);
  });

  it('caps a council without people in poverty at informing, saying it is advice of the advisory council', async () => {
    const council = moment('2025-02-01', { form: 'advice', who: 'Welzijnsraad', collective: 'no', livedExperience: 'no' });
    const a = await run(proposal({ participation: { ...strong, claimedLevel: 3, moments: [council] } }));
    expect(a.participation.effectiveLevel).to.equal(1);
    const cap = a.participation.caps.find((c) => c.missing.includes('participation.livedExperience'));
    expect(cap?.maxLevel).to.equal(1);
    expect(cap?.reason).to.contain('advies van de adviesraad, geen participatie van mensen in armoede');
    expect(check(a, 'PA2').outcome, 'not collective without people in poverty').to.equal('fail');
  });

  it('lets a council with the participation group on its seats count as collective participation of people in poverty', async () => {
    const council: Record<string, unknown> = moment('2025-02-01', { form: 'advice', who: 'Welzijnsraad', voices: ['council-members'] });
    delete council['collective'];
    const withSeats = { ...strong, claimedLevel: 3, councilSeatsParticipationGroup: 2, moments: [council] };
    const a = await run(proposal({ participation: withSeats }));
    expect(a.participation.caps).to.deep.equal([]);
    expect(check(a, 'PA2').outcome).to.equal('pass');
    const noSeats = await run(proposal({ participation: { ...withSeats, councilSeatsParticipationGroup: 0 } }));
    expect(check(noSeats, 'PA2').outcome, 'members without a seat for the group speak for themselves').to.equal('fail');
  });
});

describe('participation facts stay three-valued', () => {
  const rs = defaultRuleset();
  const facts = (participation: Record<string, unknown>): Record<string, FactValue> =>
    factsFor(proposal({ participation }) as unknown as ValidInput, rs, TEST_DATE);
  const bare = { date: '2025-02-01', form: 'consultation', who: 'Welzijnsraad', summary: 'Advies.' };

  it('gives null, not false, when it is unknown whether people in poverty took part', () => {
    expect(facts({ moments: [bare] })['participation.livedExperience']).to.equal(null);
    expect(facts({ moments: [{ ...bare, livedExperience: 'onbekend' }] })['participation.livedExperience']).to.equal(null);
    expect(facts({ moments: [{ ...bare, livedExperience: 'nee' }] })['participation.livedExperience']).to.equal(false);
    expect(facts({ moments: [{ ...bare, voices: ['experts-by-experience'] }] })['participation.livedExperience']).to.equal(true);
    expect(facts({ moments: [] })['participation.livedExperience'], 'nobody took part at all').to.equal(false);
    expect(facts({})['participation.livedExperience'], 'nothing said about it').to.equal(null);
  });

  it('judges lived experience on the consultation, not on an information moment', () => {
    const info = { ...bare, form: 'information', voices: ['association'] };
    expect(facts({ moments: [info, { ...bare, livedExperience: 'no' }] })['participation.livedExperience']).to.equal(false);
  });

  it('gives null timing and tokenism when a date or the form is missing, false only when known', () => {
    const noDate = facts({ decisionDate: '2025-05-01', moments: [{ ...bare, date: undefined }] });
    expect(noDate['participation.inTime']).to.equal(null);
    expect(noDate['participation.tokenism']).to.equal(null);
    const noForm = facts({ decisionDate: '2025-05-01', moments: [{ ...bare, date: '2025-06-01', form: undefined }] });
    expect(noForm['participation.inTime']).to.equal(false);
    expect(noForm['participation.tokenism'], 'a late moment of unknown form may or may not be a consultation').to.equal(null);
    const infoOnly = facts({ decisionDate: '2025-05-01', moments: [{ ...bare, form: 'information' }] });
    expect(infoOnly['participation.inTime']).to.equal(false);
    expect(infoOnly['participation.tokenism']).to.equal(false);
  });

  it('records whether the group is independent of the organisation', () => {
    const own = { ...bare, voices: ['participation-group'], groupIndependence: 'run-by-organisation' };
    expect(facts({ moments: [own] })['participation.independentVoice']).to.equal(false);
    expect(facts({ moments: [{ ...own, groupIndependence: 'independent' }] })['participation.independentVoice']).to.equal(true);
    expect(facts({ moments: [{ ...own, groupIndependence: 'unknown' }] })['participation.independentVoice']).to.equal(null);
  });
});

describe('participation wording for a service audit', () => {
  const ids = ['PA1', 'PA2', 'PA3', 'PA4', 'PA5', 'PA6', 'PA7', 'PA8'];

  it('speaks of the service and its users, never of a college decision, in every language', async () => {
    for (const lang of ['nl', 'fr', 'en'] as const) {
      const a = await run(audit({ participation: { claimedLevel: 2 } }), { lang });
      for (const id of ids) {
        const c = check(a, id);
        const texts = [c.title, c.why, c.fix, c.ask].join(' ');
        expect(texts, `${id} ${lang}`).not.to.match(/college|collège/i);
      }
      for (const cap of a.participation.caps) expect(cap.reason, `cap ${lang}`).not.to.match(/college|collège/i);
    }
    const nl = await run(audit({ participation: { claimedLevel: 2 } }));
    expect(check(nl, 'PA1').title).to.contain('gebruikersraad');
    expect(check(nl, 'PA1').ask).to.contain('vooraf met hen besproken');
  });

  it('keeps the proposal wording for a proposal', async () => {
    expect(check(await run(proposal()), 'PA1').title).to.contain('vóór de beslissing van het college van burgemeester en schepenen');
  });

  it('says so when the collective voice is a group the organisation runs itself', async () => {
    const own = moment('2025-02-01', { voices: ['participation-group'], groupIndependence: 'run-by-organisation' });
    const a = await run(audit({ participation: { claimedLevel: 2, moments: [own] } }));
    expect(check(a, 'PA2').outcome).to.equal('pass');
    expect(check(a, 'PA2').title).to.contain('groep die de organisatie zelf organiseert');
    const indep = await run(audit({ participation: { claimedLevel: 2, moments: [{ ...own, groupIndependence: 'independent' }] } }));
    expect(check(indep, 'PA2').title).to.contain('gebruikers in armoede spreken samen');
  });
});
