// The council's record as evidence for the engine's participation checks (issue 10, section 3): the
// participation group's input becomes a participation moment of the proposal, the final feedback to the
// participants answers "written feedback" (PA7). Pure: takes the latest version's input and returns the
// input of the version that takes the evidence in, with what changed (nothing when it holds it already).
// The stored version is then an ordinary input: the CLI assesses its download to the same result.
//
// What the record says is added, never put in place of what the proposal states, with one exception: a
// final feedback is a fact, so "written feedback: no" becomes yes. "Expenses paid" is filled in only where
// the proposal left it open (it speaks of the whole participation, the group's input of one meeting).
import { answer } from '../../engine/facts/read.js';
import type { ExpensesPaid } from '../../store/types.js';
import type { SubjectKind } from '../../types.js';
import { allFields } from '../forms/schema-form.js';

export type CouncilEvidence = { kind: 'participation'; heldOn: string; participants: number; text: string; expensesPaid: ExpensesPaid } | { kind: 'feedback' };

/** What a merge changed, for the page's notice and the audit entry. */
export type EvidenceChange = 'moment' | 'expensesPaid' | 'writtenFeedback';

export interface Merged {
  input: Record<string, unknown>;
  /** Empty when the input holds the evidence already, or has no room for another moment (`full`). */
  changes: EvidenceChange[];
  /** The input has as many moments as the schema allows: the group's input stays in the record only. */
  full: boolean;
}

/** The schema's limits a merge keeps to: the longest summary and the most moments an input holds. */
export interface EvidenceLimits {
  summaryMax: number;
  momentsMax: number;
}

/** The limits read from the input schema of `kind` (the schema is the one source of them). */
export function evidenceLimits(kind: SubjectKind): EvidenceLimits {
  const fields = allFields(kind);
  const find = (path: string) => fields.find((f) => f.path === path);
  const summaryMax = find('participation.moments[].summary')?.maxLength;
  const momentsMax = find('participation.moments')?.maxItems;
  if (summaryMax === undefined || momentsMax === undefined) throw new Error(`schema of ${kind}: participation moments without their limits`);
  return { summaryMax, momentsMax };
}

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const objAt = (o: Obj, key: string): Obj => (isObj(o[key]) ? { ...(o[key] as Obj) } : {});

/** The text cut at a word boundary, marked with an ellipsis, when it is longer than `max` characters. */
export function clip(text: string, max: number): string {
  const t = text.trim();
  if (t.length <= max) return t;
  const cut = t.slice(0, max - 2);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()} …`;
}

/** The moment a recorded input becomes: a consultation of the participation group, its members there themselves. */
export function momentOf(ev: Extract<CouncilEvidence, { kind: 'participation' }>, who: string, summaryMax: number): Obj {
  return {
    date: ev.heldOn,
    form: 'consultation',
    who,
    participants: ev.participants,
    collective: 'yes',
    livedExperience: 'yes',
    voices: ['participation-group'],
    summary: clip(ev.text, summaryMax),
  };
}

const sameMoment = (a: unknown, b: Obj): boolean =>
  isObj(a) && a['date'] === b['date'] && a['participants'] === b['participants'] && a['summary'] === b['summary'];

/**
 * The input with the evidence taken in, and what changed: nothing when the input holds it already (the
 * same input recorded twice, a feedback already stated). `who` names the group in the input's language.
 */
export function mergeEvidence(input: Obj, ev: CouncilEvidence, who: string, limits: EvidenceLimits): Merged {
  const participation = objAt(input, 'participation');
  const changes: EvidenceChange[] = [];
  let full = false;
  if (ev.kind === 'participation') {
    const moment = momentOf(ev, who, limits.summaryMax);
    const moments = Array.isArray(participation['moments']) ? [...(participation['moments'] as unknown[])] : [];
    full = moments.length >= limits.momentsMax;
    if (!full && !moments.some((m) => sameMoment(m, moment))) {
      participation['moments'] = [...moments, moment];
      changes.push('moment');
    }
    const support = objAt(participation, 'support');
    if (ev.expensesPaid !== 'unknown' && answer(support['expensesPaid']) === null) {
      participation['support'] = { ...support, expensesPaid: ev.expensesPaid };
      changes.push('expensesPaid');
    }
  } else if (answer(participation['writtenFeedback']) !== true) {
    participation['writtenFeedback'] = 'yes';
    changes.push('writtenFeedback');
  }
  return { input: changes.length === 0 ? input : { ...input, participation }, changes, full };
}
