// Screening facts: the dimension triggers of REFERENCE §3 (true, false, or null = treat as applicable).
import type { Facts } from '../../types.js';
import type { FactInput } from './types.js';
import { answer, at, list, obj, str } from './read.js';

/** The axes of the Brussels homelessness masterplan (Bruss'help 2024), and 'none'. */
export const MASTERPLAN_AXES = ['prevention', 'quick-action', 'support-stabilisation', 'institutional-violence', 'none'] as const;

const TRIGGERS = ['price', 'right', 'application', 'digital', 'place', 'opening', 'contact'] as const;

export function screeningFacts(input: FactInput): Facts {
  const triggers = obj(at(input, 'screening.triggers'));
  const facts: Facts = {};
  for (const name of TRIGGERS) facts[`trigger.${name}`] = answer(triggers[name]);
  const domains = list(at(input, 'screening.lifeDomains')).map(obj);
  const groups = list(at(input, 'screening.groups')).map(obj);
  facts['screening.lifeDomainCount'] = domains.length;
  facts['screening.negativeDomains'] = domains.filter((d) => d['direction'] === '-').map((d) => String(d['domain']));
  facts['screening.groupCount'] = groups.length;
  facts['screening.negativeGroups'] = groups.filter((g) => g['direction'] === '-').map((g) => String(g['group']));
  facts['screening.unknownGroups'] = groups
    .filter((g) => g['direction'] === 'unknown' || g['direction'] === 'onbekend')
    .map((g) => String(g['group']));
  // Which axis of the Brussels masterplan the proposal says it serves ('none' when it serves none); null when not said.
  const axis = str(at(input, 'screening.masterplanAxis'));
  facts['screening.masterplanAxis'] = axis !== null && (MASTERPLAN_AXES as readonly string[]).includes(axis) ? axis : null;
  return facts;
}
