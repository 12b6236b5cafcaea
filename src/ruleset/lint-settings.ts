// Lint of the numbers a pack or overlay may change: orders, weights, incomes and the knock-out rule.
import type { FieldIssue } from '../errors.js';
import type { Ruleset } from '../types.js';

/** Scoring settings whose order the verdict relies on: green above orange, a pass worth at least a partial, a partial at least a fail. */
function orderIssues(rs: Ruleset): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const { lights, outcomePoints: p } = rs.scoring;
  if (!(lights.greenMin > lights.orangeMin)) {
    issues.push({ path: 'scoring.json: lights', message: `greenMin (${lights.greenMin}) moet groter zijn dan orangeMin (${lights.orangeMin})` });
  }
  if (!(p.pass >= p.partial && p.partial >= p.fail)) {
    issues.push({ path: 'scoring.json: outcomePoints', message: `de punten moeten dalen: pass (${p.pass}) ≥ partial (${p.partial}) ≥ fail (${p.fail})` });
  } else if (!(p.pass > p.fail)) {
    issues.push({
      path: 'scoring.json: outcomePoints',
      message: `pass (${p.pass}) moet meer punten geven dan fail (${p.fail}), anders zegt geen enkele score iets`,
    });
  }
  return issues;
}

/**
 * Every weight above 0: a weight of 0 hides checks or dimensions from the score without saying so
 * (a check is switched off with `disable` and a reason, never with a zero weight).
 */
function weightIssues(rs: Ruleset): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const [severity, w] of Object.entries(rs.scoring.severityWeights)) {
    if (!(w > 0)) issues.push({ path: `scoring.json: severityWeights.${severity}`, message: `gewicht ${w} moet groter zijn dan 0` });
  }
  for (const d of rs.dimensions) {
    if (!(d.weight > 0))
      issues.push({ path: `gewicht van dimensie ${d.id}`, message: `gewicht ${d.weight} moet groter zijn dan 0 (dimensions.json of weights in overlay.json)` });
  }
  return issues;
}

/** Parameters that are a household income: every household income part, and every EUR/month parameter under `income.`. */
function incomeParams(rs: Ruleset): Set<string> {
  const ids = new Set(rs.households.flatMap((h) => h.income.flatMap((part) => [part.param, ...(part.factorParam ? [part.factorParam] : [])])));
  for (const [id, def] of rs.parameters) if (id.startsWith('income.') && def.unit === 'EUR/month') ids.add(id);
  return ids;
}

/** An income of 0 or less makes every cost share infinite or negative: refused at every date. */
function incomeIssues(rs: Ruleset): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const id of incomeParams(rs)) {
    for (const v of rs.parameters.get(id)?.values ?? []) {
      if (!(v.value > 0)) issues.push({ path: `parameter ${id} (vanaf ${v.validFrom})`, message: `een inkomen moet groter zijn dan 0, niet ${v.value}` });
    }
  }
  return issues;
}

/** A failed knock-out decides the verdict: turning that rule off would drop every knock-out at once, without a reason per check. */
function knockoutRuleIssues(rs: Ruleset): FieldIssue[] {
  if (rs.scoring.verdict.unfavourable.anyKnockoutFailed) return [];
  return [
    {
      path: 'scoring.json: verdict.unfavourable.anyKnockoutFailed',
      message: 'moet true zijn: een knock-out schakel je per check uit, in overlay.json onder disable met "allowDisableKnockout": true en een reden',
    },
  ];
}

export function settingIssues(rs: Ruleset): FieldIssue[] {
  return [...orderIssues(rs), ...weightIssues(rs), ...incomeIssues(rs), ...knockoutRuleIssues(rs)];
}
