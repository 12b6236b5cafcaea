// The rules and parameters in force on a date, as data (the CLI's `rules list`, for the API).
import { pick, sourceTitle } from '../../i18n.js';
import { text } from '../../output/explain.js';
import { valueAt } from '../../ruleset/params.js';
import { staleParameters } from '../../ruleset/stale.js';
import type { CheckDefinition, Lang, Ruleset } from '../../types.js';

function checkTitle(rs: Ruleset, c: CheckDefinition, lang: Lang, date: string): string {
  try {
    return text(rs, c, c.title, lang, date);
  } catch {
    // a parameter of the title has no value yet on this date: the title with its placeholder
    return pick(c.title, lang);
  }
}

export function rulesInForce(rs: Ruleset, date: string, lang: Lang) {
  return {
    date,
    lang,
    ruleset: rs.info,
    dimensions: rs.dimensions.map((d) => ({ id: d.id, code: d.code, title: pick(d.title, lang), weight: d.weight })),
    checks: rs.checks.map((c) => ({
      id: c.id,
      dimension: c.dimension,
      title: checkTitle(rs, c, lang, date),
      severity: c.severity,
      knockout: c.knockout,
      origin: c.origin ?? 'pack',
      from: c.from ?? null,
      inForce: c.from === undefined || c.from <= date,
    })),
  };
}

export function parametersInForce(rs: Ruleset, date: string, lang: Lang) {
  const stale = new Set(staleParameters(rs.parameters, date).map((p) => p.id));
  return {
    date,
    lang,
    ruleset: rs.info,
    parameters: [...rs.parameters.values()]
      .sort((a, b) => a.id.localeCompare(b.id))
      .map((p) => {
        const v = valueAt(p, date);
        return {
          id: p.id,
          description: pick(p.description, lang),
          unit: p.unit,
          value: v?.value ?? null,
          validFrom: v?.validFrom ?? null,
          source: v ? { title: sourceTitle(v.source, lang), url: v.source.url ?? null, tag: v.source.tag } : null,
          stale: stale.has(p.id),
        };
      }),
  };
}
