// Health facts (G1–G3): no upfront payment for care, the increased reimbursement, psychological help within reach.
import type { Facts } from '../../types.js';
import type { FactInput } from './types.js';
import { answer, num, section, str } from './read.js';

const THIRD_PARTY = new Set(['all-low-income', 'increased-reimbursement-only', 'none']);

export function healthFacts(input: FactInput): Facts {
  const h = section(input, 'health');
  const thirdParty = str(h.thirdPartyPayment);
  return {
    'health.thirdPartyPayment': thirdParty !== null && THIRD_PARTY.has(thirdParty) ? thirdParty : null,
    'health.increasedReimbursementChecked': answer(h.increasedReimbursementChecked),
    'health.psychologicalSupport': answer(h.psychologicalSupport),
    'health.psychologicalSupportCost': num(h.psychologicalSupportCostPerSession),
  };
}
