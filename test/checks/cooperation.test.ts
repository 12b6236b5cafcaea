// Cooperation: C1–C4 on each side of their conditions, and the support trigger.
import { expect } from 'chai';
import { check, outcomeOf, proposal, run } from '../helpers.js';

const coop = (c: Record<string, unknown>) => proposal({ cooperation: c });

describe('cooperation checks', () => {
  it('is not applicable when the service gives no help, or when users never meet staff', async () => {
    expect(await outcomeOf('C1', proposal({ screening: { triggers: { support: 'no' } } }))).to.equal('not-applicable');
    expect(await outcomeOf('C1', proposal({ screening: { triggers: { contact: 'no' } } }))).to.equal('not-applicable');
    const stated = proposal({ screening: { triggers: { contact: 'no', support: 'yes' } }, cooperation: { referral: 'warm' } });
    expect(await outcomeOf('C1', stated), 'an explicit answer wins').to.equal('pass');
  });

  it('C1 (severity 3) passes a warm referral, is partial when partly warm, fails a cold one', async () => {
    expect(await outcomeOf('C1', coop({ referral: 'warm' }))).to.equal('pass');
    expect(await outcomeOf('C1', coop({ referral: 'partly-warm' }))).to.equal('partial');
    expect(await outcomeOf('C1', coop({ referral: 'cold' }))).to.equal('fail');
    expect(await outcomeOf('C1', coop({ referral: 'unknown' }))).to.equal('unknown');
    expect(check(await run(coop({})), 'C1').severity).to.equal(3);
  });

  it('C2 follows whether people with several problems get one reference person', async () => {
    expect(await outcomeOf('C2', coop({ referencePerson: 'yes' }))).to.equal('pass');
    expect(await outcomeOf('C2', coop({ referencePerson: 'no' }))).to.equal('fail');
    expect(await outcomeOf('C2', coop({}))).to.equal('unknown');
  });

  it('C3 needs 3 partner sectors and case consultation; one of the two is partial', async () => {
    const three = ['welfare', 'mental-health', 'housing'];
    expect(await outcomeOf('C3', coop({ partnerSectors: three, caseConsultation: 'yes' }))).to.equal('pass');
    expect(await outcomeOf('C3', coop({ partnerSectors: three, caseConsultation: 'no' }))).to.equal('partial');
    expect(await outcomeOf('C3', coop({ partnerSectors: ['welfare', 'debt'], caseConsultation: 'yes' }))).to.equal('partial');
    expect(await outcomeOf('C3', coop({ partnerSectors: ['welfare', 'debt'], caseConsultation: 'no' }))).to.equal('fail');
    expect(await outcomeOf('C3', coop({ partnerSectors: ['none'], caseConsultation: 'no' }))).to.equal('fail');
    expect(await outcomeOf('C3', coop({ partnerSectors: [], caseConsultation: 'no' })), 'empty list = unanswered').to.equal('unknown');
  });

  it('C4 passes with no wrong door and the integrated broad reception, partial with one', async () => {
    expect(await outcomeOf('C4', coop({ noWrongDoor: 'yes', integratedReception: 'yes' }))).to.equal('pass');
    expect(await outcomeOf('C4', coop({ noWrongDoor: 'no', integratedReception: 'yes' }))).to.equal('partial');
    expect(await outcomeOf('C4', coop({ noWrongDoor: 'no', integratedReception: 'no' }))).to.equal('fail');
    expect(await outcomeOf('C4', coop({ noWrongDoor: 'no' }))).to.equal('unknown');
  });
});
