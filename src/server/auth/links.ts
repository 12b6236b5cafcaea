// Single-use links: the first administrator's setup link (printed at start) and password-reset links an
// administrator creates. The token is in the link; only its sha256 is stored; using it marks it used atomically.
import type { LinkPurpose, OneTimeLink, Store } from '../../store/types.js';
import { randomToken, sha256Hex } from './secrets.js';

/** 24 hours: long enough to reach someone by mail or phone, short enough that a forgotten link dies. */
export const LINK_LIFETIME_MS = 24 * 60 * 60 * 1000;

/** Where the pages that take the links live (the pages issue serves them); the token travels in the query. */
export const LINK_PATHS: Record<LinkPurpose, string> = { setup: '/setup', reset: '/reset' };

export interface CreatedLink {
  url: string;
  token: string;
  expiresAt: string;
}

export async function createLink(
  store: Store,
  publicUrl: string,
  l: { purpose: LinkPurpose; userId: string | null; createdBy: string | null },
  now: Date,
): Promise<CreatedLink> {
  const token = randomToken();
  const expiresAt = new Date(now.getTime() + LINK_LIFETIME_MS).toISOString();
  await store.links.create({ tokenHash: sha256Hex(token), purpose: l.purpose, userId: l.userId, createdBy: l.createdBy, expiresAt });
  return { url: `${publicUrl}${LINK_PATHS[l.purpose]}?token=${token}`, token, expiresAt };
}

/** Uses the link once if it is of this purpose, unused and unexpired; undefined otherwise (the caller answers the same either way). */
export async function consumeLink(store: Store, token: string, purpose: LinkPurpose, now: Date): Promise<OneTimeLink | undefined> {
  const hash = sha256Hex(token);
  const seen = await store.links.peek(hash, now.toISOString());
  if (!seen || seen.purpose !== purpose) return undefined;
  return store.links.consume(hash, now.toISOString());
}
