// Terminal rendering of an assessment: verdict first, then red and orange dimensions, then the path.
import type { Assessment, CheckResult, DimensionResult, Lang, Light, Ruleset } from '../types.js';
import { inLanguage, verdictTitle } from './words.js';
import { t } from '../i18n.js';
import { safeDeep } from '../text-safety.js';
import { colon, formatEuro, formatPercent, formatScore, label, lightRangeText, outcomeRangeText, scoreText } from './labels.js';

export interface TextOptions {
  /** ANSI colours (only on a terminal). */
  color?: boolean;
  /** How many steps of the improvement path to show. */
  steps?: number;
  /** Another language than the assessment's: its texts are worded from the codes it recorded, with the ruleset's texts. */
  lang?: Lang;
  ruleset?: Ruleset;
}

const ANSI: Record<Light | 'bold' | 'dim', string> = {
  green: '\x1b[32m',
  orange: '\x1b[33m',
  red: '\x1b[31m',
  'not-applicable': '\x1b[2m',
  open: '\x1b[36m',
  bold: '\x1b[1m',
  dim: '\x1b[2m',
};
const MARK: Record<Light, string> = { green: '●', orange: '●', red: '●', 'not-applicable': '○', open: '◐' };

function paint(s: string, style: keyof typeof ANSI, color: boolean): string {
  return color ? `${ANSI[style]}${s}\x1b[0m` : s;
}

function dimLine(d: DimensionResult, lang: Lang, color: boolean): string {
  const mark = paint(MARK[d.light], d.light, color);
  return `${mark} ${d.code.padEnd(4)}${d.title} — ${lightRangeText(d.lights, d.score, lang)} (${scoreText(d.score, lang)})`;
}

function checkLine(c: CheckResult, lang: Lang): string {
  const ko = c.knockout ? ` [${label(lang, 'knockout')}]` : '';
  return `    ${c.id.padEnd(5)}${outcomeRangeText(c.possible, lang)}${ko}${colon(lang)}${c.title}`;
}

function householdLines(a: Assessment, lang: Lang): string[] {
  if (!Array.isArray(a.householdCosts) || a.householdCosts.length === 0) return [];
  const lines = ['', label(lang, 'householdCosts')];
  const rows = a.householdCosts as Record<string, unknown>[];
  if (rows.some((h) => h['paidCost'] !== h['monthlyCost'])) lines.push(`  (${label(lang, 'takeUpRisk')})`);
  for (const h of rows) {
    const money = (k: string): string => (typeof h[k] === 'number' ? formatEuro(h[k], lang) : '?');
    const pct = (k: string): string => (typeof h[k] === 'number' ? formatPercent(h[k], lang) : '?');
    // Full price, then what the household really pays with its social tariff ("*": only if it applies for it).
    const paid = h['paidCost'] === h['monthlyCost'] ? '' : ` → ${money('paidCost')} (${pct('paidShare')})${h['takeUpRisk'] === true ? '*' : ''}`;
    lines.push(`  ${String(h['title'] ?? h['household'])}${colon(lang)}${money('monthlyCost')} (${pct('share')})${paid}`);
  }
  return lines;
}

function pathLines(a: Assessment, maxSteps: number): string[] {
  const lang = a.lang;
  const out: string[] = [];
  const steps = a.improvementPath.slice(0, maxSteps);
  if (steps.length === 0) return out;
  out.push('', label(lang, a.kind === 'service-audit' ? 'actionPlan' : 'improvement'));
  steps.forEach((s, i) => {
    const verdict = s.changesVerdict ? ` → ${label(lang, 'changesVerdict')} ${verdictTitle(s.verdictAfter, lang).toLowerCase()}` : '';
    out.push(`  ${i + 1}. ${s.checkId} +${formatScore(s.gain, lang)} ${label(lang, 'points')}${verdict}${colon(lang)}${s.fix}`);
  });
  if (a.improvementPath.length > maxSteps) out.push(`  … ${label(lang, 'more', { n: a.improvementPath.length - maxSteps })}`);
  return out;
}

/** Checks the overlay switched off, each with its reason; a knock-out is marked (every output format lists them). */
function disabledLines(a: Assessment, color: boolean): string[] {
  const lang = a.lang;
  if (a.ruleset.disabled.length === 0) return [];
  const lines = a.ruleset.disabled.map((d) => `  - ${d.id}${d.knockout ? ` [${label(lang, 'knockout')}]` : ''}${colon(lang)}${d.reason}`);
  return [`${t(lang, 'disabledChecks')}${colon(lang).trimEnd()}`, ...lines].map((l) => paint(l, 'dim', color));
}

/**
 * What the text output prints of an assessment: the input as submitted and each check's evidence
 * (facts, conditions, parameters, sources) are left out before neutralising, which is then cheap.
 */
function printed(a: Assessment): Assessment {
  return { ...a, input: null, checks: a.checks.map((c) => ({ ...c, facts: {}, conditions: [], parameters: [], sources: [], why: '', fix: '' })) };
}

export function renderText(assessment: Assessment, options: TextOptions = {}): string {
  // Every string of the assessment (the user's title, a saved file, an overlay's texts) without terminal
  // controls or bidirectional overrides: only the colours below reach the terminal as escape sequences.
  const worded = options.lang && options.ruleset ? inLanguage(assessment, options.ruleset, options.lang) : assessment;
  const a = safeDeep(printed(worded));
  const lang = a.lang;
  const color = options.color ?? false;
  const maxSteps = options.steps ?? 8;
  const out: string[] = [];
  const overall = scoreText(a.score.overall, lang);
  const verdictStyle: Light =
    a.verdict.code === 'favourable' ? 'green' : a.verdict.code === 'unfavourable' ? 'red' : a.verdict.code === 'undetermined' ? 'open' : 'orange';

  out.push(paint(`${a.subject.title} — ${a.subject.municipality}`, 'bold', color));
  const isAudit = a.kind === 'service-audit';
  out.push(
    `${label(lang, isAudit ? 'result' : 'verdict')}${colon(lang)}${paint(a.verdict.title.toUpperCase(), verdictStyle, color)}   ${label(lang, 'overall')}${colon(lang)}${overall}/100`,
  );
  for (const r of a.verdict.reasons) out.push(`  - ${r}`);
  if (a.verdict.questions.length > 0) {
    out.push('', label(lang, 'decisive'));
    for (const q of a.verdict.questions) {
      const moves = [
        q.ifBad && t(lang, 'questionIfBad', { verdict: verdictTitle(q.ifBad, lang) }),
        q.ifGood && t(lang, 'questionIfGood', { verdict: verdictTitle(q.ifGood, lang) }),
      ].filter(Boolean);
      out.push(`  - ${q.checkId}${colon(lang)}${q.question}${moves.length > 0 ? ` (${moves.join('; ')})` : ''}`);
    }
  }

  const p = a.participation;
  out.push('');
  const effective =
    p.effectiveHigh > p.effectiveLevel
      ? `${label(lang, 'participationRange', { low: p.effectiveLevel, high: p.effectiveHigh })} (${p.effectiveTitle} – ${p.effectiveHighTitle})`
      : `${label(lang, 'effective')} ${p.effectiveLevel} (${p.effectiveTitle})`;
  out.push(
    `${label(lang, 'participation')}${colon(lang)}${label(lang, 'claimed')} ${p.claimedLevel === null ? label(lang, 'capUnknown') : `${p.claimedLevel} (${p.claimedTitle})`}, ${effective}`,
  );
  for (const c of p.caps) out.push(`  - ${c.status === 'unknown' ? `[${label(lang, 'capUnknown')}] ` : ''}${c.reason}`);

  // Flagged: every dimension that may be red or orange; an open one shows its range.
  const flagged = a.dimensions.filter((d) => d.lights.low === 'red' || d.lights.low === 'orange');
  if (flagged.length > 0) {
    out.push('', label(lang, 'redOrange'));
    // Most serious first: failed knock-outs, then red before orange, then the heavier dimension.
    const rank = { red: 0, orange: 1, green: 2, open: 2, 'not-applicable': 3 } as const;
    const order = (d: DimensionResult): number[] => [-d.knockoutsFailed.length, rank[d.lights.high], rank[d.lights.low], -d.weight, d.score?.low ?? 0];
    const bySeriousness = (x: DimensionResult, y: DimensionResult): number => {
      const [a, b] = [order(x), order(y)];
      const i = a.findIndex((v, k) => v !== b[k]);
      return i < 0 ? 0 : (a[i] as number) - (b[i] as number);
    };
    for (const d of flagged.sort(bySeriousness)) {
      out.push(dimLine(d, lang, color));
      const bad = a.checks.filter((c) => c.dimension === d.id && c.outcome !== 'pass' && c.outcome !== 'not-applicable');
      for (const c of bad) out.push(checkLine(c, lang));
    }
  }
  const others = a.dimensions.filter((d) => !flagged.includes(d));
  if (others.length > 0) {
    out.push('', label(lang, 'otherDimensions'));
    for (const d of others) out.push(dimLine(d, lang, color));
  }

  if (!isAudit) out.push(...pathLines(a, maxSteps));
  out.push(...householdLines(a, lang));

  if (a.unknowns.length > 0) {
    out.push('', `${label(lang, isAudit ? 'unknownsAudit' : 'unknowns')} (${a.unknowns.length})`);
    for (const u of a.unknowns.slice(0, 10)) out.push(`  - ${u.checkId}${colon(lang)}${u.question}`);
    if (a.unknowns.length > 10) out.push(`  … ${label(lang, 'more', { n: a.unknowns.length - 10 })}`);
  }

  // A service audit ends with its action plan, complete: it is the list the team works from.
  if (isAudit) out.push(...pathLines(a, a.improvementPath.length));

  // Every output warns when a parameter it used may have a newer value than the pack knows.
  if (a.staleParameters.length > 0) out.push('', ...a.staleParameters.map((p) => paint(`! ${p.message}`, 'orange', color)));

  const overlay = a.ruleset.overlay ? ` + ${label(lang, 'overlay')} ${a.ruleset.overlay.name} ${a.ruleset.overlay.version}` : '';
  out.push(
    '',
    paint(
      `${label(lang, 'ruleset')}${colon(lang)}${a.ruleset.name} ${a.ruleset.version} (${a.ruleset.hash})${overlay} · ${label(lang, 'referenceDate')} ${a.referenceDate}`,
      'dim',
      color,
    ),
  );
  out.push(...disabledLines(a, color));
  out.push(paint(label(lang, isAudit ? 'disclaimerAudit' : 'disclaimer'), 'dim', color));
  return out.join('\n') + '\n';
}
