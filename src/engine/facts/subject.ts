// Subject facts: what kind of assessment this is, in which region, and which body decides, for rules and text variants.
import { isDecidingBody } from '../../i18n.js';
import type { Facts } from '../../types.js';
import type { FactInput } from './types.js';
import { at } from './read.js';

/**
 * Without a region the subject is Flemish: the pack was written for Flemish local government first.
 * Without a deciding body it is the region's usual one: the college in Flanders, the CPAS council
 * (conseil de l'action sociale / raad voor maatschappelijk welzijn) in Brussels.
 */
export function subjectFacts(input: FactInput): Facts {
  const region = at(input, 'meta.region') === 'brussels' ? 'brussels' : 'flanders';
  const body = at(input, 'meta.decidingBody');
  return {
    'subject.kind': input['kind'] === 'service-audit' ? 'service-audit' : 'proposal',
    'subject.region': region,
    'subject.decidingBody': isDecidingBody(body) ? body : region === 'brussels' ? 'cas' : 'college',
  };
}
