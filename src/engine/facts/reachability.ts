// Facts for the reachability dimension (REFERENCE §5). Placeholder until its checks are written.
import type { Facts, FactContext } from '../../types.js';
import type { FactInput } from './types.js';

export function reachabilityFacts(_input: FactInput, _ctx: FactContext): Facts {
  return {};
}
