// Reading a JSON request body field by field: every problem collected with its field name, in the
// request's language, then one INPUT_INVALID with all of them. Unknown fields are refused (a typo
// such as "passwort" is never silently ignored).
import type { FieldIssue } from '../../errors.js';
import type { Lang } from '../../types.js';
import { sm, type ServerMessageKey } from '../messages/index.js';
import { fieldErrors } from './errors.js';

/** Names, titles and the like: one line of a form. */
export const MAX_SHORT_TEXT = 200;
/** RFC 5321's limit on an address. */
export const MAX_EMAIL = 254;
/** Single-use link and API tokens are 43 base64url characters plus a prefix: far below this. */
export const MAX_TOKEN_TEXT = 200;

// Deliberately simple: something@something.something, no spaces; the real check is the mail that arrives.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export class Fields {
  readonly #lang: Lang;
  readonly #body: Record<string, unknown>;
  readonly #issues: FieldIssue[] = [];
  readonly #seen = new Set<string>(['_csrf']);

  constructor(body: unknown, lang: Lang) {
    this.#lang = lang;
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      this.#body = {};
      this.#issues.push({ path: '(body)', message: sm(lang, 'fieldObject') });
    } else {
      this.#body = body as Record<string, unknown>;
    }
  }

  problem(path: string, key: ServerMessageKey, vars: Record<string, string | number> = {}): void {
    this.#issues.push({ path, message: sm(this.#lang, key, vars) });
  }

  #raw(name: string, required: boolean): unknown {
    this.#seen.add(name);
    const v = Object.hasOwn(this.#body, name) ? this.#body[name] : undefined;
    if (v === undefined && required) this.problem(name, 'fieldRequired');
    return v;
  }

  /** Trimmed text of at most `max` characters; '' when absent and optional, or on a problem. */
  text(name: string, options: { max?: number; required?: boolean } = {}): string {
    const { max = MAX_SHORT_TEXT, required = true } = options;
    const v = this.#raw(name, required);
    if (v === undefined) return '';
    if (typeof v !== 'string') return (this.problem(name, 'fieldText'), '');
    const s = v.trim();
    if (s === '' && required) return (this.problem(name, 'fieldEmpty'), '');
    if (s.length > max) return (this.problem(name, 'fieldTooLong', { max }), '');
    return s;
  }

  /** Lower-cased e-mail address. */
  email(name: string): string {
    const s = this.text(name, { max: MAX_EMAIL });
    if (s !== '' && !EMAIL.test(s)) return (this.problem(name, 'fieldEmail'), '');
    return s.toLowerCase();
  }

  /** Text exactly as sent (a password is never trimmed). */
  secret(name: string, min: number, max: number, keys: { short: ServerMessageKey; long: ServerMessageKey }): string {
    const v = this.#raw(name, true);
    if (v === undefined) return '';
    if (typeof v !== 'string') return (this.problem(name, 'fieldText'), '');
    if ([...v].length < min) return (this.problem(name, keys.short, { min }), '');
    if ([...v].length > max) return (this.problem(name, keys.long, { max }), '');
    return v;
  }

  choice<T extends string>(name: string, options: readonly T[], required = true): T | undefined {
    const v = this.#raw(name, required);
    if (v === undefined) return undefined;
    if (typeof v !== 'string' || !options.includes(v as T)) return (this.problem(name, 'fieldChoice', { values: options.join(', ') }), undefined);
    return v as T;
  }

  bool(name: string, fallback: boolean): boolean {
    const v = this.#raw(name, false);
    if (v === undefined) return fallback;
    if (typeof v !== 'boolean') return (this.problem(name, 'fieldBoolean'), fallback);
    return v;
  }

  /** A field read by the caller's own check (marks it known). */
  any(name: string, required = true): unknown {
    return this.#raw(name, required);
  }

  /** Throws INPUT_INVALID with every problem (unknown fields included) when there is any. */
  done(): void {
    for (const key of Object.keys(this.#body)) if (!this.#seen.has(key)) this.problem(key, 'fieldUnknown');
    if (this.#issues.length > 0) throw fieldErrors(this.#lang, this.#issues);
  }
}
