// Subject facts: what kind of assessment this is and in which region, for rules and text variants.
import type { Facts } from '../../types.js';
import type { FactInput } from './types.js';
import { at } from './read.js';

/** Without a region the subject is Flemish: the pack was written for Flemish local government first. */
export function subjectFacts(input: FactInput): Facts {
  const region = at(input, 'meta.region');
  return {
    'subject.kind': input['kind'] === 'service-audit' ? 'service-audit' : 'proposal',
    'subject.region': region === 'brussels' ? 'brussels' : 'flanders',
  };
}
