// Monitoring: MO1–MO4 on each side of their conditions; MO2 at the 12-month boundary, from dates or months.
import { expect } from 'chai';
import { monthsBetween } from '../../src/engine/facts/monitoring.js';
import { check, outcomeOf, proposal, run } from '../helpers.js';

const mon = (m: Record<string, unknown>) => proposal({ monitoring: m });

describe('monitoring checks', () => {
  it('MO1 passes with reach among low-income users as an indicator and a baseline', async () => {
    expect(await outcomeOf('MO1', mon({ indicators: ['reach-low-income', 'take-up'], baselineMeasured: 'yes' }))).to.equal('pass');
  });

  it('MO1 is partial with other indicators or without a baseline, fails without indicators', async () => {
    expect(await outcomeOf('MO1', mon({ indicators: ['take-up', 'complaints'], baselineMeasured: 'yes' }))).to.equal('partial');
    expect(await outcomeOf('MO1', mon({ indicators: ['reach-low-income'], baselineMeasured: 'no' }))).to.equal('partial');
    expect(await outcomeOf('MO1', mon({ indicators: ['none'], baselineMeasured: 'no' }))).to.equal('fail');
    expect(await outcomeOf('MO1', mon({ baselineMeasured: 'yes' }))).to.equal('unknown');
  });

  it('monthsBetween counts calendar months and leftover days', () => {
    expect(monthsBetween('2025-01-15', '2026-01-15')).to.equal(12);
    expect(monthsBetween('2025-01-31', '2026-01-30')).to.be.within(11.9, 12);
    expect(monthsBetween('2025-01-15', '2026-01-16')).to.be.greaterThan(12);
    expect(monthsBetween('2025-06-01', '2025-01-01')).to.equal(null);
    expect(monthsBetween(null, '2025-01-01')).to.equal(null);
  });

  it('MO2 passes at exactly 12 months and fails one day later', async () => {
    expect(await outcomeOf('MO2', mon({ startDate: '2025-09-01', reviewDate: '2026-09-01' }))).to.equal('pass');
    expect(await outcomeOf('MO2', mon({ startDate: '2025-09-01', reviewDate: '2026-09-02' }))).to.equal('fail');
  });

  it('MO2 reads a number of months, and shows it', async () => {
    expect(await outcomeOf('MO2', mon({ monthsUntilReview: 6 }))).to.equal('pass');
    const a = await run(mon({ monthsUntilReview: 13 }));
    expect(check(a, 'MO2').outcome).to.equal('fail');
    expect(check(a, 'MO2').facts['monitoring.monthsToReview']).to.equal(13);
  });

  it('MO2 takes the start from meta.referenceDate when no start date is given', async () => {
    const p = { ...mon({ reviewDate: '2026-03-01' }), meta: { title: 'T', municipality: 'M', referenceDate: '2025-09-01' } };
    expect(await outcomeOf('MO2', p)).to.equal('pass');
  });

  it('MO2 fails without a planned review and is unknown without a date', async () => {
    expect(await outcomeOf('MO2', mon({ reviewPlanned: 'no' }))).to.equal('fail');
    expect(await outcomeOf('MO2', mon({ reviewPlanned: 'yes' }))).to.equal('unknown');
    expect(await outcomeOf('MO2', mon({ reviewDate: '2026-01-01' }))).to.equal('unknown');
  });

  it('MO3 follows its yes / no / unknown answer', async () => {
    expect(await outcomeOf('MO3', mon({ resultsFedBack: 'yes' }))).to.equal('pass');
    expect(await outcomeOf('MO3', mon({ resultsFedBack: 'no' }))).to.equal('fail');
    expect(await outcomeOf('MO3', mon({ resultsFedBack: 'unknown' }))).to.equal('unknown');
  });

  it('MO4 passes when published or attached to the decision', async () => {
    expect(await outcomeOf('MO4', mon({ published: 'no', attachedToDecision: 'yes' }))).to.equal('pass');
    expect(await outcomeOf('MO4', mon({ published: 'yes' }))).to.equal('pass');
    expect(await outcomeOf('MO4', mon({ published: 'no', attachedToDecision: 'no' }))).to.equal('fail');
    expect(await outcomeOf('MO4', mon({ published: 'no' }))).to.equal('unknown');
  });
});
