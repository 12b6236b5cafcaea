// Reading a saved assessment (the JSON of `assess --format json`), checked against its schema.
import { ArmoedetoetsError } from '../../errors.js';
import { t } from '../../i18n.js';
import { SCHEMA_VERSION, type Assessment, type Lang } from '../../types.js';
import { validatorFor } from '../../validation/ajv.js';
import { toFieldIssues } from '../../validation/messages.js';
import { MAX_SAVED_BYTES, parseInputText, SAVED_LIMITS } from '../../validation/parse.js';
import { readText } from '../input.js';
import type { CliIO } from '../io.js';

export function isSavedAssessment(data: unknown): boolean {
  return data !== null && typeof data === 'object' && 'schemaVersion' in data && 'checks' in data;
}

/**
 * A saved assessment of another shape (schemaVersion) is not read: its texts were recorded otherwise
 * (before 2.0 only as words in one language). Exit 2 with what to do rather than a list of schema errors.
 */
function checkVersion(data: unknown, lang: Lang, file: string): void {
  if (data === null || typeof data !== 'object' || !('schemaVersion' in data)) return;
  const found = (data as { schemaVersion: unknown }).schemaVersion;
  if (found === SCHEMA_VERSION) return;
  const message = t(lang, 'savedOtherVersion', { file, found: typeof found === 'string' ? found : JSON.stringify(found), expected: SCHEMA_VERSION });
  throw new ArmoedetoetsError('INPUT_INVALID', message, { issues: [{ path: 'schemaVersion', message }] });
}

export function checkSaved(data: unknown, lang: Lang, file = 'toetsresultaat'): Assessment {
  checkVersion(data, lang, file);
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
  return checkSaved(parseInputText(text, 'json', lang, SAVED_LIMITS), lang, path);
}
