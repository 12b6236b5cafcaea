// Passwords: argon2id through @node-rs/argon2 (prebuilt, nothing to compile), checked in constant time.
import { hash, verify, type Algorithm } from '@node-rs/argon2';

/** At least 12 characters: the length people can remember as a phrase, and what the issue asks. */
export const MIN_PASSWORD_LENGTH = 12;
/** At most 256 characters: any passphrase fits; a megabyte "password" would only cost hashing time. */
export const MAX_PASSWORD_LENGTH = 256;

/**
 * OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane): about 30–60 ms per hash on a small server, which
 * login throttling keeps from adding up. `2` is Algorithm.Argon2id (a const enum that tsx cannot inline).
 */
export const ARGON2_OPTIONS = { algorithm: 2 as Algorithm, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function hashPassword(password: string): Promise<string> {
  return hash(password, ARGON2_OPTIONS);
}

let dummy: Promise<string> | undefined;

/**
 * Does `password` match `stored`? With no stored hash (unknown user, password not chosen yet) a dummy hash
 * made with the same settings is verified instead, so the answer takes as long either way.
 */
export async function verifyPassword(stored: string | null | undefined, password: string): Promise<boolean> {
  const target = stored ?? (await (dummy ??= hashPassword('no user has this password: it only costs time')));
  try {
    const ok = await verify(target, password);
    return ok && stored !== null && stored !== undefined;
  } catch {
    return false; // a damaged hash in the database never logs anyone in
  }
}
