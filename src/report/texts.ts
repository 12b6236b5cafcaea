// Texts of one report. The model words the assessment in the report language first (inLanguage in
// src/output/words.ts: from the codes it recorded, never by scoring or deriving facts again), so each
// text here is the assessment's own; the seam stays for texts a later report may word differently.
import type { Assessment, ParamUse } from '../types.js';

type TextField = 'title' | 'why' | 'fix' | 'ask';

/** Texts of one report, each given as the (already worded) text of the assessment. */
export interface ReportTexts {
  check(id: string, field: TextField, fallback: string, params?: readonly ParamUse[]): string;
  dimension(id: string, fallback: string): string;
  level(level: number, fallback: string): string;
  capReason(missing: readonly string[], fallback: string): string;
}

/** The texts of an assessment already worded in the report language. */
export function reportTexts(): ReportTexts {
  return {
    check: (_id, _field, fallback) => fallback,
    dimension: (_id, fallback) => fallback,
    level: (_level, fallback) => fallback,
    capReason: (_missing, fallback) => fallback,
  };
}

/** The verdict title and reasons of an assessment worded in the report language. */
export function localVerdict(a: Assessment): { title: string; reasons: string[] } {
  return { title: a.verdict.title, reasons: a.verdict.reasons };
}
