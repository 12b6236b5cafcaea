// Validates a parsed input against the proposal or service-audit schema; every error at once.
import { ArmoedetoetsError } from '../errors.js';
import { t } from '../i18n.js';
import type { Lang, SubjectKind } from '../types.js';
import { validatorFor } from './ajv.js';
import { toFieldIssues } from './messages.js';

export interface ValidInput {
  kind: SubjectKind;
  meta: { title: string; municipality: string; summary?: string; referenceDate?: string; language?: Lang };
  [section: string]: unknown;
}

const SCHEMA_BY_KIND: Record<SubjectKind, string> = {
  proposal: 'proposal.schema.json',
  'service-audit': 'service-audit.schema.json',
};

export function validateInput(data: Record<string, unknown>, lang: Lang = 'nl'): ValidInput {
  const kind = data['kind'];
  if (kind !== 'proposal' && kind !== 'service-audit') {
    const issue = { path: 'kind', message: t(lang, 'unknownKind') };
    throw new ArmoedetoetsError('INPUT_INVALID', t(lang, 'inputInvalid', { count: 1 }), { issues: [issue] });
  }
  const validate = validatorFor(SCHEMA_BY_KIND[kind]);
  if (!validate(data)) {
    const issues = toFieldIssues(validate.errors ?? [], lang);
    throw new ArmoedetoetsError('INPUT_INVALID', t(lang, 'inputInvalid', { count: issues.length }), { issues });
  }
  return data as ValidInput;
}
