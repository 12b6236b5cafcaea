// Reading a saved assessment (the JSON of `assess --format json`), checked against its schema.
import { ArmoedetoetsError } from '../../errors.js';
import { t } from '../../i18n.js';
import type { Assessment, Lang } from '../../types.js';
import { validatorFor } from '../../validation/ajv.js';
import { toFieldIssues } from '../../validation/messages.js';
import { MAX_SAVED_BYTES, parseInputText, SAVED_LIMITS } from '../../validation/parse.js';
import { readText } from '../input.js';
import type { CliIO } from '../io.js';

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

/** The same limits, decoding and checks (duplicate keys, depth) as `--previous` gives a saved assessment. */
export function readSaved(path: string, io: CliIO, lang: Lang): Assessment {
  const text = readText(path, io, lang, MAX_SAVED_BYTES);
  return checkSaved(parseInputText(text, 'json', lang, SAVED_LIMITS), lang);
}
