// The API's one error envelope, `{ error: { code, message, issues } }`, and the HTTP status of every code.
// Express's and body-parser's own errors are turned into the same envelope; a stack never reaches the client.
import { ArmoedetoetsError, isArmoedetoetsError, type ErrorCode, type FieldIssue } from '../../errors.js';
import type { Lang } from '../../types.js';
import { sm } from '../messages/index.js';

/** The HTTP status of each code: bad input is 4xx, never 5xx; only bugs and outages are 5xx. */
export const HTTP_STATUS: Record<ErrorCode, number> = {
  INPUT_INVALID: 400,
  INPUT_UNREADABLE: 400,
  INPUT_TOO_LARGE: 413,
  INPUT_SYNTAX: 400,
  RULESET_NOT_FOUND: 404,
  RULESET_INVALID: 400,
  RULESET_PARAM_MISSING: 422,
  CHECK_NOT_FOUND: 404,
  USAGE: 400,
  BROWSER_NOT_FOUND: 503,
  BUSY: 503,
  RENDER_FAILED: 503,
  RENDER_TIMEOUT: 503,
  OUTPUT_FAILED: 500,
  STORAGE: 503,
  CONFIG_INVALID: 500,
  PAYLOAD_TOO_LARGE: 413,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  CSRF: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

export interface ErrorEnvelope {
  error: { code: ErrorCode; message: string; issues: FieldIssue[] };
}

/** At most this many field issues in one answer: a body with thousands of mistakes still gets a readable one. */
export const MAX_ISSUES = 50;

/** A field error in the request's language: the message says how many, the issues say where and what. */
export function fieldErrors(lang: Lang, issues: FieldIssue[]): ArmoedetoetsError {
  return new ArmoedetoetsError('INPUT_INVALID', sm(lang, 'requestInvalid', { count: issues.length }), { issues });
}

/** The same 404 whatever was not found (an unknown route, an unknown organisation, someone else's): nothing to learn from it. */
export function notFound(lang: Lang): ArmoedetoetsError {
  return new ArmoedetoetsError('NOT_FOUND', sm(lang, 'notFound'));
}

interface HttpLikeError {
  status?: unknown;
  statusCode?: unknown;
  type?: unknown;
  limit?: unknown;
}

/** An error as the client sees it: ours as they are; body-parser's and express's with a stable code; anything else INTERNAL. */
export function toApiError(err: unknown, lang: Lang, requestId: string): ArmoedetoetsError {
  if (isArmoedetoetsError(err)) return err;
  const e = (err ?? {}) as HttpLikeError;
  const status = typeof e.status === 'number' ? e.status : typeof e.statusCode === 'number' ? e.statusCode : 500;
  if (e.type === 'entity.too.large' || status === 413) {
    return new ArmoedetoetsError('PAYLOAD_TOO_LARGE', sm(lang, 'payloadTooLarge', { max: typeof e.limit === 'number' ? e.limit : '?' }));
  }
  if (e.type === 'entity.parse.failed') return new ArmoedetoetsError('INPUT_SYNTAX', sm(lang, 'jsonSyntax'));
  // Other client errors of the body parser or router (bad charset, aborted body, a path that does not decode).
  if (status >= 400 && status < 500) return new ArmoedetoetsError('INPUT_UNREADABLE', sm(lang, 'jsonSyntax'), { data: { status } });
  return new ArmoedetoetsError('INTERNAL', sm(lang, 'internal', { requestId }));
}

/** HTTP status for an error made by toApiError (a passed-through client status is kept). */
export function statusOf(e: ArmoedetoetsError): number {
  const kept = e.data['status'];
  if (e.code === 'INPUT_UNREADABLE' && typeof kept === 'number' && kept >= 400 && kept < 500) return kept;
  return HTTP_STATUS[e.code] ?? 500;
}

/** The body of an error answer; a 500's own message (a bug's detail) is replaced by the generic one with the request id. */
export function envelope(e: ArmoedetoetsError, lang: Lang, requestId: string): ErrorEnvelope {
  if (statusOf(e) === 500) return { error: { code: e.code, message: sm(lang, 'internal', { requestId }), issues: [] } };
  // the database's own message names files and hosts: the client learns only that it is unavailable
  if (e.code === 'STORAGE') return { error: { code: e.code, message: sm(lang, 'unavailable'), issues: [] } };
  return { error: { code: e.code, message: e.message, issues: e.issues.slice(0, MAX_ISSUES) } };
}

/** Seconds to wait before trying again, when the error says so (429, 503). */
export function retryAfterOf(e: ArmoedetoetsError): number | undefined {
  const s = e.data['retryAfterSeconds'];
  return typeof s === 'number' && s > 0 ? Math.ceil(s) : undefined;
}
