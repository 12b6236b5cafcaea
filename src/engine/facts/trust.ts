// Trust facts: visible distinction, discretion, intake, staff, proportionate controls, complaints, feedback (TR1–TR7),
// and institutional violence: sanctions, control visits, paternalism (TR8–TR10).
import type { Facts, FactContext } from '../../types.js';
import type { FactInput } from './types.js';
import { answer, at, obj, or3 } from './read.js';

export function trustFacts(input: FactInput, _ctx: FactContext): Facts {
  const t = obj(at(input, 'trust'));
  const markers = obj(t['visibleMarkers']);
  const sanctions = obj(t['sanctions']);
  const visits = obj(t['controlVisits']);
  const paternalism = obj(t['paternalism']);
  return {
    // One visible marker is enough to single people out; unknown only when no marker is known to exist.
    'trust.visibleDistinction': or3(answer(markers['separateQueue']), answer(markers['recognisableCardOrVoucher']), answer(markers['namedLists'])),
    'trust.privateCounter': answer(t['privateCounter']),
    'trust.separateRoom': answer(t['separateRoom']),
    'trust.singleIntake': answer(t['singleIntake']),
    'trust.consentForDataReuse': answer(t['consentForDataReuse']),
    'trust.staffTrained': answer(t['staffTrained']),
    'trust.expertsByExperience': answer(t['expertsByExperienceEmployed']),
    'trust.addsControls': answer(t['addsControls']),
    'trust.proportionalityAssessed': answer(t['proportionalityAssessed']),
    'trust.createsFear': answer(t['createsFear']),
    'trust.complaintsProcedure': answer(t['complaintsProcedure']),
    'trust.complaintsMadeKnown': answer(t['complaintsMadeKnown']),
    'trust.userFeedback': answer(t['userFeedback']),
    'trust.sanctionsUsed': answer(sanctions['used']),
    'trust.sanctionHearing': answer(sanctions['hearingBefore']),
    'trust.sanctionsProportionate': answer(sanctions['proportionate']),
    'trust.controlVisitsUsed': answer(visits['used']),
    'trust.controlVisitsAnnounced': answer(visits['announced']),
    'trust.controlVisitsLimited': answer(visits['limitedToNeeded']),
    'trust.paternalisticConditions': answer(paternalism['conditionsOnLife']),
    'trust.userChooses': answer(paternalism['userChooses']),
  };
}
