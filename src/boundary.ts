// The library's edge: whatever goes wrong inside leaves as an ArmoedetoetsError with a code.
import { ArmoedetoetsError } from './errors.js';
import { t } from './i18n.js';

/** An expected error passes unchanged; anything else is a bug, wrapped as INTERNAL with the original as its cause. */
export function asLibraryError(e: unknown): ArmoedetoetsError {
  if (e instanceof ArmoedetoetsError) return e;
  const detail = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  return new ArmoedetoetsError('INTERNAL', t('nl', 'internalError', { detail }), { cause: e });
}

/** `fn` with its errors (thrown, or a rejected promise) turned into ArmoedetoetsErrors. */
export function guarded<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R {
  const wrapped = (...args: A): R => {
    let out: R;
    try {
      out = fn(...args);
    } catch (e) {
      throw asLibraryError(e);
    }
    if (out instanceof Promise) {
      return out.catch((e: unknown) => {
        throw asLibraryError(e);
      }) as R;
    }
    return out;
  };
  Object.defineProperty(wrapped, 'name', { value: fn.name });
  return wrapped;
}
