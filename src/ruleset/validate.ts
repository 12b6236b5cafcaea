// Checks one pack file against its schema; a broken file fails with the file and rule named.
import { ArmoedetoetsError } from '../errors.js';
import { validatorFor } from '../validation/ajv.js';
import { toFieldIssues } from '../validation/messages.js';

export function checkPackFile<T>(data: unknown, schemaRef: string, file: string): T {
  const validate = validatorFor(schemaRef);
  if (!validate(data)) {
    const issues = toFieldIssues(validate.errors ?? [], 'nl').map((i) => ({ path: `${file}: ${ruleLabel(data, i.path)}`, message: i.message }));
    throw new ArmoedetoetsError('RULESET_INVALID', `Regelbestand ${file} is ongeldig`, { issues, data: { file } });
  }
  return data as T;
}

/** `checks[3].pass.value` → `checks[3] (F4).pass.value`, so the rule is named too. */
function ruleLabel(data: unknown, path: string): string {
  const m = /^(checks|parameters)\[(\d+)\](.*)$/.exec(path);
  if (!m) return path;
  const list = (data as Record<string, unknown[]>)[m[1] ?? ''];
  const item = list?.[Number(m[2])] as { id?: unknown } | undefined;
  return typeof item?.id === 'string' ? `${m[1]}[${m[2]}] (${item.id})${m[3] ?? ''}` : path;
}
