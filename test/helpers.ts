// Test helpers: build minimal inputs and read one check's outcome.
import { assess, type AssessOptions } from '../src/assess.js';
import type { Assessment, CheckResult, Outcome } from '../src/types.js';

/** A pinned date for every test that does not test dates itself. */
export const TEST_DATE = '2025-06-01';

/** A minimal valid proposal with the given sections merged in. */
export function proposal(sections: Record<string, unknown> = {}): Record<string, unknown> {
  return { kind: 'proposal', meta: { title: 'Testvoorstel', municipality: 'Teststad' }, ...sections };
}

export function audit(sections: Record<string, unknown> = {}): Record<string, unknown> {
  return { kind: 'service-audit', meta: { title: 'Testdienst', municipality: 'Teststad' }, ...sections };
}

export async function run(input: Record<string, unknown>, options: AssessOptions = {}): Promise<Assessment> {
  return assess(input, { date: TEST_DATE, ...options });
}

export function check(a: Assessment, id: string): CheckResult {
  const c = a.checks.find((x) => x.id === id);
  if (!c) throw new Error(`check ${id} not in assessment`);
  return c;
}

/** The outcome of one check for the given input. */
export async function outcomeOf(id: string, input: Record<string, unknown>, options: AssessOptions = {}): Promise<Outcome> {
  return check(await run(input, options), id).outcome;
}

/** A check result; `possible` as one outcome (decided) or a range, best first. */
export function result(id: string, dimension: string, possible: Outcome | Outcome[], severity: 1 | 2 | 3 = 2, knockout = false): CheckResult {
  const range = Array.isArray(possible) ? possible : [possible];
  return {
    id,
    dimension,
    outcome: range.length === 1 ? (range[0] as Outcome) : 'unknown',
    possible: range,
    severity,
    knockout,
    title: id,
    why: '',
    fix: `fix ${id}`,
    ask: `ask ${id}`,
    sources: [],
    facts: {},
    conditions: [],
    parameters: [],
    origin: 'pack',
    variants: [],
    decidingBody: null,
  };
}
