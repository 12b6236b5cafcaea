// Login throttling per account and per address, counted in the database (store.throttle) so that every
// instance behind a load balancer sees the same counts. Only failures count; a success clears the
// account's count (not the address's: one valid account must not reset an address that guesses others).
import type { Store } from '../../store/types.js';
import { keyedDigest } from './secrets.js';

/** Failures are counted in fixed windows of 15 minutes. */
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
/** 5 wrong passwords for one account in a window: a person who mistypes gets there rarely; a guesser gets 5 guesses per 15 minutes. */
export const MAX_FAILURES_PER_ACCOUNT = 5;
/**
 * 20 failures from one address in a window: a municipality's staff behind one NAT address mistype now and
 * then, not 20 times in 15 minutes; a script trying many accounts from one address stops there.
 */
export const MAX_FAILURES_PER_ADDRESS = 20;

export interface LoginThrottleKeys {
  account: string;
  address: string;
}

/** Keys digested with the session secret: the throttle table holds no e-mail address or IP address in clear. */
export function loginThrottleKeys(secret: string, email: string, address: string): LoginThrottleKeys {
  return { account: `login:account:${keyedDigest(secret, email)}`, address: `login:address:${keyedDigest(secret, address)}` };
}

/** Seconds until the window that contains `now` ends (windows start at multiples of the window length). */
export function secondsToWindowEnd(now: number, windowMs: number = LOGIN_WINDOW_MS): number {
  return Math.max(1, Math.ceil((Math.floor(now / windowMs) * windowMs + windowMs - now) / 1000));
}

/** Seconds to wait when either count is used up, else undefined. */
export async function loginBlocked(store: Store, keys: LoginThrottleKeys, now: number): Promise<number | undefined> {
  const [account, address] = await Promise.all([
    store.throttle.peek(keys.account, LOGIN_WINDOW_MS, now),
    store.throttle.peek(keys.address, LOGIN_WINDOW_MS, now),
  ]);
  return account >= MAX_FAILURES_PER_ACCOUNT || address >= MAX_FAILURES_PER_ADDRESS ? secondsToWindowEnd(now) : undefined;
}

export async function recordLoginFailure(store: Store, keys: LoginThrottleKeys, now: number): Promise<void> {
  await Promise.all([store.throttle.hit(keys.account, LOGIN_WINDOW_MS, now), store.throttle.hit(keys.address, LOGIN_WINDOW_MS, now)]);
}

export function recordLoginSuccess(store: Store, keys: LoginThrottleKeys): Promise<void> {
  return store.throttle.reset(keys.account);
}
