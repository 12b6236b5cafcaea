// The wizard's steps and what they know of the draft: one step per top-level section (meta and the
// screening first, then the schema's order) and a last step to review and submit; which sections the
// screening rules out (as the engine does: a dimension whose trigger fact is "no" is not run); and the
// schema's problems of the draft, each under the form field it belongs to.
import { screeningFacts } from '../../engine/facts/screening.js';
import { isArmoedetoetsError, type FieldIssue } from '../../errors.js';
import type { DimensionDefinition, Lang, SubjectKind } from '../../types.js';
import { validateInput } from '../../validation/validate.js';
import { allFields, formModel, type FormField, type FormSection } from '../forms/schema-form.js';

/** The last step: the review of every problem left, and the submit button. */
export const REVIEW_STEP = 'review';
const FIRST: readonly string[] = ['meta', 'screening'];

/** The sections in the order the wizard asks them: meta, the screening, then the schema's order. */
export function wizardSections(kind: SubjectKind): FormSection[] {
  const sections = formModel(kind);
  const first = FIRST.flatMap((k) => sections.filter((s) => s.key === k));
  return [...first, ...sections.filter((s) => !FIRST.includes(s.key))];
}

export function sectionOf(kind: SubjectKind, key: string): FormSection | undefined {
  return formModel(kind).find((s) => s.key === key);
}

/**
 * The sections the screening rules out: those of a dimension whose trigger fact is false, the engine's
 * own facts from the draft's screening answers (an unanswered trigger keeps its section).
 */
export function hiddenSections(input: Record<string, unknown>, dimensions: readonly Pick<DimensionDefinition, 'id' | 'trigger'>[]): Set<string> {
  const facts = screeningFacts(input);
  return new Set(dimensions.filter((d) => d.trigger !== undefined && facts[d.trigger] === false).map((d) => d.id));
}

/** The step before or after `from`, skipping the sections ruled out; after the last section comes the review. */
export function neighbour(kind: SubjectKind, hidden: ReadonlySet<string>, from: string, direction: 1 | -1): string | undefined {
  const keys = [...wizardSections(kind).map((s) => s.key), REVIEW_STEP];
  let i = keys.indexOf(from);
  if (i < 0) return undefined;
  for (i += direction; i >= 0 && i < keys.length; i += direction) {
    const k = keys[i] as string;
    if (!hidden.has(k)) return k;
  }
  return undefined;
}

/** The schema's problems of a draft, in the user's language, the CLI's own messages; none when it is valid. */
export function draftIssues(input: Record<string, unknown>, lang: Lang): FieldIssue[] {
  try {
    validateInput(input, lang);
    return [];
  } catch (e) {
    if (isArmoedetoetsError(e) && e.code === 'INPUT_INVALID') return e.issues;
    throw e;
  }
}

/** An issue's path as the form names the field: `affordability.prices[0].amount` → `affordability.prices.0.amount`. */
export const issueName = (path: string): string => path.replace(/\[(\d+)\]/g, '.$1');

/** The step an issue belongs to: its first name part. */
export const issueSection = (name: string): string => name.split('.')[0] as string;

const fieldsByPath = new Map<SubjectKind, Map<string, FormField>>();

/** The model field of a form name, or of the closest field above it: `affordability.prices.0.amount` → `affordability.prices[].amount`. */
export function fieldOfName(kind: SubjectKind, name: string): { field: FormField; row?: number } | undefined {
  let byPath = fieldsByPath.get(kind);
  if (!byPath) fieldsByPath.set(kind, (byPath = new Map(allFields(kind).map((f) => [f.path, f]))));
  const parts = name.split('.');
  for (let n = parts.length; n > 0; n--) {
    let path = '';
    let row: number | undefined;
    for (const p of parts.slice(0, n)) {
      if (/^\d+$/.test(p)) {
        path += '[]';
        row = Number(p);
      } else path += path ? `.${p}` : p;
    }
    const field = byPath.get(path);
    if (field) return row === undefined ? { field } : { field, row };
  }
  return undefined;
}
