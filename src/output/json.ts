// An assessment as JSON: what `assess --format json` prints and what the server stores and returns.
import { safeJson } from '../text-safety.js';
import type { Assessment } from '../types.js';

/** The user's exact text, with controls and bidirectional overrides written as \u escapes (docs/report.md); one trailing newline. */
export function assessmentJson(a: Assessment): string {
  return safeJson(a) + '\n';
}
