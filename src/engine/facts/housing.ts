// Housing facts (H1–H4): rental deposit, early signals of arrears and eviction, preventive support, shelter after an eviction.
import type { Facts } from '../../types.js';
import type { FactInput } from './types.js';
import { answer, section } from './read.js';

export function housingFacts(input: FactInput): Facts {
  const h = section(input, 'housing');
  return {
    'housing.depositSupport': answer(h.depositSupport),
    'housing.depositRecognisable': answer(h.depositRecognisable),
    'housing.evictionNoticeFollowUp': answer(h.evictionNoticeFollowUp),
    'housing.arrearsEarlySignal': answer(h.arrearsEarlySignal),
    'housing.preventiveHousingSupport': answer(h.preventiveHousingSupport),
    'housing.landlordMediation': answer(h.landlordMediation),
    'housing.emergencyHousing': answer(h.emergencyHousing),
  };
}
