// Monthly cost arithmetic for affordability: one price for one user, and what each reference household pays.
import type { FactContext, FactValue, HouseholdDefinition } from '../../../types.js';
import { answer, at, num, obj, round4, type Obj } from '../read.js';
import { eligibility, equivalenceScale, householdIncome, readEligibility, regionOf, type EligibilityRule, type Grant } from '../households.js';

/** Months per year: an annual price counts as one twelfth a month. */
const MONTHS_PER_YEAR = 12;
/** The household whose cost F1 judges. */
export const SINGLE_ID = 'single-leefloon';

/** Which amounts of a price to read: today's or the previous ones (before the proposal). */
export type PriceSet = 'current' | 'previous';

/**
 * Uses per month of a per-use price for a household: its own number when the input gives one,
 * otherwise the general number, scaled by the household's size on the equivalence scale when the
 * price says `usesScale: by-size`. Without a household (one user) the general number.
 */
export function usesFor(item: Obj, h: HouseholdDefinition | null, ctx: FactContext): number | null {
  if (h !== null) {
    const own = num(obj(item['usesPerHousehold'])[h.id]);
    if (own !== null) return own;
  }
  const base = num(item['usesPerMonth']);
  if (base === null) return null;
  return item['usesScale'] === 'by-size' && h !== null ? round4(base * equivalenceScale(h, ctx)) : base;
}

/** The monthly amount of one cost item for one payer; null when its frequency or use is not known. */
export function monthlyAmount(item: Obj, amount: number | null, ctx: FactContext, uses: number | null = num(item['usesPerMonth'])): number | null {
  if (amount === null) return null;
  switch (item['frequency']) {
    case 'per-month':
      return amount;
    case 'per-year':
      return amount / MONTHS_PER_YEAR;
    case 'once':
      // Spread over a parameter number of months: the full upfront hit is judged by F8, not here.
      return amount / ctx.param('affordability.oneOffSpreadMonths');
    case 'per-use':
      return uses === null ? null : amount * uses;
    default:
      return null;
  }
}

/** The adult and child amounts of a price, today or before the proposal (a child amount falls back to the adult one). */
function amounts(item: Obj, set: PriceSet): { adult: number | null; child: number | null } {
  const [a, c] = set === 'current' ? ['amount', 'childAmount'] : ['previousAmount', 'previousChildAmount'];
  const adult = num(item[a]);
  return { adult, child: num(item[c]) ?? adult };
}

/**
 * Monthly cost for one user (F1 compares it with a single person's leefloon). Prices charged only
 * for children are not paid by that adult, so they count only when the service is for children
 * alone, and then at the child amount. Uses follow the single person on leefloon where given.
 */
export function userMonthlyCost(items: Obj[], ctx: FactContext, set: PriceSet = 'current'): number | null {
  const single = ctx.households.find((h) => h.id === SINGLE_ID) ?? null;
  const forChildrenOnly = items.every((item) => item['per'] === 'child');
  let total = 0;
  for (const item of items) {
    if (item['per'] === 'child' && !forChildrenOnly) continue;
    const { adult, child } = amounts(item, set);
    const m = monthlyAmount(item, item['per'] === 'child' ? child : adult, ctx, usesFor(item, single, ctx));
    if (m === null) return null;
    total += m;
  }
  return total;
}

/** Monthly cost of the items for a household, multiplying per-person prices by who pays them. */
export function householdItemsCost(items: Obj[], h: HouseholdDefinition, ctx: FactContext, set: PriceSet = 'current'): number | null {
  const children = h.childrenUnder14 + h.children14Plus;
  let total = 0;
  for (const item of items) {
    const { adult, child } = amounts(item, set);
    const uses = usesFor(item, h, ctx);
    const adultM = monthlyAmount(item, adult, ctx, uses);
    const childM = monthlyAmount(item, child, ctx, uses);
    if (adultM === null || childM === null) return null;
    const per = item['per'] ?? 'person';
    if (per === 'household') total += adultM;
    else if (per === 'adult') total += adultM * h.adults;
    else if (per === 'child') total += childM * children;
    else total += adultM * h.adults + childM * children;
  }
  return total;
}

/**
 * Travel per month from the reachability section: 0 when there is no place to go or no visit,
 * cost × visits when both are known, null otherwise.
 */
export function travelPerMonth(input: Obj): number | null {
  const perVisit = num(at(input, 'reachability.travelCostPerVisit'));
  const visits = num(at(input, 'reachability.visitsPerMonth'));
  const place = at(input, 'screening.triggers.place');
  if (place === 'no' || place === 'nee' || place === false) return 0;
  if (perVisit === 0 || visits === 0) return 0;
  return perVisit !== null && visits !== null ? perVisit * visits : null;
}

/** The social tariff as the input describes it. */
export interface TariffTerms {
  exists: boolean | null;
  discount: number | null;
  rule: EligibilityRule;
  /** Granted by itself to whoever has a listed status. */
  automatic: boolean | null;
  /** Granted by itself also through the income route (e.g. from tax data); otherwise people apply. */
  incomeRouteAutomatic: boolean | null;
  /** Discount of the social tariff before the proposal (0: there was none). */
  previousDiscount: number | null;
}

export function readTariff(st: Obj): TariffTerms {
  const discount = num(st['discount']);
  return {
    exists: answer(st['exists']) ?? (discount !== null && discount > 0 ? true : null),
    discount,
    rule: readEligibility(st),
    automatic: answer(st['automatic']),
    incomeRouteAutomatic: answer(st['incomeRouteAutomatic']),
    previousDiscount: num(st['previousDiscount']),
  };
}

/** Whether a household gets the social tariff, and how. `eligible` true with grant null: it has the right, but how it gets it is not known. */
export function tariffFor(h: HouseholdDefinition, income: number, t: TariffTerms, ctx: FactContext): { grant: Grant; eligible: boolean | null } {
  if (t.exists === false) return { grant: 'none', eligible: false };
  if (t.exists === null) return { grant: null, eligible: null };
  const e = eligibility(h, income, t.rule, ctx);
  if (e.eligible !== true) return { grant: e.eligible === false ? 'none' : null, eligible: e.eligible };
  const auto = e.route === 'income' ? t.incomeRouteAutomatic : t.automatic;
  return { grant: auto === null ? null : auto ? 'automatic' : 'on-request', eligible: true };
}

/** Take-up risk: true when the household pays the social price only if it asks for it. */
export function takeUpRisk(grant: Grant): boolean | null {
  return grant === null ? null : grant === 'on-request';
}

export interface HouseholdCost {
  /** null when the proposal states no price: the report then shows no household table. */
  rows: FactValue[] | null;
  /** Highest full-price share over the households; null when it could still change with unknown travel. */
  worstShare: number | null;
  /** Highest share of what the households really pay (social price where they get it). */
  worstPaidShare: number | null;
  /** Some household gets the social price only if it asks (true), none does (false), or not known. */
  takeUpRisk: boolean | null;
}

/** Worst share, unless unknown travel could still raise it out of the band it is in (a red share stays red). */
function worst(shares: (number | null)[], travel: number | null, ctx: FactContext): number | null {
  if (shares.length === 0 || shares.some((s) => s === null)) return null;
  const w = Math.max(...(shares as number[]));
  return travel === null && w <= ctx.param('affordability.costShare.red') ? null : w;
}

const share = (cost: number | null, income: number): number | null => (cost === null || income <= 0 ? null : round4(cost / income));
const plus = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : a + b);
const times = (a: number | null, b: number | null): number | null => (a === null || b === null ? null : a * b);

/**
 * One row per reference household: the full price, what it really pays with the social tariff it
 * gets (the social price when it is eligible, the full price otherwise), the take-up risk, the
 * income and shares, and the rise against the previous prices (full and as paid).
 */
export function householdCosts(input: Obj, prices: Obj[], others: Obj[], ctx: FactContext): HouseholdCost {
  if (prices.length === 0) return { rows: null, worstShare: null, worstPaidShare: null, takeUpRisk: null };
  const a = obj(input['affordability']);
  const t = readTariff(obj(a['socialTariff']));
  const region = regionOf(input);
  const travel = travelPerMonth(input);
  const rows: FactValue[] = [];
  const shares: (number | null)[] = [];
  const paidShares: (number | null)[] = [];
  const risks: (boolean | null)[] = [];
  for (const h of ctx.households) {
    const income = householdIncome(h, ctx, region);
    const fees = householdItemsCost(prices, h, ctx);
    const before = householdItemsCost(prices, h, ctx, 'previous');
    const fixed = plus(householdItemsCost(others, h, ctx), travel ?? 0);
    const { grant, eligible } = tariffFor(h, income, t, ctx);
    // The share of the full price the household pays: all of it unless it is eligible for the tariff.
    const kept = (d: number | null): number | null => (eligible !== true ? 1 : d === null ? null : 1 - d);
    const feesPaid = times(fees, kept(t.discount));
    const beforePaid = times(before, kept(t.previousDiscount));
    const cost = plus(fees, fixed);
    const paid = plus(feesPaid, fixed);
    const rise = fees === null || before === null ? null : fees - before;
    rows.push({
      household: h.id,
      income,
      monthlyCost: round4(cost),
      share: share(cost, income),
      socialTariff: grant,
      eligible,
      takeUpRisk: takeUpRisk(grant),
      paidCost: round4(paid),
      paidShare: share(paid, income),
      previousCost: round4(plus(before, fixed)),
      rise: round4(rise),
      riseShare: rise === null || before === null || before <= 0 ? null : round4(rise / before),
      // What the household pays more a month than before, after social tariffs; unknown while its tariff is.
      paidRise: eligible === null || feesPaid === null || beforePaid === null ? null : round4(feesPaid - beforePaid),
      travelIncluded: travel !== null,
    });
    shares.push(share(cost, income));
    paidShares.push(share(paid, income));
    risks.push(takeUpRisk(grant));
  }
  const anyRisk = risks.includes(true) ? true : risks.includes(null) ? null : false;
  return { rows, worstShare: worst(shares, travel, ctx), worstPaidShare: worst(paidShares, travel, ctx), takeUpRisk: anyRisk };
}

/** The household rows of an input, from its affordability section (null without a price). */
export function householdCostRows(input: Obj, ctx: FactContext): FactValue[] | null {
  const a = obj(input['affordability']);
  const list = (v: unknown): Obj[] => (Array.isArray(v) ? v.map(obj) : []);
  return householdCosts(input, list(a['prices']), list(a['otherCosts']), ctx).rows;
}
