// An earlier audit of the same service for "changes since": a saved assessment or an input to assess.
import { assess } from '../../assess.js';
import type { Assessment, Lang, Ruleset } from '../../types.js';
import { readText } from '../input.js';
import type { CliIO } from '../io.js';
import { detectFormat, parseInputText } from '../../validation/parse.js';
import { checkSaved, isSavedAssessment, MAX_SAVED_BYTES } from './saved.js';

export async function readPrevious(path: string, ruleset: Ruleset, io: CliIO, lang: Lang): Promise<Assessment> {
  // as large as a saved assessment may be: an earlier audit is often one
  const text = readText(path, io, lang, MAX_SAVED_BYTES);
  const data = parseInputText(text, detectFormat(path, text), lang);
  if (isSavedAssessment(data)) return checkSaved(data, lang);
  // An earlier input is assessed on its own reference date, with the same rules.
  return assess(data, { ruleset, lang, today: io.today, date: undefined });
}
