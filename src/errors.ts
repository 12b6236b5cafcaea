// The one error class of the project: a stable code, optional data and a cause.
import { safeText } from './text-safety.js';

export type ErrorCode =
  | 'INPUT_INVALID'
  | 'INPUT_UNREADABLE'
  | 'INPUT_TOO_LARGE'
  | 'INPUT_SYNTAX'
  | 'RULESET_NOT_FOUND'
  | 'RULESET_INVALID'
  | 'RULESET_PARAM_MISSING'
  | 'CHECK_NOT_FOUND'
  | 'USAGE'
  | 'BROWSER_NOT_FOUND'
  | 'BUSY'
  | 'RENDER_FAILED'
  | 'RENDER_TIMEOUT'
  | 'OUTPUT_FAILED'
  | 'CONFIG_INVALID'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'CSRF'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'UNAVAILABLE'
  | 'STORAGE'
  | 'INTERNAL';

/** One problem in a user's file: where it is and what is wrong, already localized. */
export interface FieldIssue {
  path: string;
  message: string;
}

/**
 * Marks an ArmoedetoetsError made by any copy of this module: the CLI's bundles (dist/cli/*.cjs) each hold
 * their own copy of the class, and an error made in the server's bundle is caught in the command's.
 */
const BRAND = Symbol.for('armoedetoets.ArmoedetoetsError');

export class ArmoedetoetsError extends Error {
  /** `instanceof` by the brand, so it holds across copies of this class (see BRAND). */
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[BRAND] === true;
  }

  readonly code: ErrorCode;
  readonly issues: FieldIssue[];
  readonly data: Record<string, unknown>;

  constructor(code: ErrorCode, message: string, options: { issues?: FieldIssue[]; data?: Record<string, unknown>; cause?: unknown } = {}) {
    // Messages quote user input (a value, a key, a file name, a parser's excerpt): no terminal controls
    // or bidirectional overrides reach whoever prints them; a field path stays on its one line.
    super(safeText(message), options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'ArmoedetoetsError';
    Object.defineProperty(this, BRAND, { value: true });
    this.code = code;
    this.issues = (options.issues ?? []).map((i) => ({ ...i, path: safeText(i.path, { singleLine: true }), message: safeText(i.message) }));
    this.data = options.data ?? {};
  }

  /** Expected errors come from bad input or usage; the rest are bugs. */
  get expected(): boolean {
    return this.code !== 'INTERNAL';
  }

  /** "path: message" for each issue that adds to the message itself. */
  details(): string[] {
    return this.issues.filter((i) => i.message !== this.message).map((i) => `${i.path}: ${i.message}`);
  }

  toJSON(): { code: ErrorCode; message: string; issues: FieldIssue[]; data: Record<string, unknown> } {
    return { code: this.code, message: this.message, issues: this.issues, data: this.data };
  }
}

export function isArmoedetoetsError(e: unknown): e is ArmoedetoetsError {
  return e instanceof ArmoedetoetsError;
}
