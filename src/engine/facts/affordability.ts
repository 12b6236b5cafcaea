// Affordability facts (D1, F1–F10): monthly cost against the leefloon, reference households, social tariff, hidden costs.
import type { Facts, FactContext } from '../../types.js';
import type { FactInput } from './types.js';
import { and3, answer, list, not3, num, obj, round4, str, type Obj } from './read.js';
import { householdCosts, readTariff, SINGLE_ID, takeUpRisk, tariffFor, travelPerMonth, userMonthlyCost } from './affordability/costs.js';
import { householdIncome, regionOf } from './households.js';

const HIDDEN_COSTS = ['deposit', 'prepayment', 'equipment', 'phoneData', 'travel', 'childcare'] as const;
const STATUSES = new Set(['increased-reimbursement', 'leefloon', 'igo', 'debt-settlement', 'budget-guidance']);
const GOOD_TYPES = new Set(['necessity', 'leisure', 'service', 'other']);
/** The Nibud minima-effect steps: income at 110 % and 120 % of the minimum. */
const TRAP_STEPS = [
  { rise: 0.1, gain: 'netGainAt110', cost: 'monthlyCostAt110' },
  { rise: 0.2, gain: 'netGainAt120', cost: 'monthlyCostAt120' },
] as const;

/** Income test ceiling divided by the poverty threshold; 0 when there is no income route at all. */
function ceilingRatio(st: Obj, ctx: FactContext): number | null {
  const share = num(st['incomeCeilingShare']);
  if (share !== null) return round4(share);
  const single = num(st['incomeCeilingSingle']);
  if (single !== null) return round4(single / ctx.param('income.povertyThreshold.single'));
  return answer(st['incomeTest']) === false ? 0 : null;
}

/** Per hidden cost: handled (absent or mitigated), not handled, or unknown. Amounts stand in for "occurs". */
function hiddenCosts(a: Obj, travel: number | null): { handled: boolean | null; open: string[]; unknown: string[] } {
  const hc = obj(a['hiddenCosts']);
  const implied: Record<string, number | null> = {
    deposit: num(a['depositAmount']),
    prepayment: num(a['prepaymentAmount']),
    travel,
  };
  const open: string[] = [];
  const unknown: string[] = [];
  const states = HIDDEN_COSTS.map((name) => {
    const c = obj(hc[name]);
    const amount = implied[name] ?? null;
    const occurs = answer(c['occurs']) ?? (amount === null ? null : amount > 0);
    const state = occurs === false ? true : occurs === true ? answer(c['mitigated']) : null;
    if (state === false) open.push(name);
    if (state === null) unknown.push(name);
    return state;
  });
  return { handled: and3(...states), open, unknown };
}

/** Share of the income rise a user keeps at 110 % and 120 % of the minimum (worst of the known steps). */
function povertyTrap(pt: Obj, ctx: FactContext): { keptShare: number | null; netGain: number | null } {
  const minimum = ctx.param('income.leefloon.single');
  const cost100 = num(pt['monthlyCostAt100']);
  let keptShare: number | null = null;
  let netGain: number | null = null;
  for (const step of TRAP_STEPS) {
    const rise = step.rise * minimum;
    const costX = num(pt[step.cost]);
    const gain = num(pt[step.gain]) ?? (cost100 !== null && costX !== null ? rise - (costX - cost100) : null);
    if (gain === null) continue;
    keptShare = Math.min(keptShare ?? Infinity, gain / rise);
    netGain = Math.min(netGain ?? Infinity, gain);
  }
  return { keptShare: round4(keptShare), netGain: round4(netGain) };
}

/**
 * What the single person on leefloon really pays (F1): the social price where that household is
 * eligible for the social tariff, the full price otherwise, with how it gets the tariff.
 */
function singlePays(input: FactInput, userCost: number | null, ctx: FactContext) {
  const single = ctx.households.find((h) => h.id === SINGLE_ID);
  const t = readTariff(obj(obj(input['affordability'])['socialTariff']));
  if (single === undefined || userCost === null) return { paid: userCost, grant: null, risk: null };
  const { grant, eligible } = tariffFor(single, householdIncome(single, ctx, regionOf(input)), t, ctx);
  const paid = eligible !== true ? userCost : t.discount === null ? null : userCost * (1 - t.discount);
  return { paid, grant, risk: takeUpRisk(grant) };
}

/** The rise of the single user's full monthly cost against the previous prices, in € and as a share. */
function priceRise(prices: Obj[], userCost: number | null, ctx: FactContext): { rise: number | null; share: number | null } {
  const before = prices.length === 0 ? null : userMonthlyCost(prices, ctx, 'previous');
  if (userCost === null || before === null) return { rise: null, share: null };
  return { rise: round4(userCost - before), share: before > 0 ? round4((userCost - before) / before) : null };
}

export function affordabilityFacts(input: FactInput, ctx: FactContext): Facts {
  const a = obj(input['affordability']);
  const prices = list(a['prices']).map(obj);
  const others = list(a['otherCosts']).map(obj);
  const st = obj(a['socialTariff']);
  const pay = obj(a['payment']);
  const cum = obj(a['cumulative']);
  const leefloon = ctx.param('income.leefloon.single');

  // monthlyCostUser is the full price (F3 asks for a tariff when it bites); F1 judges what is really paid.
  const userCost = prices.length === 0 ? null : userMonthlyCost(prices, ctx);
  const single = singlePays(input, userCost, ctx);
  const rise = priceRise(prices, userCost, ctx);
  const discount = num(st['discount']);
  const households = householdCosts(input, prices, others, ctx);
  const hidden = hiddenCosts(a, travelPerMonth(input));
  const trap = povertyTrap(obj(a['povertyTrap']), ctx);
  const statusList = Array.isArray(st['statuses'])
    ? list(st['statuses'])
        .map(String)
        .filter((s) => STATUSES.has(s))
    : null;
  const upfrontAmounts = [num(a['depositAmount']), num(a['prepaymentAmount'])];
  const otherChanges = answer(cum['otherRecentChanges']);
  const tariffExists = readTariff(st).exists;
  // A poverty trap needs an income-linked advantage: a social tariff, or costs that vary with income.
  const incomeLinked = trap.keptShare !== null || tariffExists === true ? true : tariffExists === false ? false : null;
  const goodType = str(a['goodType']);

  return {
    'affordability.goodType': goodType !== null && GOOD_TYPES.has(goodType) ? goodType : null,
    'affordability.monthlyCostUser': round4(userCost),
    'affordability.monthlyCostShare': userCost === null ? null : round4(userCost / leefloon),
    'affordability.monthlyCostPaid': round4(single.paid),
    'affordability.monthlyCostPaidShare': single.paid === null ? null : round4(single.paid / leefloon),
    'affordability.singleSocialTariff': single.grant,
    'affordability.singleTakeUpRisk': single.risk,
    'affordability.monthlyCostShareSocialTariff': userCost === null || discount === null ? null : round4((userCost * (1 - discount)) / leefloon),
    'affordability.priceRise': rise.rise,
    'affordability.priceRiseShare': rise.share,
    'affordability.householdCosts': households.rows,
    'affordability.householdWorstShare': households.worstShare,
    'affordability.householdWorstPaidShare': households.worstPaidShare,
    'affordability.householdTakeUpRisk': households.takeUpRisk,
    'affordability.socialTariffExists': tariffExists,
    'affordability.socialTariffDiscount': discount,
    'affordability.accessStatuses': statusList,
    'affordability.accessStatusCount': statusList === null ? null : statusList.length,
    'affordability.ceilingToThreshold': ceilingRatio(st, ctx),
    'affordability.socialTariffAutomatic': answer(st['automatic']),
    'affordability.hiddenCostsHandled': hidden.handled,
    'affordability.hiddenCostsOpen': hidden.open,
    'affordability.hiddenCostsUnknown': hidden.unknown,
    'affordability.depositAmount': upfrontAmounts[0] ?? null,
    'affordability.prepaymentAmount': upfrontAmounts[1] ?? null,
    'affordability.noExclusionForArrears': not3(answer(pay['excludedForArrears'])),
    'affordability.instalmentsPossible': answer(pay['instalments']),
    'affordability.noUpfrontPayment': not3(answer(pay['upfrontPayment'])) ?? (upfrontAmounts.some((x) => x !== null && x > 0) ? false : null),
    'affordability.incomeLinkedAdvantage': incomeLinked,
    'affordability.povertyTrapKeptShare': trap.keptShare,
    'affordability.povertyTrapNetGain': trap.netGain,
    'affordability.cumulativeConsidered': answer(cum['considered']) ?? (otherChanges === false ? true : null),
    'affordability.otherTariffChanges': list(cum['changes']).map(String),
  };
}
