// Random tokens and their digests: what goes to the client is random; what is stored is only its sha256.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** 32 random bytes (256 bits): sessions, links and API tokens cannot be guessed. */
export const TOKEN_BYTES = 32;

/** A fresh random token, base64url (43 characters for 32 bytes). */
export function randomToken(bytes = TOKEN_BYTES): string {
  return randomBytes(bytes).toString('base64url');
}

/** sha256 (hex): how sessions, links and API tokens are stored. */
export function sha256Hex(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** A keyed digest (HMAC-SHA256 with the session secret): throttle keys hold no e-mail address or IP address in clear. */
export function keyedDigest(secret: string, text: string): string {
  return createHmac('sha256', secret).update(text, 'utf8').digest('base64url');
}

/** Equal strings, compared in time that does not depend on where they differ (both are hashed first, so lengths match). */
export function sameSecret(a: string, b: string): boolean {
  const x = createHash('sha256').update(a, 'utf8').digest();
  const y = createHash('sha256').update(b, 'utf8').digest();
  return timingSafeEqual(x, y) && a.length === b.length;
}
