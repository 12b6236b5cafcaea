// Time: T1–T7 on each side of their thresholds, the waiting-list bands and the opening trigger.
import { expect } from 'chai';
import { check, outcomeOf, proposal, run } from '../helpers.js';

const time = (t: Record<string, unknown>) => proposal({ time: t });

describe('time checks', () => {
  it('is not applicable when the service has no opening moments, appointments or deadlines', async () => {
    const p = proposal({ screening: { triggers: { opening: 'no' } }, time: { walkInMomentsPerWeek: 0 } });
    expect(await outcomeOf('T2', p)).to.equal('not-applicable');
  });

  it('T1 needs at least one evening or Saturday opening a week', async () => {
    expect(await outcomeOf('T1', time({ eveningOrSaturdayOpeningsPerWeek: 1 }))).to.equal('pass');
    expect(await outcomeOf('T1', time({ eveningOrSaturdayOpeningsPerWeek: 0 }))).to.equal('fail');
    expect(await outcomeOf('T1', time({}))).to.equal('unknown');
  });

  it('T2 needs at least two walk-in moments a week, the legal minimum for OCMW office hours', async () => {
    expect(await outcomeOf('T2', time({ walkInMomentsPerWeek: 2 }))).to.equal('pass');
    expect(await outcomeOf('T2', time({ walkInMomentsPerWeek: 1 }))).to.equal('fail');
    expect(await outcomeOf('T2', time({}))).to.equal('unknown');
    const c = check(await run(time({ walkInMomentsPerWeek: 2 })), 'T2');
    expect(c.parameters.find((p) => p.id === 'time.walkInMin')?.source.tag).to.equal('official');
  });

  it('T3 passes up to 5 working days to the first contact', async () => {
    expect(await outcomeOf('T3', time({ workingDaysToFirstContact: 5 }))).to.equal('pass');
    expect(await outcomeOf('T3', time({ workingDaysToFirstContact: 6 }))).to.equal('fail');
    expect(await outcomeOf('T3', time({}))).to.equal('unknown');
  });

  it('T4 passes without a waiting list, is partial with priority, fails without', async () => {
    expect(await outcomeOf('T4', time({ waitingList: { exists: 'no' } }))).to.equal('pass');
    expect(await outcomeOf('T4', time({ waitingList: { exists: 'yes', priorityForVulnerable: 'yes' } }))).to.equal('partial');
    expect(await outcomeOf('T4', time({ waitingList: { exists: 'yes', priorityForVulnerable: 'no' } }))).to.equal('fail');
    expect(await outcomeOf('T4', time({ waitingList: { exists: 'yes' } }))).to.equal('unknown');
    expect(await outcomeOf('T4', time({}))).to.equal('unknown');
  });

  it('T4 reads a waiting time as a waiting list and shows its length', async () => {
    const c = check(await run(time({ waitingList: { lengthDays: 40, priorityForVulnerable: 'no' } })), 'T4');
    expect(c.outcome).to.equal('fail');
    expect(c.facts['time.waitingListDays']).to.equal(40);
  });

  it('T5 needs at least 30 days for deadlines imposed on users, only where there are any', async () => {
    expect(await outcomeOf('T5', time({ userDeadlines: { imposed: 'yes', shortestDays: 30 } }))).to.equal('pass');
    expect(await outcomeOf('T5', time({ userDeadlines: { shortestDays: 29 } }))).to.equal('fail');
    expect(await outcomeOf('T5', time({ userDeadlines: { imposed: 'yes' } }))).to.equal('unknown');
    expect(await outcomeOf('T5', time({ userDeadlines: { imposed: 'no' } }))).to.equal('not-applicable');
  });

  it('T6 passes for a free line answered quickly, is partial with one of the two, fails without a line', async () => {
    expect(await outcomeOf('T6', time({ phone: { available: 'yes', freeOrLocalRate: 'yes', shortWait: 'yes' } }))).to.equal('pass');
    expect(await outcomeOf('T6', time({ phone: { available: 'yes', freeOrLocalRate: 'yes', shortWait: 'no' } }))).to.equal('partial');
    expect(await outcomeOf('T6', time({ phone: { available: 'yes', freeOrLocalRate: 'no', shortWait: 'no' } }))).to.equal('fail');
    expect(await outcomeOf('T6', time({ phone: { available: 'no' } }))).to.equal('fail');
    expect(await outcomeOf('T6', time({ phone: { available: 'yes' } }))).to.equal('unknown');
  });

  it('T7 is green from 20 opening hours a week, orange from 10, red below', async () => {
    expect(await outcomeOf('T7', time({ openingHoursPerWeek: 20 }))).to.equal('pass');
    expect(await outcomeOf('T7', time({ openingHoursPerWeek: 19.5 }))).to.equal('partial');
    expect(await outcomeOf('T7', time({ openingHoursPerWeek: 10 }))).to.equal('partial');
    expect(await outcomeOf('T7', time({ openingHoursPerWeek: 9 }))).to.equal('fail');
    expect(await outcomeOf('T7', time({}))).to.equal('unknown');
  });
});
