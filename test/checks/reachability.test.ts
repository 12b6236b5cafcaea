// Reachability: M1–M6 on each side of their thresholds, the monthly travel-cost bands and the place trigger.
import { expect } from 'chai';
import { check, outcomeOf, proposal, run } from '../helpers.js';

const reach = (reachability: Record<string, unknown>) => proposal({ reachability });
/** The single leefloon in force on the test date (2025-02-01 indexation). */
const LEEFLOON = 1314.2;

describe('reachability checks', () => {
  it('is not applicable when the service has no physical place', async () => {
    const p = proposal({ screening: { triggers: { place: 'no' } }, reachability: { travelTimeMinutes: 90 } });
    expect(await outcomeOf('M1', p)).to.equal('not-applicable');
  });

  it('M1 is green up to 30 minutes, orange up to 45, red above', async () => {
    expect(await outcomeOf('M1', reach({ travelTimeMinutes: 30 }))).to.equal('pass');
    expect(await outcomeOf('M1', reach({ travelTimeMinutes: 31 }))).to.equal('partial');
    expect(await outcomeOf('M1', reach({ travelTimeMinutes: 45 }))).to.equal('partial');
    expect(await outcomeOf('M1', reach({ travelTimeMinutes: 46 }))).to.equal('fail');
    expect(await outcomeOf('M1', reach({}))).to.equal('unknown');
  });

  it('M2 compares the monthly travel cost with the leefloon: below 1 % pass, up to 3 % partial, above fail', async () => {
    expect(await outcomeOf('M2', reach({ travelCostPerVisit: 5, visitsPerMonth: 2 }))).to.equal('pass');
    expect(await outcomeOf('M2', reach({ travelCostPerVisit: 5, visitsPerMonth: 4 }))).to.equal('partial');
    expect(await outcomeOf('M2', reach({ travelCostPerVisit: 10, visitsPerMonth: 5 }))).to.equal('fail');
  });

  it('M2 is partial at exactly 1 % and at exactly 3 %', async () => {
    expect(await outcomeOf('M2', reach({ travelCostPerVisit: LEEFLOON * 0.01, visitsPerMonth: 1 }))).to.equal('partial');
    expect(await outcomeOf('M2', reach({ travelCostPerVisit: LEEFLOON * 0.03, visitsPerMonth: 1 }))).to.equal('partial');
  });

  it('M2 passes a free trip however often, and is unknown without the number of visits', async () => {
    expect(await outcomeOf('M2', reach({ travelCostPerVisit: 0 }))).to.equal('pass');
    expect(await outcomeOf('M2', reach({ travelCostPerVisit: 5 }))).to.equal('unknown');
  });

  it('M2 shows the cost per visit as a share of the leefloon and cites the leefloon', async () => {
    const c = check(await run(reach({ travelCostPerVisit: 6.5713, visitsPerMonth: 2 })), 'M2');
    expect(c.facts['reachability.travelCostShare']).to.equal(0.005);
    expect(c.facts['reachability.monthlyTravelCost']).to.equal(13.1426);
    expect(c.parameters.find((p) => p.id === 'income.leefloon.single')?.value).to.equal(LEEFLOON);
  });

  it('M3 passes without a change, is partial with a mitigation, fails without', async () => {
    expect(await outcomeOf('M3', reach({ locationChange: 'none' }))).to.equal('pass');
    expect(await outcomeOf('M3', reach({ locationChange: 'closes', decentralOfficeHours: 'yes' }))).to.equal('partial');
    const bare = { decentralOfficeHours: 'no', outreach: 'no', homeVisits: 'no' };
    expect(await outcomeOf('M3', reach({ locationChange: 'centralises', ...bare }))).to.equal('fail');
    expect(await outcomeOf('M3', reach({ locationChange: 'moves' }))).to.equal('unknown');
    expect(await outcomeOf('M3', reach({ locationChange: 'unknown' }))).to.equal('unknown');
  });

  it('M4 passes with any of office hours in the neighbourhood, outreach or home visits', async () => {
    expect(await outcomeOf('M4', reach({ homeVisits: 'yes' }))).to.equal('pass');
    expect(await outcomeOf('M4', reach({ decentralOfficeHours: 'no', outreach: 'no', homeVisits: 'no' }))).to.equal('fail');
    expect(await outcomeOf('M4', reach({ decentralOfficeHours: 'no' }))).to.equal('unknown');
  });

  it('M5 passes with all three accessibility features, partial with some, fails with none', async () => {
    expect(await outcomeOf('M5', reach({ stepFree: 'yes', accessibleToilet: 'yes', seating: 'yes' }))).to.equal('pass');
    expect(await outcomeOf('M5', reach({ stepFree: 'yes', accessibleToilet: 'no', seating: 'yes' }))).to.equal('partial');
    expect(await outcomeOf('M5', reach({ stepFree: 'no', accessibleToilet: 'no', seating: 'no' }))).to.equal('fail');
    expect(await outcomeOf('M5', reach({ stepFree: 'yes' }))).to.equal('unknown');
  });

  it('M6 follows its yes / no / unknown answer', async () => {
    expect(await outcomeOf('M6', reach({ childrenWelcome: 'ja' }))).to.equal('pass');
    expect(await outcomeOf('M6', reach({ childrenWelcome: 'nee' }))).to.equal('fail');
    expect(await outcomeOf('M6', reach({ childrenWelcome: 'onbekend' }))).to.equal('unknown');
  });
});
