// Reference households: their income in a region, their size on the equivalence scale, and who is eligible for a reduction.
import type { FactContext, HouseholdDefinition } from '../../types.js';
import { answer, list, num, round4, type Obj } from './read.js';

export type Region = 'flanders' | 'brussels';
/** How a household gets a social tariff: by itself, only if it asks, not at all, or not known. */
export type Grant = 'automatic' | 'on-request' | 'none' | null;

const STATUSES = new Set(['increased-reimbursement', 'leefloon', 'igo', 'debt-settlement', 'budget-guidance']);

/** The household's monthly income: the sum of its income parameters that count in the region. */
export function householdIncome(h: HouseholdDefinition, ctx: FactContext, region: Region): number {
  let total = 0;
  for (const part of h.income) {
    if (part.region !== undefined && part.region !== region) continue;
    const factor = part.factorParam === undefined ? 1 : ctx.param(part.factorParam);
    total += ctx.param(part.param) * (part.count ?? 1) * factor;
  }
  return round4(total) ?? 0;
}

/** Size of the household on the modified OECD scale (1 for the first adult, 0.5 per other person 14+, 0.3 per child under 14). */
export function equivalenceScale(h: HouseholdDefinition, ctx: FactContext): number {
  const others14 = h.adults - 1 + h.children14Plus;
  return (
    ctx.param('income.equivalence.firstAdult') +
    others14 * ctx.param('income.equivalence.otherPerson14Plus') +
    h.childrenUnder14 * ctx.param('income.equivalence.childUnder14')
  );
}

/** Who is eligible for a reduction (a social tariff or a premium), as the input describes it. */
export interface EligibilityRule {
  /** Statuses that give access; null when not stated. */
  statuses: string[] | null;
  /** Whether an income route exists; null when not stated. */
  incomeTest: boolean | null;
  /** Income ceiling as a share of the household's poverty threshold. */
  ceilingShare: number | null;
  /** Income ceiling in € a month for a single person, scaled to other households by the equivalence scale. */
  ceilingSingle: number | null;
  /** Everybody gets it, whatever their income or status. */
  everyone: boolean | null;
}

export function readEligibility(o: Obj): EligibilityRule {
  return {
    statuses: Array.isArray(o['statuses'])
      ? list(o['statuses'])
          .map(String)
          .filter((s) => STATUSES.has(s))
      : null,
    incomeTest: answer(o['incomeTest']),
    ceilingShare: num(o['incomeCeilingShare']),
    ceilingSingle: num(o['incomeCeilingSingle']),
    everyone: answer(o['everyone']),
  };
}

/** Eligible or not (null: not known), and through which route: a status or the income test. */
export interface Eligible {
  eligible: boolean | null;
  route: 'status' | 'income' | null;
}

/**
 * A household is eligible through a status it has that the rule lists, or through an income at or
 * below the ceiling for its size. A ceiling given counts as an income test; without a ceiling an
 * income route that exists, or may exist, leaves a household without a listed status unknown.
 */
export function eligibility(h: HouseholdDefinition, income: number, rule: EligibilityRule, ctx: FactContext): Eligible {
  if (rule.everyone === true) return { eligible: true, route: 'status' };
  const byStatus = rule.statuses === null ? null : h.statuses.some((s) => rule.statuses?.includes(s));
  if (byStatus === true) return { eligible: true, route: 'status' };
  const scale = equivalenceScale(h, ctx);
  const ceiling =
    rule.ceilingShare !== null
      ? rule.ceilingShare * ctx.param('income.povertyThreshold.single') * scale
      : rule.ceilingSingle !== null
        ? rule.ceilingSingle * scale
        : null;
  const byIncome = rule.incomeTest === false ? false : ceiling !== null ? income <= ceiling + 0.005 : null;
  if (byIncome === true) return { eligible: true, route: 'income' };
  if (byStatus === false && byIncome === false) return { eligible: false, route: null };
  return { eligible: null, route: null };
}

/** The region of the input (meta.region); Flanders when not given, like the subject.region fact. */
export function regionOf(input: Obj): Region {
  const meta = input['meta'];
  return meta !== null && typeof meta === 'object' && (meta as Obj)['region'] === 'brussels' ? 'brussels' : 'flanders';
}
