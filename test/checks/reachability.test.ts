// Reachability: M1–M7 on each side of their thresholds, the monthly travel-cost bands and the place trigger.
import { expect } from 'chai';
import { readExample } from '../../src/examples.js';
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

  it('M1 is critical (severity 3) but no knock-out', async () => {
    const c = check(await run(reach({ travelTimeMinutes: 50 })), 'M1');
    expect([c.outcome, c.severity, c.knockout]).to.deep.equal(['fail', 3, false]);
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

  it('M3 does not flag a proposal that opens a new point or moves closer, even without outreach', async () => {
    const bare = { decentralOfficeHours: 'no', outreach: 'no', homeVisits: 'no' };
    expect(await outcomeOf('M3', reach({ locationChange: 'opens', ...bare }))).to.equal('pass');
    expect(await outcomeOf('M3', reach({ locationChange: 'moves-closer', ...bare }))).to.equal('pass');
    expect(await outcomeOf('M3', reach({ locationChange: 'moves', ...bare }))).to.equal('fail');
  });

  it('M7 is green from 4 buses an hour, orange from 2, red below', async () => {
    expect(await outcomeOf('M7', reach({ busesPerHour: 4 }))).to.equal('pass');
    expect(await outcomeOf('M7', reach({ busesPerHour: 3 }))).to.equal('partial');
    expect(await outcomeOf('M7', reach({ busesPerHour: 2 }))).to.equal('partial');
    expect(await outcomeOf('M7', reach({ busesPerHour: 1 }))).to.equal('fail');
    expect(await outcomeOf('M7', reach({ busesPerHour: 0 }))).to.equal('fail');
    expect(await outcomeOf('M7', reach({}))).to.equal('unknown');
  });

  it('M7 reads minutes between buses when buses per hour is not given', async () => {
    expect(await outcomeOf('M7', reach({ minutesBetweenBuses: 15 }))).to.equal('pass');
    expect(await outcomeOf('M7', reach({ minutesBetweenBuses: 30 }))).to.equal('partial');
    expect(await outcomeOf('M7', reach({ minutesBetweenBuses: 60 }))).to.equal('fail');
    expect(await outcomeOf('M7', reach({ busesPerHour: 6, minutesBetweenBuses: 60 })), 'buses per hour wins').to.equal('pass');
    const c = check(await run(reach({ minutesBetweenBuses: 45 })), 'M7');
    expect(c.facts['reachability.busesPerHour']).to.equal(1.3333);
  });

  it('M7 does not apply when the service is within walking distance', async () => {
    expect(await outcomeOf('M7', reach({ reachableOnFoot: 'yes', busesPerHour: 0 }))).to.equal('not-applicable');
    expect(await outcomeOf('M7', reach({ reachableOnFoot: 'no', busesPerHour: 1 }))).to.equal('fail');
  });

  it('the relocation example stays red on reachability even with an evening opening', async () => {
    const example = readExample('examples/proposals/ocmw-verhuis-rand.yaml');
    const withEvening = { ...example, time: { ...(example['time'] as Record<string, unknown>), eveningOrSaturdayOpeningsPerWeek: 1 } };
    const a = await run(withEvening);
    expect(['M1', 'M3', 'M4', 'M7', 'T1'].map((id) => check(a, id).outcome)).to.deep.equal(['fail', 'fail', 'fail', 'fail', 'pass']);
    expect(a.dimensions.find((d) => d.id === 'reachability')?.light).to.equal('red');
    // the expert's case: one evening opening must not turn this move "favourable under conditions",
    // however the open questions on cooperation and referral are answered
    expect(a.verdict.code).to.equal('unfavourable');
    expect(a.verdict.range.high).to.equal('unfavourable');
  });

  it('an hourly bus 50 minutes away with no office hours in the neighbourhood fails M1, M3, M4 and M7', async () => {
    const p = reach({ travelTimeMinutes: 50, busesPerHour: 1, locationChange: 'moves', decentralOfficeHours: 'no', outreach: 'no', homeVisits: 'no' });
    const a = await run(p);
    expect(['M1', 'M3', 'M4', 'M7'].map((id) => check(a, id).outcome)).to.deep.equal(['fail', 'fail', 'fail', 'fail']);
    expect(a.dimensions.find((d) => d.id === 'reachability')?.light).to.equal('red');
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
