// Reading the JSON fields of a request body: every problem collected with its field, then one INPUT_INVALID.
import type { FieldIssue } from '../../errors.js';
import type { Lang } from '../../types.js';
import { apiText, type ApiMessageKey } from '../messages/api.js';
import { requestInvalid } from './http.js';

/** Titles: as long as an input's meta.title may be (common.schema.json shortText). */
export const MAX_TITLE_CHARS = 200;

export class BodyFields {
  readonly issues: FieldIssue[] = [];
  readonly #body: Record<string, unknown>;

  constructor(
    body: unknown,
    known: readonly string[],
    readonly lang: Lang,
  ) {
    if (body === null || typeof body !== 'object' || Array.isArray(body)) {
      const type = Array.isArray(body) ? 'array' : body === null ? 'null' : typeof body;
      this.problem('(body)', 'bodyNotObject', { type });
      this.#body = {};
    } else {
      this.#body = body as Record<string, unknown>;
      for (const key of Object.keys(this.#body)) if (!known.includes(key)) this.problem(key, 'fieldUnknown', { known: known.join(', ') });
    }
  }

  problem(path: string, key: ApiMessageKey, vars: Record<string, string | number> = {}): void {
    this.issues.push({ path, message: apiText(this.lang, key, vars) });
  }

  has(name: string): boolean {
    return Object.hasOwn(this.#body, name) && this.#body[name] !== undefined;
  }

  raw(name: string): unknown {
    return Object.hasOwn(this.#body, name) ? this.#body[name] : undefined;
  }

  /** A title: trimmed, not empty, at most MAX_TITLE_CHARS characters; kept as written otherwise (no escaping here: outputs escape). */
  title(name: string): string | undefined {
    const v = this.raw(name);
    if (v === undefined) return undefined;
    if (typeof v !== 'string') return (this.problem(name, 'fieldNotString'), undefined);
    const s = v.trim();
    if (s === '') return (this.problem(name, 'fieldEmpty'), undefined);
    if ([...s].length > MAX_TITLE_CHARS) return (this.problem(name, 'fieldTooLong', { max: MAX_TITLE_CHARS }), undefined);
    return s;
  }

  choice<T extends string>(name: string, values: readonly T[]): T | undefined {
    const v = this.raw(name);
    if (v === undefined) return undefined;
    if (typeof v !== 'string' || !values.includes(v as T)) return (this.problem(name, 'fieldEnum', { values: values.join(', ') }), undefined);
    return v as T;
  }

  required(name: string): void {
    if (!this.has(name)) this.problem(name, 'fieldRequired');
  }

  /** Throws INPUT_INVALID with every problem so far. */
  done(): void {
    if (this.issues.length > 0) throw requestInvalid(this.lang, this.issues);
  }
}
