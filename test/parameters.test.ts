// Dated parameters in use: the same price judged against the leefloon in force on either side of an indexation.
import { expect } from 'chai';
import { check, proposal, run } from './helpers.js';

// €12.80 a month: 1.01 % of the single leefloon before 1 May 2024 (€1,263.17), 0.99 % from then (€1,288.46).
const monthlyFee = proposal({
  screening: { triggers: { price: 'yes' } },
  affordability: { prices: [{ label: 'abonnement', amount: 12.8, frequency: 'per-month', per: 'household' }] },
});

describe('dated parameters in assessments', () => {
  it('F1 is orange the day before the May 2024 indexation and green on the day itself', async () => {
    const before = check(await run(monthlyFee, { date: '2024-04-30' }), 'F1');
    const after = check(await run(monthlyFee, { date: '2024-05-01' }), 'F1');
    expect(before.outcome).to.equal('partial');
    expect(after.outcome).to.equal('pass');
    const leefloon = (c: typeof before) => c.parameters.find((p) => p.id === 'income.leefloon.single');
    expect(leefloon(before)).to.include({ value: 1263.17, validFrom: '2023-11-01' });
    expect(leefloon(after)).to.include({ value: 1288.46, validFrom: '2024-05-01' });
  });

  it('records the threshold parameter with its date and source in every comparison', async () => {
    const f1 = check(await run(monthlyFee, { date: '2025-02-01' }), 'F1');
    const traced = f1.conditions.filter((c) => c.param !== undefined);
    expect(traced.length).to.be.greaterThan(0);
    for (const c of traced) {
      const p = f1.parameters.find((x) => x.id === c.param);
      expect(p, c.param).to.not.equal(undefined);
      expect(c.value).to.equal(p?.value);
      expect(p?.source.title).to.be.a('string').and.not.equal('');
    }
  });

  it('refuses a reference date before the first leefloon value with a clear error', async () => {
    try {
      await run(monthlyFee, { date: '2021-01-01' });
      expect.fail('expected an error');
    } catch (e) {
      expect((e as { code?: string }).code).to.equal('RULESET_PARAM_MISSING');
      expect((e as Error).message).to.include('geen waarde op 2021-01-01');
    }
  });
});
