// Reachability facts (M1–M7): travel time, frequency and cost from deprived areas, service-point changes, building.
import type { FactContext, Facts } from '../../types.js';
import type { FactInput } from './types.js';
import { answer, at, coverage, num, obj, or3, round4, str } from './read.js';

/** Changes that take a service point further away from some users (M3). */
const REDUCING = new Set(['moves', 'centralises', 'closes']);
/** Changes that keep or bring the service as close as before (M3 passes). */
const NOT_REDUCING = new Set(['none', 'opens', 'moves-closer']);

/** Buses or trams per hour, from the frequency itself or from the minutes between two departures. */
function busesPerHour(perHour: number | null, minutesBetween: number | null): number | null {
  if (perHour !== null) return perHour;
  return minutesBetween !== null && minutesBetween > 0 ? round4(60 / minutesBetween) : null;
}

export function reachabilityFacts(input: FactInput, ctx: FactContext): Facts {
  const r = obj(at(input, 'reachability'));
  const leefloon = ctx.param('income.leefloon.single');
  const cost = num(r['travelCostPerVisit']);
  const visits = num(r['visitsPerMonth']);
  const change = str(r['locationChange']);
  const knownChange = change !== null && (REDUCING.has(change) || NOT_REDUCING.has(change)) ? change : null;
  // A free trip costs nothing however often it is made; otherwise both figures are needed.
  const monthlyCost = cost === 0 ? 0 : cost !== null && visits !== null ? cost * visits : null;

  return {
    'reachability.travelTimeMinutes': num(r['travelTimeMinutes']),
    'reachability.reachableOnFoot': answer(r['reachableOnFoot']),
    'reachability.busesPerHour': busesPerHour(num(r['busesPerHour']), num(r['minutesBetweenBuses'])),
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
