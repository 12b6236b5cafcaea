// Participation: PA1–PA8 on each side of their conditions, the ladder caps and the tokenism flag.
import { expect } from 'chai';
import { outcomeOf, proposal, run } from '../helpers.js';

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

  it('PA1 fails without any participation at all', async () => {
    expect(await outcomeOf('PA1', proposal())).to.equal('fail');
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

  it('PA3–PA8 fail, not stay unknown, when nobody took part at all', async () => {
    for (const id of ['PA3', 'PA4', 'PA5', 'PA6', 'PA7', 'PA8']) {
      expect(await outcomeOf(id, proposal({ participation: { claimedLevel: 0 } })), id).to.equal('fail');
      expect(await outcomeOf(id, proposal()), `${id} without a participation section`).to.equal('fail');
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

  it('caps at 1 when nobody was heard before the decision, and flags tokenism', async () => {
    const late = { ...strong, moments: [moment('2025-06-01', { form: 'co-production' })] };
    const a = await run(proposal({ participation: late }));
    expect(a.participation.effectiveLevel).to.equal(1);
    expect(a.participation.tokenism).to.equal(true);
    expect(a.participation.caps.map((c) => c.missing).flat()).to.include('PA1');
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
    expect(a.participation.effectiveLevel).to.equal(1);
  });
});
