// Reachability facts (M1–M6): travel time and cost from deprived areas, service-point changes, building.
import type { FactContext, Facts } from '../../types.js';
import type { FactInput } from './types.js';
import { answer, at, coverage, num, obj, or3, round4, str } from './read.js';

/** Changes that take a service point further away from some users (REFERENCE M3). */
const REDUCING = new Set(['moves', 'centralises', 'closes']);

export function reachabilityFacts(input: FactInput, ctx: FactContext): Facts {
  const r = obj(at(input, 'reachability'));
  const leefloon = ctx.param('income.leefloon.single');
  const cost = num(r['travelCostPerVisit']);
  const visits = num(r['visitsPerMonth']);
  const change = str(r['locationChange']);
  const knownChange = change !== null && change !== 'unknown' ? change : null;
  // A free trip costs nothing however often it is made; otherwise both figures are needed.
  const monthlyCost = cost === 0 ? 0 : cost !== null && visits !== null ? cost * visits : null;

  return {
    'reachability.travelTimeMinutes': num(r['travelTimeMinutes']),
    'reachability.travelCostPerVisit': cost,
    'reachability.visitsPerMonth': visits,
    'reachability.travelCostShare': cost === null ? null : round4(cost / leefloon),
    'reachability.monthlyTravelCost': monthlyCost === null ? null : round4(monthlyCost),
    'reachability.monthlyTravelCostShare': monthlyCost === null ? null : round4(monthlyCost / leefloon),
    'reachability.locationChange': knownChange,
    'reachability.servicePointReduced': knownChange === null ? null : REDUCING.has(knownChange),
    'reachability.outreach': or3(answer(r['decentralOfficeHours']), answer(r['outreach']), answer(r['homeVisits'])),
    'reachability.accessibleBuilding': coverage([answer(r['stepFree']), answer(r['accessibleToilet']), answer(r['seating'])]),
    'reachability.childrenWelcome': answer(r['childrenWelcome']),
  };
}
