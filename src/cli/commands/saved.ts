// Reading a saved assessment (the JSON of `assess --format json`), checked against its schema.
import { ArmoedetoetsError } from '../../errors.js';
import { t } from '../../i18n.js';
import type { Assessment, Lang } from '../../types.js';
import { validatorFor } from '../../validation/ajv.js';
import { toFieldIssues } from '../../validation/messages.js';
import { readText } from '../input.js';
import type { CliIO } from '../io.js';

/** A saved assessment carries the input and every trace: allow more than an input file. */
export const MAX_SAVED_BYTES = 20 * 1024 * 1024;

export function isSavedAssessment(data: unknown): boolean {
  return data !== null && typeof data === 'object' && 'schemaVersion' in data && 'checks' in data;
}

export function checkSaved(data: unknown, lang: Lang): Assessment {
  const validate = validatorFor('assessment.schema.json');
  if (!validate(data)) {
    const issues = toFieldIssues(validate.errors ?? [], lang);
    throw new ArmoedetoetsError('INPUT_INVALID', t(lang, 'inputInvalid', { count: issues.length }), { issues });
  }
  return data as Assessment;
}

export function readSaved(path: string, io: CliIO, lang: Lang): Assessment {
  const text = readText(path, io, lang, MAX_SAVED_BYTES);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    const message = t(lang, 'jsonSyntax', { detail: (e as Error).message });
    throw new ArmoedetoetsError('INPUT_SYNTAX', message, { issues: [{ path, message }] });
  }
  return checkSaved(data, lang);
}
