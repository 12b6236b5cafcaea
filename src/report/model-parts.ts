// View models of the participation section (ladder, caps, quality conditions) and of the method annex.
import { formatPercent } from '../i18n.js';
import { formatFine } from './format.js';
import type { Assessment, Lang, Ruleset } from '../types.js';
import { ladderChart } from './charts.js';
import { fmt, type Labels } from './locales.js';
import { outcomeRangeText } from './model-checks.js';

export interface ParticipationView {
  claimedText: string;
  effectiveText: string;
  statement: string;
  lowered: boolean;
  caps: { reason: string; maxText: string; unknown: boolean }[];
  tokenism: boolean;
  tokenismUnknown: boolean;
  tokenismReason: string | null;
  quality: { id: string; title: string; outcomeText: string; met: boolean; mark: string }[];
  levels: { level: number; title: string; evidence: string; isClaimed: boolean; isEffective: boolean }[];
  svg: string;
}

export function participationView(a: Assessment, rs: Ruleset, l: Labels, lang: Lang): ParticipationView {
  const p = a.participation;
  const levels = rs.ladder.levels.map((lv) => ({
    level: lv.level,
    title: lv.level === p.claimedLevel ? p.claimedTitle : lv.level === p.effectiveLevel ? p.effectiveTitle : (lv.title[lang] ?? lv.title.nl),
    evidence: lv.evidence[lang] ?? lv.evidence.nl,
    isClaimed: lv.level === p.claimedLevel,
    isEffective: lv.level === p.effectiveLevel,
  }));
  const titleOf = (n: number, fallback: string): string => levels.find((x) => x.level === n)?.title ?? fallback;
  // A proposal that says nothing about participation claims nothing we know of: "onbekend".
  const claimedText =
    p.claimedLevel === null ? (l.valueUnknown as string) : fmt(l, 'levelN', { n: p.claimedLevel, title: titleOf(p.claimedLevel, p.claimedTitle) });
  const lowText = fmt(l, 'levelN', { n: p.effectiveLevel, title: titleOf(p.effectiveLevel, p.effectiveTitle) });
  const highText = fmt(l, 'levelN', { n: p.effectiveHigh, title: titleOf(p.effectiveHigh, p.effectiveHighTitle) });
  // Where a cap rests on an unknown condition, the level is a range: certain at least, possibly up to.
  const effectiveText = p.effectiveHigh > p.effectiveLevel ? fmt(l, 'levelRange', { low: lowText, high: highText }) : lowText;
  const statement = fmt(l, 'ladderStatement', { claimed: claimedText, effective: effectiveText });
  const quality = a.checks
    .filter((c) => c.dimension === 'participation' && /^PA\d+$/.test(c.id))
    .map((c) => ({
      id: c.id,
      title: c.title,
      outcomeText: outcomeRangeText(c.possible, l),
      met: c.outcome === 'pass',
      mark: c.outcome === 'pass' ? '✓' : c.outcome === 'not-applicable' ? '–' : c.outcome === 'unknown' ? '?' : '✗',
    }));
  return {
    claimedText,
    effectiveText,
    statement,
    lowered: p.effectiveLevel < (p.claimedLevel ?? 0),
    caps: p.caps
      .filter((c) => ![...c.missing, ...c.unknown].includes(rs.ladder.tokenism.fact))
      .map((c) => ({
        reason: c.reason,
        maxText: fmt(l, 'capMax', { n: c.maxLevel }),
        unknown: c.status === 'unknown',
      })),
    tokenism: p.tokenism === true,
    tokenismUnknown: p.tokenism === null && (p.claimedLevel ?? 0) > rs.ladder.tokenism.maxLevel,
    tokenismReason: p.tokenism === true ? (p.tokenismReason ?? '') || (l.tokenism as string) : null,
    quality,
    levels,
    svg: ladderChart(levels, p.claimedLevel ?? -1, p.effectiveLevel, {
      title: l.ladderTitle as string,
      desc: statement,
      claimed: l.ladderClaimed as string,
      effective: l.ladderEffective as string,
      both: l.ladderBoth as string,
      level: l.level as string,
    }),
  };
}

export interface MethodView {
  sections: { title: string; text: string }[];
}

const METHOD_KEYS = ['Intro', 'Facts', 'Outcome', 'Score', 'Knockout', 'Overall', 'Ladder', 'Verdict', 'Audit', 'Path'] as const;

/** The method annex; an audit has no verdict, so its annex leaves out how a proposal's verdict is reached. */
export function methodView(rs: Ruleset, l: Labels, lang: Lang, isAudit = false): MethodView {
  const s = rs.scoring;
  const n = (x: number): string => formatFine(x, lang);
  const vars: Record<string, string | number> = {
    pass: n(s.outcomePoints.pass),
    partial: n(s.outcomePoints.partial),
    fail: n(s.outcomePoints.fail),
    w1: n(s.severityWeights['1']),
    w2: n(s.severityWeights['2']),
    w3: n(s.severityWeights['3']),
    green: n(s.lights.greenMin),
    orange: n(s.lights.orangeMin),
    below: n(s.verdict.unfavourable.overallBelow),
    reds: s.verdict.unfavourable.redDimensionsAtLeast,
    fav: n(s.verdict.favourable.overallAtLeast),
    maxRed: s.verdict.favourable.maxRedDimensions,
    minPart: s.verdict.favourable.minEffectiveParticipation,
    share: formatPercent(s.verdict.knownShareWarning, lang),
  };
  const keys = isAudit ? METHOD_KEYS.filter((k) => k !== 'Verdict') : METHOD_KEYS;
  return { sections: keys.map((k) => ({ title: l[`method${k}Title`] as string, text: fmt(l, `method${k}`, vars) })) };
}
