// The participation ladder: claimed level, caps from missing quality conditions and evidence, tokenism.
import { pick } from '../i18n.js';
import type { CheckResult, Facts, Lang, ParticipationResult, Ruleset } from '../types.js';

export function participationLevel(rs: Ruleset, checks: CheckResult[], facts: Facts, lang: Lang): ParticipationResult {
  const claimed = typeof facts['participation.claimedLevel'] === 'number' ? facts['participation.claimedLevel'] : 0;
  const outcome = new Map(checks.map((c) => [c.id, c.outcome]));
  // A condition counts as met only when it passed (or the council switched it off); unknown is not met.
  const met = (ref: string): boolean =>
    /^[A-Z]/.test(ref) ? (outcome.get(ref) ?? 'pass') === 'pass' : facts[ref] === true;

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
  const effective = caps.reduce((lvl, c) => Math.min(lvl, c.maxLevel), claimed);
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
