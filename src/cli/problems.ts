// How expected errors are printed: one line per problem, at most MAX_ERROR_LINES, in the chosen language.
import type { ArmoedetoetsError } from '../errors.js';
import { t } from '../i18n.js';
import type { Lang } from '../types.js';

/** A file with thousands of mistakes still gives a readable answer: the first 50 lines, then how many more. */
export const MAX_ERROR_LINES = 50;

function more(count: number, lang: Lang): string {
  return count === 1 ? t(lang, 'moreErrorsOne') : t(lang, 'moreErrors', { count });
}

/** The message and its issues, one per line, at most MAX_ERROR_LINES lines and a last "… en nog N fouten". */
export function errorLines(e: ArmoedetoetsError, lang: Lang): string[] {
  const lines = [e.message, ...e.details().map((d) => `  - ${d}`)];
  if (lines.length <= MAX_ERROR_LINES) return lines;
  return [...lines.slice(0, MAX_ERROR_LINES), `  ${more(lines.length - MAX_ERROR_LINES, lang)}`];
}

/** The same on one line, for a file skipped in a folder run. */
export function errorLine(e: ArmoedetoetsError, lang: Lang): string {
  const details = e.details();
  if (details.length === 0) return e.message;
  const shown = details.slice(0, MAX_ERROR_LINES - 1);
  if (details.length > shown.length) shown.push(more(details.length - shown.length, lang));
  return `${e.message.replace(/[:\s]+$/, '')}: ${shown.join('; ')}`;
}

/** The error as JSON (`--format json`), with at most MAX_ERROR_LINES issues and the number left out. */
export function errorJson(e: ArmoedetoetsError): Record<string, unknown> {
  const body = e.toJSON();
  if (body.issues.length <= MAX_ERROR_LINES) return body;
  return { ...body, issues: body.issues.slice(0, MAX_ERROR_LINES), omittedIssues: body.issues.length - MAX_ERROR_LINES };
}
