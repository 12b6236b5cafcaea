// Affordability: F1–F10 on each side of their thresholds, the reference households, and unknowns.
import { expect } from 'chai';
import { factContext } from '../../src/assess.js';
import { defaultRuleset } from '../../src/ruleset/load.js';
import { affordabilityFacts } from '../../src/engine/facts/affordability.js';
import { TEST_DATE, check, outcomeOf, proposal, run } from '../helpers.js';

// Leefloon single on 2025-06-01 is €1,314.20: 1 % = €13.142, 3 % = €39.426.
const NO_PLACE = { triggers: { place: 'no' } };
const aff = (a: Record<string, unknown>, extra: Record<string, unknown> = {}) => proposal({ affordability: a, ...extra });
const monthly = (amount: number, more: Record<string, unknown> = {}) => aff({ prices: [{ amount, frequency: 'per-month' }], ...more });
const tariff = (st: Record<string, unknown>) => aff({ prices: [{ amount: 30, frequency: 'per-month' }], socialTariff: { exists: 'yes', ...st } });
const ALL_STATUSES = ['increased-reimbursement', 'leefloon', 'igo', 'debt-settlement', 'budget-guidance'];

describe('affordability checks', () => {
  it('F1 is green below 1 %, orange from 1 % to 3 % inclusive, red above', async () => {
    expect(await outcomeOf('F1', monthly(10))).to.equal('pass');
    expect(await outcomeOf('F1', monthly(13.142)), 'at 1 %').to.equal('partial');
    expect(await outcomeOf('F1', monthly(20))).to.equal('partial');
    expect(await outcomeOf('F1', monthly(39.426)), 'at 3 %').to.equal('partial');
    expect(await outcomeOf('F1', monthly(50))).to.equal('fail');
  });

  it('F1 converts per use, per year and one-off prices to a month, and cites the leefloon', async () => {
    const a = await run(
      aff({
        prices: [
          { amount: 5, frequency: 'per-use', usesPerMonth: 4 },
          { amount: 120, frequency: 'per-year' },
          { amount: 60, frequency: 'once' },
        ],
      }),
    );
    const f1 = check(a, 'F1');
    expect(f1.facts['affordability.monthlyCostUser']).to.equal(35); // 20 + 10 + 60 / 12
    expect(f1.outcome).to.equal('partial');
    expect(f1.parameters.map((p) => p.id)).to.include('income.leefloon.single');
  });

  it('F1 is unknown without a price or without the uses per month of a per-use price', async () => {
    const none = await run(aff({}));
    expect(check(none, 'F1').outcome).to.equal('unknown');
    expect(none.householdCosts, 'no household table without a price').to.equal(null);
    expect(await outcomeOf('F1', aff({ prices: [{ amount: 5, frequency: 'per-use' }] }))).to.equal('unknown');
  });

  it('F1 is not applicable when the proposal sets no price', async () => {
    const p = { ...monthly(50), screening: { triggers: { price: 'no' } } };
    expect(await outcomeOf('F1', p)).to.equal('not-applicable');
  });

  it('F2 multiplies per-person prices by household size and uses the worst household', async () => {
    // The lone parent's income is €1,776.07 leefloon + 2 × €176.66 Groeipakket = €2,129.39.
    // €5 per person: the lone parent pays €15 (0.70 %) → green.
    expect(await outcomeOf('F2', aff({ prices: [{ amount: 5, frequency: 'per-month' }] }, { screening: NO_PLACE }))).to.equal('pass');
    // €10 per person: €30 for the lone parent (1.41 %) → orange.
    expect(await outcomeOf('F2', aff({ prices: [{ amount: 10, frequency: 'per-month' }] }, { screening: NO_PLACE }))).to.equal('partial');
    // €25 per person: €75 for the lone parent (3.52 %) → red.
    expect(await outcomeOf('F2', aff({ prices: [{ amount: 25, frequency: 'per-month' }] }, { screening: NO_PLACE }))).to.equal('fail');
  });

  it('F2 reports one row per reference household with cost, income and share', async () => {
    const a = await run(aff({ prices: [{ amount: 10, frequency: 'per-month', per: 'person', childAmount: 5 }] }, { screening: NO_PLACE }));
    const rows = a.householdCosts as Record<string, unknown>[];
    expect(rows.map((r) => r['household'])).to.deep.equal([
      'single-leefloon',
      'cohabiting-leefloon',
      'lone-parent-2',
      'couple-2',
      'older-igo',
      'working-single',
    ]);
    expect(rows.map((r) => r['monthlyCost'])).to.deep.equal([10, 20, 20, 30, 10, 10]);
    expect(rows.map((r) => r['income'])).to.deep.equal([1314.2, 1752.26, 2129.39, 3191, 1549.42, 1900.701]);
    // The cohabitants pay €20 on 2 × €876.13: the worst share, 1.14 %.
    expect(rows[1]?.['share']).to.equal(0.0114);
    expect(check(a, 'F2').outcome).to.equal('partial');
  });

  it('F1 leaves out child-only prices for the single adult, unless the service is for children alone', async () => {
    const ctx = factContext(defaultRuleset(), TEST_DATE);
    const mixed = {
      affordability: {
        prices: [
          { amount: 10, frequency: 'per-month', per: 'person' },
          { amount: 30, frequency: 'per-month', per: 'child' },
        ],
      },
    };
    const childOnly = { affordability: { prices: [{ amount: 30, frequency: 'per-month', per: 'child', childAmount: 12 }] } };
    expect(affordabilityFacts(mixed, ctx)['affordability.monthlyCostUser']).to.equal(10);
    expect(affordabilityFacts(childOnly, ctx)['affordability.monthlyCostUser']).to.equal(12);
  });

  it('F2 is unknown while travel is unknown, unless the cost is already red without it', async () => {
    expect(await outcomeOf('F2', aff({ prices: [{ amount: 5, frequency: 'per-month' }] }))).to.equal('unknown');
    expect(await outcomeOf('F2', aff({ prices: [{ amount: 25, frequency: 'per-month' }] }))).to.equal('fail');
  });

  it('F2 adds travel from the reachability section and other costs, per household or per child', () => {
    const ctx = factContext(defaultRuleset(), TEST_DATE);
    const input = {
      affordability: {
        prices: [
          { amount: 10, frequency: 'per-month', per: 'household' },
          { amount: 4, frequency: 'per-month', per: 'child' },
        ],
        otherCosts: [{ amount: 24, frequency: 'per-year', per: 'adult' }],
      },
      reachability: { travelCostPerVisit: 3, visitsPerMonth: 4 },
    };
    const rows = affordabilityFacts(input, ctx)['affordability.householdCosts'] as Record<string, unknown>[];
    // single: 10 + 0 + 2 + 12 travel; cohabitants: 10 + 0 + 4 + 12; lone parent: 10 + 8 + 2 + 12; couple: 10 + 8 + 4 + 12.
    expect(rows.map((r) => r['monthlyCost'])).to.deep.equal([24, 26, 32, 34, 24, 24]);
    expect(rows.every((r) => r['travelIncluded'] === true)).to.equal(true);
    expect(affordabilityFacts(input, ctx)['affordability.householdWorstShare']).to.equal(0.0183);
  });

  it('F3 (knock-out) applies only when F1 is not green', async () => {
    expect(await outcomeOf('F3', monthly(5, { socialTariff: { exists: 'no' } }))).to.equal('not-applicable');
    expect(await outcomeOf('F3', monthly(13.142, { socialTariff: { exists: 'no' } })), 'at 1 %').to.equal('fail');
    expect(await outcomeOf('F3', monthly(20, { socialTariff: { exists: 'yes' } }))).to.equal('pass');
    expect(await outcomeOf('F3', monthly(20))).to.equal('unknown');
    expect(await outcomeOf('F3', aff({ socialTariff: { exists: 'no' } })), 'unknown cost: unknown, not fail').to.equal('unknown');
  });

  it('F4 needs a discount of at least 75 %', async () => {
    expect(await outcomeOf('F4', tariff({ discount: 0.8 }))).to.equal('pass');
    expect(await outcomeOf('F4', tariff({ discount: 0.75 })), 'boundary').to.equal('pass');
    expect(await outcomeOf('F4', tariff({ discount: 0.5 }))).to.equal('fail');
    expect(await outcomeOf('F4', tariff({}))).to.equal('unknown');
    expect(await outcomeOf('F4', aff({ socialTariff: { exists: 'no' } }))).to.equal('not-applicable');
  });

  it('F5 passes with all statuses and a ceiling at the poverty threshold, partial with one of the two', async () => {
    expect(await outcomeOf('F5', tariff({ statuses: ALL_STATUSES, incomeCeilingShare: 1 })), 'boundary').to.equal('pass');
    expect(await outcomeOf('F5', tariff({ statuses: ALL_STATUSES, incomeCeilingSingle: 1520 })), 'in euro').to.equal('pass');
    expect(await outcomeOf('F5', tariff({ statuses: ALL_STATUSES, incomeCeilingShare: 0.9 }))).to.equal('partial');
    expect(await outcomeOf('F5', tariff({ statuses: ALL_STATUSES, incomeTest: 'no' }))).to.equal('partial');
    expect(await outcomeOf('F5', tariff({ statuses: ['leefloon'], incomeCeilingShare: 1.2 }))).to.equal('partial');
    expect(await outcomeOf('F5', tariff({ statuses: ['leefloon', 'igo'], incomeCeilingShare: 0.8 }))).to.equal('fail');
    expect(await outcomeOf('F5', tariff({ incomeCeilingShare: 0.8 }))).to.equal('unknown');
  });

  it('F6 (knock-out) asks for automatic granting whenever a social tariff exists', async () => {
    expect(await outcomeOf('F6', tariff({ automatic: 'yes' }))).to.equal('pass');
    expect(await outcomeOf('F6', tariff({ automatic: 'nee' }))).to.equal('fail');
    expect(await outcomeOf('F6', tariff({ automatic: 'unknown' }))).to.equal('unknown');
    expect(await outcomeOf('F6', aff({ socialTariff: { exists: 'no', automatic: 'no' } }))).to.equal('not-applicable');
  });

  it('F7 passes when every hidden cost is absent or mitigated, fails on one unmitigated cost', async () => {
    const none = { occurs: 'no' };
    const base = { deposit: none, prepayment: none, equipment: none, phoneData: none, travel: none, childcare: none };
    expect(await outcomeOf('F7', aff({ hiddenCosts: base }))).to.equal('pass');
    expect(await outcomeOf('F7', aff({ hiddenCosts: { ...base, equipment: { occurs: 'yes', mitigated: 'yes' } } }))).to.equal('pass');
    expect(await outcomeOf('F7', aff({ hiddenCosts: { ...base, phoneData: { occurs: 'yes', mitigated: 'no' } } }))).to.equal('fail');
    expect(await outcomeOf('F7', aff({ hiddenCosts: { ...base, childcare: { occurs: 'unknown' } } }))).to.equal('unknown');
    const a = await run(aff({ depositAmount: 50, hiddenCosts: { ...base, deposit: { mitigated: 'no' } } }));
    expect(check(a, 'F7').outcome, 'a deposit amount means the deposit occurs').to.equal('fail');
    expect(check(a, 'F7').facts['affordability.hiddenCostsOpen']).to.deep.equal(['deposit']);
  });

  it('F8 passes with all three safeguards, partial without exclusion but with one other', async () => {
    const pay = (p: Record<string, unknown>, more: Record<string, unknown> = {}) => aff({ payment: p, ...more });
    expect(await outcomeOf('F8', pay({ excludedForArrears: 'no', instalments: 'yes', upfrontPayment: 'no' }))).to.equal('pass');
    expect(await outcomeOf('F8', pay({ excludedForArrears: 'no', instalments: 'yes', upfrontPayment: 'yes' }))).to.equal('partial');
    expect(await outcomeOf('F8', pay({ excludedForArrears: 'no', instalments: 'no', upfrontPayment: 'yes' }))).to.equal('fail');
    expect(await outcomeOf('F8', pay({ excludedForArrears: 'yes', instalments: 'yes', upfrontPayment: 'no' }))).to.equal('fail');
    expect(await outcomeOf('F8', pay({ excludedForArrears: 'no', instalments: 'yes' }))).to.equal('unknown');
    expect(await outcomeOf('F8', pay({ excludedForArrears: 'no', instalments: 'yes' }, { prepaymentAmount: 40 }))).to.equal('partial');
  });

  it('F1 judges what the single person on leefloon pays with an automatic social tariff: €3.60, not the full €18', async () => {
    const a = await run(
      aff(
        {
          prices: [{ amount: 4.5, frequency: 'per-use', usesPerMonth: 4, per: 'person' }],
          socialTariff: { exists: 'yes', discount: 0.8, statuses: ALL_STATUSES, automatic: 'yes' },
        },
        { screening: NO_PLACE },
      ),
    );
    const f1 = check(a, 'F1');
    expect(f1.facts['affordability.monthlyCostUser']).to.equal(18);
    expect(f1.facts['affordability.monthlyCostPaid']).to.equal(3.6);
    expect(f1.facts['affordability.singleSocialTariff']).to.equal('automatic');
    expect(f1.outcome).to.equal('pass');
    expect((a.householdCosts as Record<string, unknown>[])[0]).to.include({ monthlyCost: 18, paidCost: 3.6, takeUpRisk: false });
  });

  it('F2 charges a per-household price by household size: a single person does not pay for a family of four', async () => {
    const bags = { amount: 2.5, frequency: 'per-use', per: 'household', usesPerMonth: 2, usesScale: 'by-size' };
    const a = await run(aff({ prices: [bags], socialTariff: { exists: 'no' } }, { screening: NO_PLACE }));
    const costs = (a.householdCosts as Record<string, unknown>[]).map((r) => r['monthlyCost']);
    // 2 bags × the modified OECD scale (1, 1.5, 1.6, 2.1, 1, 1) × €2.50.
    expect(costs).to.deep.equal([5, 7.5, 8, 10.5, 5, 5]);
  });

  it('F9 fails when a small income rise loses more than it gains (Nibud minima effect)', async () => {
    // The rise to 110 % is 10 % of €1,314.20 = €131.42.
    const trap = (pt: Record<string, unknown>) => aff({ socialTariff: { exists: 'yes' }, povertyTrap: pt });
    expect(await outcomeOf('F9', trap({ netGainAt110: 100, netGainAt120: 200 }))).to.equal('pass');
    expect(await outcomeOf('F9', trap({ netGainAt110: 65.71 })), 'keeps exactly half').to.equal('pass');
    expect(await outcomeOf('F9', trap({ netGainAt110: 50 }))).to.equal('partial');
    expect(await outcomeOf('F9', trap({ netGainAt110: 0 })), 'gains nothing, loses nothing').to.equal('partial');
    expect(await outcomeOf('F9', trap({ netGainAt110: 100, netGainAt120: -10 }))).to.equal('fail');
    expect(await outcomeOf('F9', trap({ monthlyCostAt100: 0, monthlyCostAt110: 140, monthlyCostAt120: 140 }))).to.equal('fail');
    expect(await outcomeOf('F9', trap({ monthlyCostAt100: 5, monthlyCostAt110: 10, monthlyCostAt120: 15 }))).to.equal('pass');
    expect(await outcomeOf('F9', trap({}))).to.equal('unknown');
    expect(await outcomeOf('F9', aff({ socialTariff: { exists: 'no' } }))).to.equal('not-applicable');
  });

  it('F10 asks whether the cumulative effect with other tariff changes was considered', async () => {
    expect(await outcomeOf('F10', aff({ cumulative: { otherRecentChanges: 'yes', considered: 'yes' } }))).to.equal('pass');
    expect(await outcomeOf('F10', aff({ cumulative: { otherRecentChanges: 'no' } }))).to.equal('pass');
    expect(await outcomeOf('F10', aff({ cumulative: { otherRecentChanges: 'yes', considered: 'no' } }))).to.equal('fail');
    expect(await outcomeOf('F10', aff({ cumulative: { otherRecentChanges: 'yes' } }))).to.equal('unknown');
  });
});
