// All fact modules, and the derivation of the complete fact map for one input.
import type { FactContext, Facts } from '../../types.js';
import type { FactInput, FactModule } from './types.js';
import { subjectFacts } from './subject.js';
import { screeningFacts } from './screening.js';
import { participationFacts } from './participation.js';
import { affordabilityFacts } from './affordability.js';
import { rightsFacts } from './rights.js';
import { administrationFacts } from './administration.js';
import { digitalFacts } from './digital.js';
import { informationFacts } from './information.js';
import { reachabilityFacts } from './reachability.js';
import { timeFacts } from './time.js';
import { trustFacts } from './trust.js';
import { fitFacts } from './fit.js';
import { impactFacts } from './impact.js';
import { monitoringFacts } from './monitoring.js';
import { housingFacts } from './housing.js';
import { healthFacts } from './health.js';
import { cooperationFacts } from './cooperation.js';

export const FACT_MODULES: readonly FactModule[] = [
  subjectFacts,
  screeningFacts,
  participationFacts,
  affordabilityFacts,
  rightsFacts,
  administrationFacts,
  digitalFacts,
  informationFacts,
  reachabilityFacts,
  timeFacts,
  trustFacts,
  fitFacts,
  impactFacts,
  monitoringFacts,
  housingFacts,
  healthFacts,
  cooperationFacts,
];

export function deriveFacts(input: FactInput, ctx: FactContext): Facts {
  const facts: Facts = {};
  for (const mod of FACT_MODULES) Object.assign(facts, mod(input, ctx));
  return facts;
}

/** A context for listing fact names: every parameter reads as 1. */
const PROBE_CTX: FactContext = { referenceDate: '2025-01-01', param: () => 1, households: [] };
let names: Set<string> | undefined;

/** The names every input produces (modules return the same keys for any input). */
export function knownFactNames(): Set<string> {
  names ??= new Set(Object.keys(deriveFacts({ kind: 'proposal', meta: {} }, PROBE_CTX)));
  return names;
}
