// Housing: H1–H4 on each side of their conditions, and the housing trigger (explicit, or from the life domains).
import { expect } from 'chai';
import { check, outcomeOf, proposal, run } from '../helpers.js';

const housing = (h: Record<string, unknown>) => proposal({ screening: { triggers: { housing: 'yes' } }, housing: h });

describe('housing checks', () => {
  it('is not applicable when the proposal does not touch housing', async () => {
    const p = proposal({ screening: { triggers: { housing: 'no' } }, housing: { emergencyHousing: 'no' } });
    expect(await outcomeOf('H4', p)).to.equal('not-applicable');
  });

  it('takes the trigger from the life domains when it is not answered, and keeps it open without them', async () => {
    const domains = (...d: string[]) => proposal({ screening: { lifeDomains: d.map((domain) => ({ domain, direction: '-' })) } });
    expect(await outcomeOf('H4', domains('income', 'mobility'))).to.equal('not-applicable');
    expect(await outcomeOf('H4', domains('housing'))).to.equal('unknown');
    expect(await outcomeOf('H4', proposal({ screening: { lifeDomains: [] } })), 'empty list = unanswered').to.equal('unknown');
    expect(await outcomeOf('H4', proposal())).to.equal('unknown');
    const stated = proposal({ screening: { triggers: { housing: 'no' }, lifeDomains: [{ domain: 'housing', direction: '+' }] } });
    expect(await outcomeOf('H4', stated), 'an explicit answer wins').to.equal('not-applicable');
  });

  it('H1 passes with deposit help the landlord cannot recognise, is partial when recognisable, fails without help', async () => {
    expect(await outcomeOf('H1', housing({ depositSupport: 'yes', depositRecognisable: 'no' }))).to.equal('pass');
    expect(await outcomeOf('H1', housing({ depositSupport: 'yes', depositRecognisable: 'yes' }))).to.equal('partial');
    expect(await outcomeOf('H1', housing({ depositSupport: 'no' }))).to.equal('fail');
    expect(await outcomeOf('H1', housing({ depositSupport: 'yes' }))).to.equal('unknown');
    expect(await outcomeOf('H1', housing({}))).to.equal('unknown');
  });

  it('H2 (severity 3) needs both a follow-up of court notices and early signals of arrears', async () => {
    expect(await outcomeOf('H2', housing({ evictionNoticeFollowUp: 'ja', arrearsEarlySignal: 'ja' }))).to.equal('pass');
    expect(await outcomeOf('H2', housing({ evictionNoticeFollowUp: 'ja', arrearsEarlySignal: 'nee' }))).to.equal('partial');
    expect(await outcomeOf('H2', housing({ evictionNoticeFollowUp: 'nee', arrearsEarlySignal: 'ja' }))).to.equal('partial');
    expect(await outcomeOf('H2', housing({ evictionNoticeFollowUp: 'nee', arrearsEarlySignal: 'nee' }))).to.equal('fail');
    expect(await outcomeOf('H2', housing({ evictionNoticeFollowUp: 'nee' }))).to.equal('unknown');
    expect(check(await run(housing({})), 'H2').severity).to.equal(3);
  });

  it('H3 passes with preventive housing support and mediation, partial with one', async () => {
    expect(await outcomeOf('H3', housing({ preventiveHousingSupport: 'yes', landlordMediation: 'yes' }))).to.equal('pass');
    expect(await outcomeOf('H3', housing({ preventiveHousingSupport: 'yes', landlordMediation: 'no' }))).to.equal('partial');
    expect(await outcomeOf('H3', housing({ preventiveHousingSupport: 'no', landlordMediation: 'no' }))).to.equal('fail');
  });

  it('H4 follows whether shelter is ready when an eviction goes ahead', async () => {
    expect(await outcomeOf('H4', housing({ emergencyHousing: 'yes' }))).to.equal('pass');
    expect(await outcomeOf('H4', housing({ emergencyHousing: 'no' }))).to.equal('fail');
    expect(await outcomeOf('H4', housing({ emergencyHousing: 'unknown' }))).to.equal('unknown');
  });
});
