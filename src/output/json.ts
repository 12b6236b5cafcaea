// An assessment as JSON: what `assess --format json` prints and what the server stores and returns.
import { safeJson } from '../text-safety.js';
import type { Assessment } from '../types.js';

export interface AssessmentJsonOptions {
  /**
   * Indented as the CLI prints it (the default), or on one line: the same document, a quarter smaller
   * and quicker to write and send (the server's public assessment unless `?pretty=true` asks otherwise).
   */
  indent?: boolean;
}

/** The user's exact text, with controls and bidirectional overrides written as \u escapes (docs/report.md); one trailing newline. */
export function assessmentJson(a: Assessment, options: AssessmentJsonOptions = {}): string {
  return safeJson(a, options.indent === false ? 0 : 2) + '\n';
}
