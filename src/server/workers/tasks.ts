// What the assessment workers do, as plain functions: the same code runs in a worker thread (the server's
// pool) and in the calling thread (no pool: tests, the seed, `armoedetoets reassess`), so both give the
// same bytes. Errors cross the thread boundary as data and are made into the same ArmoedetoetsError again.
import { assess } from '../../index.js';
import { outputLang } from '../../cli/input.js';
import { ArmoedetoetsError, isArmoedetoetsError, type ErrorCode, type FieldIssue } from '../../errors.js';
import { assessmentJson } from '../../output/json.js';
import { defaultRuleset } from '../../ruleset/load.js';
import type { Lang } from '../../types.js';
import type { InputFormat } from '../../validation/parse.js';
import { computeRow, type AssessmentRow, type OverlayFiles } from '../services/assessing.js';
import { sharedRulesets, type RulesetCache } from '../services/rulesets.js';
import { parseInput } from '../services/input.js';

/** POST /api/v1/assess: the body as sent, checked and assessed with the shipped pack, answered as JSON bytes. */
export interface PublicAssessJob {
  text: string;
  format: InputFormat;
  /** The request's language: error messages, and the output's language when neither ?lang= nor meta.language says. */
  requestLang: Lang;
  /** ?lang= */
  lang?: Lang;
  /** ?date= */
  date?: string;
  /** Today in Belgium on the server's clock. */
  today: string;
  /** ?pretty=true: indented as the CLI prints it. */
  pretty: boolean;
}

/** A stored version's input assessed with its organisation's overlay: the row to store. */
export interface StoredAssessJob {
  input: Record<string, unknown>;
  overlay?: OverlayFiles;
  lang: Lang;
  today: string;
}

export interface Tasks {
  public: (job: PublicAssessJob) => Promise<Uint8Array>;
  stored: (job: StoredAssessJob) => Promise<AssessmentRow>;
}
export type TaskName = keyof Tasks;

/** The tasks over a ruleset cache (each worker thread has its own; this thread shares the process's). */
export function tasks(rulesets: RulesetCache = sharedRulesets): Tasks {
  return {
    async public(job) {
      const raw = parseInput(job.text, job.format, job.requestLang);
      // As the CLI: --lang when given, else the input's meta.language, else (no --lang here) the request's language.
      const lang = job.lang ?? outputLang(raw, job.requestLang);
      const a = await assess(raw, { ruleset: defaultRuleset(), lang, date: job.date, today: job.today });
      // Encoded here: in a worker the bytes then move to the main thread without a copy (transferred).
      return new TextEncoder().encode(assessmentJson(a, { indent: job.pretty }));
    },
    stored: (job) => computeRow(job.input, job.overlay, { lang: job.lang, today: job.today, rulesets }),
  };
}

/** An error as it crosses from a worker: ours with their code, issues and data; anything else as a bug. */
export type WireError =
  | { kind: 'armoedetoets'; code: ErrorCode; message: string; issues: FieldIssue[]; data: Record<string, unknown>; cause?: string }
  | { kind: 'bug'; message: string; stack?: string };

export function toWire(e: unknown): WireError {
  if (isArmoedetoetsError(e)) {
    // data is plain by convention; anything structured clone cannot carry is dropped rather than failing the answer
    let data: Record<string, unknown> = {};
    try {
      data = structuredClone(e.data);
    } catch {
      data = {};
    }
    // The cause's stack is for the server's log (an INTERNAL error's), never for the client.
    const cause = e.cause instanceof Error ? (e.cause.stack ?? e.cause.message) : undefined;
    return { kind: 'armoedetoets', code: e.code, message: e.message, issues: e.issues, data, ...(cause ? { cause } : {}) };
  }
  const err = e instanceof Error ? e : new Error(String(e));
  return { kind: 'bug', message: err.message, stack: err.stack };
}

export function fromWire(w: WireError): Error {
  if (w.kind === 'armoedetoets') {
    const cause = w.cause === undefined ? undefined : Object.assign(new Error('(in the worker)'), { stack: w.cause });
    return new ArmoedetoetsError(w.code, w.message, { issues: w.issues, data: w.data, cause });
  }
  const e = new Error(`assessment worker: ${w.message}`);
  if (w.stack) e.stack = `${e.message}\n(in the worker) ${w.stack}`;
  return e;
}
