// Cooperation facts (C1–C4): warm referral, one reference person, cooperation across sectors, no wrong door.
import type { Facts } from '../../types.js';
import type { FactInput } from './types.js';
import { answer, at, obj, str } from './read.js';

const REFERRALS = new Set(['warm', 'partly-warm', 'cold']);

/** Number of partner sectors; 0 for an explicit 'none'; null when the list is empty or absent (unanswered). */
function sectorCount(raw: unknown): number | null {
  if (!Array.isArray(raw) || raw.length === 0) return null;
  const sectors = raw.map(String);
  return sectors.filter((s) => s !== 'none').length;
}

export function cooperationFacts(input: FactInput): Facts {
  const c = obj(at(input, 'cooperation'));
  const referral = str(c['referral']);
  const sectorsRaw = c['partnerSectors'];
  return {
    'cooperation.referral': referral !== null && REFERRALS.has(referral) ? referral : null,
    'cooperation.referencePerson': answer(c['referencePerson']),
    'cooperation.partnerSectorCount': sectorCount(sectorsRaw),
    'cooperation.partnerSectors': Array.isArray(sectorsRaw) ? sectorsRaw.map(String).filter((s) => s !== 'none') : [],
    'cooperation.caseConsultation': answer(c['caseConsultation']),
    'cooperation.noWrongDoor': answer(c['noWrongDoor']),
    'cooperation.integratedReception': answer(c['integratedReception']),
  };
}
