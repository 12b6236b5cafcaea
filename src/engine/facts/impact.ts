// Impact facts: income effect per reference household, poverty direction, life domains, alternatives, mitigations, evidence, cliffs, loneliness (E1–E8).
import type { FactValue, Facts, FactContext, HouseholdDefinition } from '../../types.js';
import type { FactInput } from './types.js';
import { answer, at, list, num, obj, round4, str, type Obj } from './read.js';
import { householdCostRows, monthlyAmount } from './affordability/costs.js';
import { eligibility, householdIncome, readEligibility, regionOf } from './households.js';

const DIRECTIONS = new Set(['+', '0', '-']);
const POVERTY_DIRECTIONS = new Set(['fewer', 'same', 'more']);

/** The premium of the rights section, per month, for one household: 0 when it gets none, null when not known. */
function premiumFor(h: HouseholdDefinition, income: number, premium: Obj, ctx: FactContext): number | null {
  const monthly = monthlyAmount(premium, num(premium['amount']), ctx, null);
  if (monthly === null) return null;
  const { eligible } = eligibility(h, income, readEligibility(premium), ctx);
  if (eligible !== true) return eligible === false ? 0 : null;
  const children = h.childrenUnder14 + h.children14Plus;
  const per = premium['per'] ?? 'household';
  const count = per === 'person' ? h.adults + children : per === 'adult' ? h.adults : per === 'child' ? children : 1;
  return monthly * count;
}

/**
 * The effect a household's row can be derived from when the input does not state it: the premium it
 * gets minus what it pays more for the prices (after social tariffs, against the previous prices).
 * Only when the proposal states a price or a premium; null where a part is not known.
 */
function derivedEffects(input: FactInput, ctx: FactContext): Map<string, number> {
  const out = new Map<string, number>();
  const premium = obj(at(input, 'rights.premium'));
  const hasPremium = num(premium['amount']) !== null;
  const rows = new Map((householdCostRows(input, ctx) ?? []).map((r) => [String(obj(r)['household']), obj(r)]));
  if (rows.size === 0 && !hasPremium) return out;
  const region = regionOf(input);
  for (const h of ctx.households) {
    const row = rows.get(h.id);
    const priceRise = row === undefined ? 0 : num(row['paidRise']);
    const gain = hasPremium ? premiumFor(h, householdIncome(h, ctx, region), premium, ctx) : 0;
    if (priceRise !== null && gain !== null) out.set(h.id, round4(gain - priceRise) ?? 0);
  }
  return out;
}

/**
 * E1: the net monthly effect per reference household of rules/households.json, as € and as a share
 * of its income. A stated effect wins; otherwise the effect derived from prices and premium.
 */
function householdFacts(input: FactInput, ctx: FactContext): Facts {
  const given = new Map<string, number>();
  for (const e of list(at(input, 'impact.householdEffects')).map(obj)) {
    const effect = num(e['monthlyEffect']);
    const id = str(e['household']);
    if (id !== null && effect !== null && !given.has(id)) given.set(id, effect);
  }
  const derived = derivedEffects(input, ctx);
  const region = regionOf(input);
  const rows: FactValue[] = [];
  const known = new Map<string, number>();
  let maxLoss: number | null = null;
  for (const h of ctx.households) {
    const stated = given.get(h.id);
    const effect = stated ?? derived.get(h.id);
    if (effect === undefined) continue;
    known.set(h.id, effect);
    const income = householdIncome(h, ctx, region);
    const share = income > 0 ? round4(effect / income) : null;
    rows.push({ household: h.id, monthlyEffect: effect, income, incomeShare: share, derived: stated === undefined });
    // A gain counts as a loss of 0 so that maxLossShare is 0 when nobody loses.
    if (share !== null) maxLoss = Math.max(maxLoss ?? 0, -share);
  }
  const complete = ctx.households.every((h) => known.has(h.id));
  const anyLoses = [...known.values()].some((v) => v < 0);
  return {
    'impact.householdEffects': rows,
    // Never false: a missing household is "not known", which keeps E1 unknown instead of failing.
    'impact.allHouseholdsGiven': known.size > 0 && complete ? true : null,
    'impact.anyHouseholdLoses': anyLoses ? true : known.size > 0 && complete ? false : null,
    'impact.maxLossShare': maxLoss === null ? null : round4(maxLoss),
  };
}

interface Negative {
  label: string;
  /** null: no list of mitigations was given, so whether it is mitigated is not known. */
  mitigated: boolean | null;
}

/**
 * E3/E5: every negative effect, from the impact list and from the screening's negative life domains and
 * groups. A screening negative counts as mitigated only through an impact entry naming it with a mitigation.
 */
function negatives(input: FactInput): { items: Negative[]; unmitigatedDomains: string[] | null; known: boolean } {
  const raw = at(input, 'impact.negativeEffects');
  const listed = Array.isArray(raw) ? raw.map(obj) : null;
  const items: Negative[] = (listed ?? []).map((e) => ({
    label: String(e['effect']),
    mitigated: str(e['mitigation']) !== null,
  }));
  const covered = (key: 'domain' | 'group', value: string): boolean | null => {
    if (listed === null) return null;
    return listed.some((e) => e[key] === value && str(e['mitigation']) !== null);
  };
  const named = (key: 'domain' | 'group', value: string): boolean => (listed ?? []).some((e) => e[key] === value);
  const domainsRaw = at(input, 'screening.lifeDomains');
  const groupsRaw = at(input, 'screening.groups');
  const negDomains = list(domainsRaw)
    .map(obj)
    .filter((d) => d['direction'] === '-')
    .map((d) => String(d['domain']));
  const negGroups = list(groupsRaw)
    .map(obj)
    .filter((g) => g['direction'] === '-')
    .map((g) => String(g['group']));
  // Screening negatives not already listed as an effect of their own are added, so none is counted twice.
  for (const d of negDomains) if (!named('domain', d)) items.push({ label: `domain:${d}`, mitigated: covered('domain', d) });
  for (const g of negGroups) if (!named('group', g)) items.push({ label: `group:${g}`, mitigated: covered('group', g) });
  const domainStatus = negDomains.map((d) => covered('domain', d));
  const unmitigatedDomains = domainStatus.includes(null) ? null : negDomains.filter((_, i) => domainStatus[i] === false);
  const known = listed !== null || Array.isArray(domainsRaw) || Array.isArray(groupsRaw);
  return { items, unmitigatedDomains, known };
}

/** no-negatives / all / some / none; null when a mitigation is unknown or nothing was said about effects. */
function coverage(items: Negative[], known: boolean): string | null {
  if (items.length === 0) return known ? 'no-negatives' : null;
  if (items.some((i) => i.mitigated === null)) return null;
  const done = items.filter((i) => i.mitigated).length;
  return done === items.length ? 'all' : done > 0 ? 'some' : 'none';
}

/** E3: complete / some-unknown / unmitigated-negative / none-named; null when the screening lists no domains. */
function domainAssessment(input: FactInput, unmitigated: string[] | null): string | null {
  const raw = at(input, 'screening.lifeDomains');
  if (!Array.isArray(raw)) return null;
  const domains = raw.map(obj);
  const assessed = domains.filter((d) => DIRECTIONS.has(String(d['direction']))).length;
  if (assessed === 0) return 'none-named';
  if (unmitigated === null) return null;
  if (unmitigated.length > 0) return 'unmitigated-negative';
  return assessed < domains.length ? 'some-unknown' : 'complete';
}

/** E6: true with any local source, false with only 'none', null when unanswered. */
function localEvidence(sources: string[] | null): boolean | null {
  if (sources === null || sources.length === 0) return null;
  return sources.some((s) => s !== 'none');
}

/** E8: the direction of the effect on social contact, and whether a loss of contact is softened. */
function lonelinessFacts(i: Record<string, unknown>): Facts {
  const raw = str(i['lonelinessEffect']);
  const effect = raw !== null && DIRECTIONS.has(raw) ? raw : null;
  return {
    'impact.lonelinessEffect': effect,
    'impact.lonelinessMitigated': effect === '-' ? str(i['lonelinessMitigation']) !== null : null,
  };
}

export function impactFacts(input: FactInput, ctx: FactContext): Facts {
  const i = obj(at(input, 'impact'));
  const neg = negatives(input);
  const direction = str(i['povertyDirection']);
  const alternatives = list(i['alternatives']).map(String);
  const sources = Array.isArray(i['localEvidence']) ? list(i['localEvidence']).map(String) : null;
  return {
    ...householdFacts(input, ctx),
    'impact.povertyDirection': direction !== null && POVERTY_DIRECTIONS.has(direction) ? direction : null,
    'impact.domainAssessment': domainAssessment(input, neg.unmitigatedDomains),
    'impact.unmitigatedDomains': neg.unmitigatedDomains,
    // A named alternative answers "were alternatives considered?" even when the yes/no was left open.
    'impact.alternativesConsidered': answer(i['alternativesConsidered']) ?? (alternatives.length > 0 ? true : null),
    'impact.alternativesCompared': answer(i['alternativesCompared']),
    'impact.alternatives': alternatives,
    'impact.negativeEffectCount': neg.items.length,
    'impact.mitigationCoverage': coverage(neg.items, neg.known),
    'impact.unmitigatedEffects': neg.items.filter((n) => n.mitigated === false).map((n) => n.label),
    'impact.localEvidence': localEvidence(sources),
    'impact.localEvidenceSources': (sources ?? []).filter((s) => s !== 'none'),
    'impact.hasEligibilityThreshold': answer(i['hasEligibilityThreshold']),
    'impact.thresholdEffectsChecked': answer(i['thresholdEffectsChecked']),
    'impact.gradualPhaseOut': answer(i['gradualPhaseOut']),
    ...lonelinessFacts(i),
  };
}
