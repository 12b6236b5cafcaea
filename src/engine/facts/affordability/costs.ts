// Monthly cost arithmetic for affordability: one price for one user, and the cost for a reference household.
import type { FactContext, FactValue, HouseholdDefinition } from '../../../types.js';
import { at, num, round4, type Obj } from '../read.js';

/** Months per year: an annual price counts as one twelfth a month. */
const MONTHS_PER_YEAR = 12;

/** The monthly amount of one cost item for one payer; null when its frequency or use is not known. */
export function monthlyAmount(item: Obj, amount: number | null, ctx: FactContext): number | null {
  if (amount === null) return null;
  switch (item['frequency']) {
    case 'per-month':
      return amount;
    case 'per-year':
      return amount / MONTHS_PER_YEAR;
    case 'once':
      // Spread over a parameter number of months: the full upfront hit is judged by F8, not here.
      return amount / ctx.param('affordability.oneOffSpreadMonths');
    case 'per-use': {
      const uses = num(item['usesPerMonth']);
      return uses === null ? null : amount * uses;
    }
    default:
      return null;
  }
}

/**
 * Monthly cost for one user (F1 compares it with a single person's leefloon). Prices charged only
 * for children are not paid by that adult, so they count only when the service is for children
 * alone, and then at the child amount.
 */
export function userMonthlyCost(items: Obj[], ctx: FactContext): number | null {
  const forChildrenOnly = items.every((item) => item['per'] === 'child');
  let total = 0;
  for (const item of items) {
    if (item['per'] === 'child' && !forChildrenOnly) continue;
    const amount = item['per'] === 'child' ? (num(item['childAmount']) ?? num(item['amount'])) : num(item['amount']);
    const m = monthlyAmount(item, amount, ctx);
    if (m === null) return null;
    total += m;
  }
  return total;
}

/** Monthly cost of the items for a household, multiplying per-person prices by who pays them. */
export function householdItemsCost(items: Obj[], h: HouseholdDefinition, ctx: FactContext): number | null {
  const children = h.childrenUnder14 + h.children14Plus;
  let total = 0;
  for (const item of items) {
    const adultM = monthlyAmount(item, num(item['amount']), ctx);
    const childM = monthlyAmount(item, num(item['childAmount']) ?? num(item['amount']), ctx);
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

export interface HouseholdCost {
  /** null when the proposal states no price: the report then shows no household table. */
  rows: FactValue[] | null;
  /** Highest share over the households; null when it could still change with unknown travel. */
  worstShare: number | null;
}

/** One row per reference household: {household, monthlyCost, income, share}. */
export function householdCosts(input: Obj, prices: Obj[], others: Obj[], ctx: FactContext): HouseholdCost {
  if (prices.length === 0) return { rows: null, worstShare: null };
  const travel = travelPerMonth(input);
  const rows: FactValue[] = [];
  const shares: (number | null)[] = [];
  for (const h of ctx.households) {
    const fees = householdItemsCost(prices, h, ctx);
    const extra = householdItemsCost(others, h, ctx);
    const known = fees === null || extra === null ? null : fees + extra;
    const cost = known === null ? null : known + (travel ?? 0);
    const income = ctx.param(h.incomeParam);
    const share = cost === null || income <= 0 ? null : round4(cost / income);
    rows.push({ household: h.id, monthlyCost: round4(cost), income, share, travelIncluded: travel !== null });
    shares.push(share);
  }
  if (shares.length === 0 || shares.some((s) => s === null)) return { rows, worstShare: null };
  const worst = Math.max(...(shares as number[]));
  // Unknown travel can only raise the cost: a share already in the red band stays red.
  if (travel === null && worst <= ctx.param('affordability.costShare.red')) return { rows, worstShare: null };
  return { rows, worstShare: worst };
}

