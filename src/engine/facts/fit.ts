// Fit facts: the need in the target group's own voice, effects per vulnerable group, household rules, companions, diversity, contact (S1–S6).
import type { Facts, FactContext } from '../../types.js';
import type { FactInput } from './types.js';
import { answer, at, list, obj } from './read.js';

/** Sources in which people in poverty speak themselves (check S1). */
const OWN_VOICE = new Set(['association', 'experts-by-experience', 'welfare-council', 'focus-group']);
const DIRECTIONS = new Set(['+', '0', '-']);

/** own-voice / indirect (only staff signals or figures) / none; null when the question was left open. */
function needVoice(raw: unknown): string | null {
  if (!Array.isArray(raw)) return null;
  const sources = list(raw).map(String);
  if (sources.some((s) => OWN_VOICE.has(s))) return 'own-voice';
  if (sources.some((s) => s !== 'none')) return 'indirect';
  // An explicit 'none' means not documented; an empty list is an unanswered form field.
  return sources.includes('none') ? 'none' : null;
}

/**
 * all-assessed / some-unknown / none-assessed for the groups of the screening section.
 * An empty list or one where every direction is unknown counts as "none assessed"; an absent list is unknown.
 */
function groupAssessment(raw: unknown): string | null {
  if (!Array.isArray(raw)) return null;
  const groups = raw.map(obj);
  const assessed = groups.filter((g) => DIRECTIONS.has(String(g['direction']))).length;
  if (assessed === 0) return 'none-assessed';
  return assessed < groups.length ? 'some-unknown' : 'all-assessed';
}

export function fitFacts(input: FactInput, _ctx: FactContext): Facts {
  const f = obj(at(input, 'fit'));
  return {
    'fit.needVoice': needVoice(f['needSources']),
    'fit.groupAssessment': groupAssessment(at(input, 'screening.groups')),
    'fit.usesHouseholdComposition': answer(f['usesHouseholdComposition']),
    'fit.householdRulesChecked': answer(f['householdRulesChecked']),
    'fit.companionAllowed': answer(f['companionAllowed']),
    'fit.groupFormats': answer(f['groupFormats']),
    'fit.diversityConsidered': answer(f['diversityConsidered']),
    'fit.socialContact': answer(f['socialContact']),
    'fit.isolatedReachedOut': answer(f['isolatedReachedOut']),
  };
}
