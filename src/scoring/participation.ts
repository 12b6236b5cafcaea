// The participation ladder: claimed level, caps from unmet or unknown quality conditions, tokenism, the level range.
import { pick } from '../i18n.js';
import type { CheckResult, Facts, Lang, Outcome, ParticipationCap, ParticipationResult, Ruleset } from '../types.js';

/** The claimed level, or null when the proposal says nothing about participation. */
export function claimedLevel(facts: Facts): number | null {
  const v = facts['participation.claimedLevel'];
  return typeof v === 'number' ? v : null;
}

export type ConditionStatus = 'met' | 'unmet' | 'unknown';

/**
 * A ladder condition is a check id (uppercase: met when it passes, unknown while a pass is still
 * possible; a check the overlay switched off counts as met) or a boolean fact (null = unknown).
 */
export function conditionStatus(possible: Pick<ReadonlyMap<string, readonly Outcome[]>, 'get'>, facts: Facts): (ref: string) => ConditionStatus {
  return (ref) => {
    if (/^[A-Z]/.test(ref)) {
      const p = possible.get(ref) ?? ['pass'];
      if (p.length === 1) return p[0] === 'pass' ? 'met' : 'unmet';
      return p.includes('pass') ? 'unknown' : 'unmet';
    }
    const v = facts[ref];
    return v === true ? 'met' : v === false ? 'unmet' : 'unknown';
  };
}

/** The effective level alone (no texts): the claim lowered by every cap whose condition is not met. */
export function effectiveLevel(rs: Ruleset, claimed: number, met: (ref: string) => boolean, tokenism: boolean): number {
  let level = claimed;
  for (const cap of rs.ladder.caps) {
    if (claimed >= cap.fromLevel && cap.missing.some((m) => !met(m))) level = Math.min(level, cap.maxLevel);
  }
  return tokenism ? Math.min(level, rs.ladder.tokenism.maxLevel) : level;
}

/**
 * The level that is certain (unknown conditions unmet, unknown tokenism assumed) and the highest still
 * possible; an unknown claim counts as nothing for the first and as the top of the ladder for the second.
 */
export function levelRange(
  rs: Ruleset,
  claimed: number | null,
  status: (ref: string) => ConditionStatus,
  tokenism: boolean | null,
): { low: number; high: number } {
  const top = Math.max(...rs.ladder.levels.map((l) => l.level));
  return {
    low: effectiveLevel(rs, claimed ?? 0, (r) => status(r) === 'met', tokenism !== false),
    high: effectiveLevel(rs, claimed ?? top, (r) => status(r) !== 'unmet', tokenism === true),
  };
}

export function tokenismOf(rs: Ruleset, facts: Facts): boolean | null {
  const v = facts[rs.ladder.tokenism.fact];
  return typeof v === 'boolean' ? v : null;
}

export function possibleById(checks: readonly Pick<CheckResult, 'id' | 'possible'>[]): Map<string, readonly Outcome[]> {
  return new Map(checks.map((c) => [c.id, c.possible]));
}

export function participationLevel(rs: Ruleset, checks: CheckResult[], facts: Facts, lang: Lang): ParticipationResult {
  const stated = claimedLevel(facts);
  const claimed = stated ?? 0;
  const status = conditionStatus(possibleById(checks), facts);
  const tokenism = tokenismOf(rs, facts);

  const caps: ParticipationCap[] = [];
  for (const [ladderCap, cap] of rs.ladder.caps.entries()) {
    if (claimed < cap.fromLevel || claimed <= cap.maxLevel) continue;
    const missing = cap.missing.filter((m) => status(m) === 'unmet');
    const unknown = cap.missing.filter((m) => status(m) === 'unknown');
    if (missing.length + unknown.length === 0) continue;
    caps.push({ maxLevel: cap.maxLevel, reason: pick(cap.reason, lang), missing, unknown, status: missing.length > 0 ? 'missing' : 'unknown', ladderCap });
  }
  const t = rs.ladder.tokenism;
  if (tokenism !== false && claimed > t.maxLevel) {
    const known = tokenism === true;
    caps.push({
      maxLevel: t.maxLevel,
      reason: pick(t.reason, lang),
      missing: known ? [t.fact] : [],
      unknown: known ? [] : [t.fact],
      status: known ? 'missing' : 'unknown',
      ladderCap: 'tokenism',
    });
  }
  const range = levelRange(rs, stated, status, tokenism);
  const title = (lvl: number): string => pick(rs.ladder.levels.find((l) => l.level === lvl)?.title, lang);
  return {
    claimedLevel: stated,
    effectiveLevel: range.low,
    effectiveHigh: range.high,
    claimedTitle: title(claimed),
    effectiveTitle: title(range.low),
    effectiveHighTitle: title(range.high),
    caps: caps.sort((a, b) => a.maxLevel - b.maxLevel || (a.status === b.status ? 0 : a.status === 'missing' ? -1 : 1)),
    tokenism,
    tokenismReason: tokenism === true ? pick(t.reason, lang) : null,
  };
}
