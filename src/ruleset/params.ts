// Dated parameters: the value in force on a reference date, and the record of which value was used.
import { ArmoedetoetsError } from '../errors.js';
import { t } from '../i18n.js';
import type { ParamUse, ParameterDefinition, ParameterValue } from '../types.js';

/** The value whose validFrom is the latest on or before `date` (ISO strings compare as dates). */
export function valueAt(def: ParameterDefinition, date: string): ParameterValue | undefined {
  let best: ParameterValue | undefined;
  for (const v of def.values) {
    if (v.validFrom <= date && (!best || v.validFrom > best.validFrom)) best = v;
  }
  return best;
}

export function resolveParam(params: Map<string, ParameterDefinition>, id: string, date: string): ParamUse {
  const def = params.get(id);
  if (!def) {
    throw new ArmoedetoetsError('RULESET_INVALID', `Onbekende parameter: ${id}`, { data: { param: id } });
  }
  const v = valueAt(def, date);
  if (!v) {
    const first = [...def.values].sort((a, b) => a.validFrom.localeCompare(b.validFrom))[0]?.validFrom ?? '?';
    throw new ArmoedetoetsError('RULESET_PARAM_MISSING', t('nl', 'paramMissing', { id, date, first }), {
      data: { param: id, date, first },
    });
  }
  return { id, value: v.value, unit: def.unit, validFrom: v.validFrom, source: v.source };
}

/** A key that changes exactly when some parameter's value in force changes. */
export function paramEpoch(params: Map<string, ParameterDefinition>, date: string): string {
  const parts: string[] = [];
  for (const [id, def] of params) parts.push(`${id}@${valueAt(def, date)?.validFrom ?? '-'}`);
  return parts.join('|');
}
