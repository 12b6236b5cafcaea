// An earlier audit of the same service for "changes since": a saved assessment or an input to assess.
import { assess } from '../../assess.js';
import type { Assessment, Lang, Ruleset } from '../../types.js';
import { readText } from '../input.js';
import type { CliIO } from '../io.js';
import { detectFormat, INPUT_LIMITS, MAX_SAVED_BYTES, parseInputText, SAVED_LIMITS } from '../../validation/parse.js';
import { checkSaved, isSavedAssessment } from './saved.js';

export async function readPrevious(path: string, ruleset: Ruleset, io: CliIO, lang: Lang): Promise<Assessment> {
  // as large as a saved assessment may be, with the same limits as `report`: an earlier audit is often one
  const text = readText(path, io, lang, MAX_SAVED_BYTES);
  const format = detectFormat(path, text);
  const data = parseInputText(text, format, lang, SAVED_LIMITS);
  if (isSavedAssessment(data)) return checkSaved(data, lang, path);
  // An earlier input is held to the limits of an input, and assessed on its own reference date with the same rules.
  const input = parseInputText(text, format, lang, INPUT_LIMITS);
  return assess(input, { ruleset, lang, today: io.today, date: undefined });
}
