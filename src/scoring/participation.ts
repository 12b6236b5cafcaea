// The participation ladder: claimed level, caps from missing quality conditions and evidence, tokenism.
import { pick } from '../i18n.js';
import type { CheckResult, Facts, Lang, Outcome, ParticipationResult, Ruleset } from '../types.js';

export function claimedLevel(facts: Facts): number {
  const v = facts['participation.claimedLevel'];
  return typeof v === 'number' ? v : 0;
}

/** A ladder condition is met only when (`assumePassed`: as if that check passed)  its check passed (or was switched off) or its fact is true; unknown is not met. */
export function conditionMet(outcomes: ReadonlyMap<string, Outcome>, facts: Facts, assumePassed?: string): (ref: string) => boolean {
  return (ref) => (/^[A-Z]/.test(ref) ? ref === assumePassed || (outcomes.get(ref) ?? 'pass') === 'pass' : facts[ref] === true);
}

/** The effective level alone (no texts): the claim lowered by every cap that applies. */
export function effectiveLevel(rs: Ruleset, claimed: number, met: (ref: string) => boolean, tokenism: boolean): number {
  let level = claimed;
  for (const cap of rs.ladder.caps) {
    if (claimed >= cap.fromLevel && cap.missing.some((m) => !met(m))) level = Math.min(level, cap.maxLevel);
  }
  return tokenism ? Math.min(level, rs.ladder.tokenism.maxLevel) : level;
}

export function participationLevel(rs: Ruleset, checks: CheckResult[], facts: Facts, lang: Lang): ParticipationResult {
  const claimed = claimedLevel(facts);
  const met = conditionMet(new Map(checks.map((c) => [c.id, c.outcome])), facts);

  const caps: ParticipationResult['caps'] = [];
  for (const cap of rs.ladder.caps) {
    if (claimed < cap.fromLevel) continue;
    const missing = cap.missing.filter((m) => !met(m));
    if (missing.length > 0) caps.push({ maxLevel: cap.maxLevel, reason: pick(cap.reason, lang), missing });
  }
  const tokenism = facts[rs.ladder.tokenism.fact] === true;
  if (tokenism && claimed > rs.ladder.tokenism.maxLevel) {
    caps.push({ maxLevel: rs.ladder.tokenism.maxLevel, reason: pick(rs.ladder.tokenism.reason, lang), missing: [rs.ladder.tokenism.fact] });
  }
  const effective = effectiveLevel(rs, claimed, met, tokenism);
  const title = (lvl: number): string => pick(rs.ladder.levels.find((l) => l.level === lvl)?.title, lang);
  return {
    claimedLevel: claimed,
    effectiveLevel: effective,
    claimedTitle: title(claimed),
    effectiveTitle: title(effective),
    caps: caps.sort((a, b) => a.maxLevel - b.maxLevel),
    tokenism,
    tokenismReason: tokenism ? pick(rs.ladder.tokenism.reason, lang) : null,
  };
}
