// Screening facts: the dimension triggers (true, false, or null = treat as applicable), life domains and groups.
import type { Facts } from '../../types.js';
import type { FactInput } from './types.js';
import { answer, at, list, obj, str } from './read.js';

/** The axes of the Brussels homelessness masterplan (Bruss'help 2024), and 'none'. */
export const MASTERPLAN_AXES = ['prevention', 'quick-action', 'support-stabilisation', 'institutional-violence', 'none'] as const;

const TRIGGERS = ['price', 'right', 'application', 'digital', 'place', 'opening', 'contact'] as const;

/**
 * Triggers of the themes added later (housing, health, support), which older inputs never
 * answered. An explicit answer wins; otherwise the rest of the screening decides where it can:
 * - housing: the listed life domains (a non-empty list) say whether housing is touched;
 * - health: a domain list without welfare and health rules it out (with it, health stays open);
 * - support: users who never meet staff are neither helped nor referred.
 */
function laterTriggers(triggers: Record<string, unknown>, domainsRaw: unknown): Facts {
  // An empty list is an unanswered form field, not "no domain touched".
  const listed = list(domainsRaw).map((d) => String(obj(d)['domain']));
  const domains = listed.length > 0 ? listed : null;
  const contact = answer(triggers['contact']);
  return {
    'trigger.housing': answer(triggers['housing']) ?? (domains === null ? null : domains.includes('housing')),
    'trigger.health': answer(triggers['health']) ?? (domains !== null && !domains.includes('welfare-health') ? false : null),
    'trigger.support': answer(triggers['support']) ?? (contact === false ? false : null),
  };
}

export function screeningFacts(input: FactInput): Facts {
  const triggers = obj(at(input, 'screening.triggers'));
  const facts: Facts = {};
  for (const name of TRIGGERS) facts[`trigger.${name}`] = answer(triggers[name]);
  const domainsRaw = at(input, 'screening.lifeDomains');
  Object.assign(facts, laterTriggers(triggers, domainsRaw));
  const domains = list(domainsRaw).map(obj);
  const groups = list(at(input, 'screening.groups')).map(obj);
  facts['screening.lifeDomainCount'] = domains.length;
  facts['screening.negativeDomains'] = domains.filter((d) => d['direction'] === '-').map((d) => String(d['domain']));
  facts['screening.groupCount'] = groups.length;
  facts['screening.negativeGroups'] = groups.filter((g) => g['direction'] === '-').map((g) => String(g['group']));
  facts['screening.unknownGroups'] = groups.filter((g) => g['direction'] === 'unknown' || g['direction'] === 'onbekend').map((g) => String(g['group']));
  // Which axis of the Brussels masterplan the proposal says it serves ('none' when it serves none); null when not said.
  const axis = str(at(input, 'screening.masterplanAxis'));
  facts['screening.masterplanAxis'] = axis !== null && (MASTERPLAN_AXES as readonly string[]).includes(axis) ? axis : null;
  return facts;
}
