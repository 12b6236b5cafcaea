// Facts for the trust dimension (REFERENCE §5). Placeholder until its checks are written.
import type { Facts, FactContext } from '../../types.js';
import type { FactInput } from './types.js';

export function trustFacts(_input: FactInput, _ctx: FactContext): Facts {
  return {};
}
