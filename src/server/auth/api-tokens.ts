// API tokens for integrations: "atk_" and 32 random bytes, shown once, stored as sha256, scoped to one
// organisation and one role, revocable; the last use is recorded (at most once a minute).
import { randomToken, sha256Hex } from './secrets.js';

export const API_TOKEN_PREFIX = 'atk_';
/** Last use is written at most once a minute per token: an integration's burst of calls writes once. */
export const TOKEN_LAST_USED_RESOLUTION_MS = 60 * 1000;
const TOKEN_SHAPE = /^atk_[A-Za-z0-9_-]{43}$/;

export function newApiToken(): { token: string; tokenHash: string } {
  const token = API_TOKEN_PREFIX + randomToken();
  return { token, tokenHash: sha256Hex(token) };
}

/**
 * The token of an `Authorization: Bearer …` header: undefined without a Bearer header (another scheme, such as
 * a reverse proxy's Basic, is not ours), null when a Bearer header holds no token of ours (the request is then
 * refused, never taken as anonymous).
 */
export function bearerToken(header: string | undefined): string | null | undefined {
  if (header === undefined || !/^Bearer(\s|$)/i.test(header)) return undefined;
  const token = header.slice(6).trim();
  return TOKEN_SHAPE.test(token) ? token : null;
}
