// Rights facts (D2, R1–R8): automatic granting, outreach, steps and documents, take-up and its monitoring.
import type { Facts, FactContext } from '../../types.js';
import type { FactInput } from './types.js';
import { answer, list, num, obj, str, type Obj } from './read.js';

const GRANTING = new Set(['automatic', 'partly-automatic', 'on-request']);

/** 'several' / 'one' / 'none' outreach channels; a bare "yes" without channels counts as one. */
function outreachLevel(proactive: boolean | null, channels: string[], min: number): string | null {
  if (proactive === false) return 'none';
  if (channels.length >= min) return 'several';
  if (channels.length > 0 || proactive === true) return 'one';
  return null;
}

/**
 * How many documents the citizen must supply (R4, A10): the count, else the named documents (a
 * non-empty list), else none when the right is granted automatically; null when not known.
 */
export function documentsToSupply(r: Obj): number | null {
  const named = list(r['documentsAsked']);
  return num(r['documentsToSupply']) ?? (named.length > 0 ? named.length : r['granting'] === 'automatic' ? 0 : null);
}

export function rightsFacts(input: FactInput, ctx: FactContext): Facts {
  const r = obj(input['rights']);
  const granting = str(r['granting']);
  const g = granting !== null && GRANTING.has(granting) ? granting : null;
  const automatic = g === null ? null : g === 'automatic';
  const sources = list(r['dataSources']).map(String);
  const channels = list(r['outreachChannels']).map(String);
  const expected = num(r['expectedTakeUp']);
  // Automatic granting means no step and no document for the citizen, unless the input says otherwise.
  const whenAutomatic = automatic === true ? 0 : null;
  const toSupply = documentsToSupply(r);
  const target = num(r['takeUpTarget']);

  return {
    'rights.granting': g,
    'rights.fullyAutomatic': automatic,
    'rights.dataAvailable': answer(r['dataAvailable']) ?? (sources.length > 0 ? true : null),
    'rights.dataSources': sources,
    'rights.outreachLevel': outreachLevel(answer(r['proactiveOutreach']), channels, ctx.param('rights.outreachChannelsMin')),
    'rights.outreachChannels': channels,
    'rights.steps': num(r['steps']) ?? whenAutomatic,
    'rights.documentsToSupply': toSupply,
    // Nothing to supply means nothing the administration could have fetched itself.
    'rights.retrievableDocuments': num(r['retrievableDocuments']) ?? (toSupply === 0 ? 0 : whenAutomatic),
    'rights.documentsAsked': list(r['documentsAsked']).map(String),
    'rights.takeUpEstimated': expected !== null ? true : answer(r['takeUpEstimated']),
    'rights.expectedTakeUp': expected,
    // A target that is filled in has been set; "no" is a known gap (R5 fails or is partial), unlike an empty field.
    'rights.takeUpTargetSet': target !== null ? true : answer(r['takeUpTargetSet']),
    'rights.takeUpTarget': target,
    'rights.takeUpMonitored': answer(r['takeUpMonitored']),
    'rights.changingSituationsMonitored': answer(r['changingSituationsMonitored']),
    'rights.inSociaalHuis': answer(r['inSociaalHuis']),
    'rights.inRechtenverkenner': answer(r['inRechtenverkenner']),
    'rights.staffInstructed': answer(r['staffInstructed']),
  };
}
