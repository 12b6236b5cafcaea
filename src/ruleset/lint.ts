// Cross-file checks of a ruleset that a JSON Schema cannot express: references, literals, dimensions, settings.
import { ArmoedetoetsError, type FieldIssue } from '../errors.js';
import { knownFactNames } from '../engine/facts/index.js';
import type { CheckDefinition, ConditionNode, Ruleset } from '../types.js';
import { checkTexts, isParamRef, leaves, paramsOf, textParams } from './conditions.js';
import { valueAt } from './params.js';
import { settingIssues } from './lint-settings.js';

/** Placeholders a check text may hold: `{param:id}`, and `{body}` / `{Body}` for the deciding body. */
const KNOWN_PLACEHOLDER = /^\{(?:param:[a-zA-Z0-9.-]+|body|Body)\}$/;

/** Placeholders in a check's texts that nothing fills (a typo such as `{bdy}` would show in the report). */
export function unknownPlaceholders(def: CheckDefinition): string[] {
  return [
    ...new Set(
      checkTexts(def)
        .flatMap((t) => t.match(/\{[^{}\s]{1,80}\}/g) ?? [])
        .filter((p) => !KNOWN_PLACEHOLDER.test(p)),
    ),
  ];
}

/** Every problem in the ruleset; an empty list means it is sound. */
export function lintIssues(rs: Ruleset): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const facts = knownFactNames();
  const dims = new Set(rs.dimensions.map((d) => d.id));
  const checkIds = new Set(rs.checks.map((c) => c.id));
  for (const d of rs.dimensions) {
    if (d.trigger && !facts.has(d.trigger)) issues.push({ path: `dimensions.json: ${d.id}.trigger`, message: `onbekend feit ${d.trigger}` });
  }
  for (const c of rs.checks) {
    const where = `${c.id} (${c.dimension})`;
    if (!dims.has(c.dimension)) issues.push({ path: where, message: `onbekende dimensie ${c.dimension}` });
    const parts: [string, ConditionNode | undefined][] = [
      ['appliesWhen', c.appliesWhen],
      ['pass', c.pass],
      ['partial', c.partial],
    ];
    for (const [part, node] of parts) {
      for (const leaf of leaves(node)) {
        if (!facts.has(leaf.fact)) issues.push({ path: `${where}.${part}`, message: `onbekend feit ${leaf.fact}` });
        if (typeof leaf.value === 'number' || (Array.isArray(leaf.value) && leaf.value.some((v) => typeof v === 'number'))) {
          issues.push({ path: `${where}.${part}`, message: `drempel als getal (${JSON.stringify(leaf.value)}) bij ${leaf.fact}: gebruik {"param": "..."}` });
        }
        if (isParamRef(leaf.value) && !rs.parameters.has(leaf.value.param)) {
          issues.push({ path: `${where}.${part}`, message: `onbekende parameter ${leaf.value.param}` });
        }
      }
    }
    (c.variants ?? []).forEach((v, i) => {
      for (const f of Object.keys(v.when)) if (!facts.has(f)) issues.push({ path: `${where}.variants[${i}].when`, message: `onbekend feit ${f}` });
    });
    for (const f of c.inform ?? []) if (!facts.has(f)) issues.push({ path: `${where}.inform`, message: `onbekend feit ${f}` });
    for (const p of c.factParams ?? []) if (!rs.parameters.has(p)) issues.push({ path: `${where}.factParams`, message: `onbekende parameter ${p}` });
    for (const p of textParams(c)) if (!rs.parameters.has(p)) issues.push({ path: `${where}: tekst`, message: `onbekende parameter {param:${p}}` });
    if (c.from !== undefined) {
      // A check that starts on a date must be able to run from that date on.
      for (const p of paramsOf(c)) {
        const def = rs.parameters.get(p);
        if (def && !valueAt(def, c.from)) issues.push({ path: `${where}.from`, message: `parameter ${p} heeft geen waarde op ${c.from}` });
      }
    }
    for (const p of unknownPlaceholders(c)) issues.push({ path: `${where}: tekst`, message: `onbekende plaatshouder ${p} (gebruik {param:id} of {body})` });
  }
  for (const cap of rs.ladder.caps) {
    for (const m of cap.missing) {
      const known = /^[A-Z]/.test(m) ? checkIds.has(m) : facts.has(m);
      if (!known) issues.push({ path: 'ladder.json: caps', message: `onbekende check of feit ${m}` });
    }
  }
  if (!facts.has(rs.ladder.tokenism.fact)) issues.push({ path: 'ladder.json: tokenism', message: `onbekend feit ${rs.ladder.tokenism.fact}` });
  for (const h of rs.households) {
    for (const part of h.income) {
      for (const id of [part.param, part.factorParam]) {
        if (id !== undefined && !rs.parameters.has(id)) issues.push({ path: `households.json: ${h.id}`, message: `onbekende parameter ${id}` });
      }
    }
  }
  issues.push(...settingIssues(rs));
  return issues;
}

export function lintRuleset(rs: Ruleset): void {
  const issues = lintIssues(rs);
  if (issues.length > 0) {
    throw new ArmoedetoetsError('RULESET_INVALID', `Het regelpakket heeft ${issues.length} ${issues.length === 1 ? 'fout' : 'fouten'}`, { issues });
  }
}
