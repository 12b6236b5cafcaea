// Human-readable descriptions of checks: `explain CHECK_ID` and `rules list`.
import { fillParams, pick, sourceTitle } from '../i18n.js';
import { isLeaf, isParamRef, textParams } from '../ruleset/conditions.js';
import { resolveParam } from '../ruleset/params.js';
import type { CheckDefinition, ConditionNode, Lang, LocalizedText, Ruleset } from '../types.js';
import { safeText } from '../text-safety.js';
import { label } from './labels.js';

function describe(node: ConditionNode, rs: Ruleset, date: string, indent: string, lang: Lang): string[] {
  if (isLeaf(node)) {
    let value = JSON.stringify(node.value);
    if (isParamRef(node.value)) {
      const p = resolveParam(rs.parameters, node.value.param, date);
      value = `${node.value.param} = ${p.value} (${p.unit}, ${p.validFrom}; ${sourceTitle(p.source, lang)})`;
    }
    return [`${indent}${node.fact} ${node.operator} ${value}`];
  }
  if ('all' in node) return [`${indent}all:`, ...node.all.flatMap((n) => describe(n, rs, date, indent + '  ', lang))];
  if ('any' in node) return [`${indent}any:`, ...node.any.flatMap((n) => describe(n, rs, date, indent + '  ', lang))];
  return [`${indent}not:`, ...describe(node.not, rs, date, indent + '  ', lang)];
}

/** A check text in one language with its `{param:id}` placeholders filled for the date. */
export function text(rs: Ruleset, c: CheckDefinition, t: LocalizedText, lang: Lang, date: string): string {
  const params = textParams(c).map((id) => resolveParam(rs.parameters, id, date));
  return fillParams(pick(t, lang), params, lang);
}

export function renderExplain(rs: Ruleset, id: string, lang: Lang, date: string): string | null {
  const c = rs.checks.find((x) => x.id.toUpperCase() === id.toUpperCase());
  if (!c) return null;
  const dim = rs.dimensions.find((d) => d.id === c.dimension);
  const out = [
    `${c.id} — ${text(rs, c, c.title, lang, date)}`,
    `${dim ? `${dim.code} ${pick(dim.title, lang)}` : c.dimension} · ${label(lang, 'severity')} ${c.severity}${c.knockout ? ` · ${label(lang, 'knockout')}` : ''}`,
    '',
    `${label(lang, 'whyMatters')}: ${text(rs, c, c.why, lang, date)}`,
    `${label(lang, 'whatFixes')}: ${text(rs, c, c.fix, lang, date)}`,
    '',
    `${label(lang, 'conditions')} (${date}):`,
  ];
  if (c.appliesWhen) out.push('  appliesWhen:', ...describe(c.appliesWhen, rs, date, '    ', lang));
  out.push('  pass:', ...describe(c.pass, rs, date, '    ', lang));
  if (c.partial) out.push('  partial:', ...describe(c.partial, rs, date, '    ', lang));
  out.push('', `${label(lang, 'sources')}:`);
  for (const s of c.sources) out.push(`  - ${sourceTitle(s, lang)} [${s.tag}]${s.url ? ` ${s.url}` : ''}`);
  // A local overlay's texts are someone's input: no terminal controls or bidirectional overrides pass.
  return safeText(out.join('\n') + '\n');
}

export function renderRuleList(rs: Ruleset, lang: Lang, date: string): string {
  const out: string[] = [];
  for (const d of rs.dimensions) {
    const own = rs.checks.filter((c) => c.dimension === d.id);
    out.push(`${d.code} ${pick(d.title, lang)} (${own.length})`);
    for (const c of own) {
      const ko = c.knockout ? ' KO' : '   ';
      out.push(`  ${c.id.padEnd(5)} ${c.severity}${ko}  ${text(rs, c, c.title, lang, date)}`);
    }
  }
  const info = rs.info;
  out.push(
    '',
    `${info.name} ${info.version} (${info.hash})${info.overlay ? ` + ${info.overlay.name} ${info.overlay.version} (${info.overlay.hash})` : ''}: ${rs.checks.length} checks`,
  );
  for (const d of info.disabled) out.push(`  - ${d.id}${d.knockout ? ` [${label(lang, 'knockout')}]` : ''}: ${d.reason}`);
  return safeText(out.join('\n') + '\n');
}
