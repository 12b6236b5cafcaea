// The result of a check that does not apply yet on the reference date (its `from` lies after it).
import { pick, t } from '../i18n.js';
import type { CheckDefinition, CheckResult, Lang } from '../types.js';

/**
 * A not-applicable result for a check left out of the run by compilePack because its `from` is after
 * `date`. The reason takes the place of `why`; no facts, conditions or parameters were read.
 */
export function notYetResult(def: CheckDefinition & { dimension: string }, date: string, lang: Lang): CheckResult {
  return {
    id: def.id,
    dimension: def.dimension,
    outcome: 'not-applicable',
    possible: ['not-applicable'],
    severity: def.severity,
    knockout: def.knockout,
    title: pick(def.title, lang),
    why: t(lang, 'checkNotYet', { from: def.from ?? date, date }),
    fix: pick(def.fix, lang),
    ask: pick(def.ask ?? def.title, lang),
    sources: def.sources,
    facts: {},
    conditions: [],
    parameters: [],
    origin: def.origin ?? 'pack',
    variants: [],
    decidingBody: null,
    notYetFrom: def.from ?? date,
  };
}
