// The rate limit of the routes that need no login: express-rate-limit 8 over a store kept in the database
// (store.throttle), so that several instances behind a load balancer count together.
import type { RequestHandler } from 'express';
import { ipKeyGenerator, rateLimit, type ClientRateLimitInfo, type Options, type Store as RateLimitStore } from 'express-rate-limit';
import { ArmoedetoetsError } from '../errors.js';
import type { Store } from '../store/types.js';
import { keyedDigest } from './auth/secrets.js';
import { secondsToWindowEnd } from './auth/throttle.js';
import type { RequestContext } from './context.js';
import { sm } from './messages/index.js';

/** The limit counts per minute (PUBLIC_RATE_LIMIT is "per minute"). */
export const PUBLIC_WINDOW_MS = 60 * 1000;

/** express-rate-limit's Store over store.throttle: fixed windows that start at multiples of windowMs. */
export class ThrottleRateLimitStore implements RateLimitStore {
  readonly localKeys = false;
  readonly prefix = 'public:';
  #windowMs = PUBLIC_WINDOW_MS;

  constructor(
    private readonly store: Store,
    private readonly now: () => Date,
  ) {}

  init(options: Options): void {
    this.#windowMs = options.windowMs;
  }

  #resetTime(now: number): Date {
    return new Date(Math.floor(now / this.#windowMs) * this.#windowMs + this.#windowMs);
  }

  async get(key: string): Promise<ClientRateLimitInfo> {
    const now = this.now().getTime();
    return { totalHits: await this.store.throttle.peek(this.prefix + key, this.#windowMs, now), resetTime: this.#resetTime(now) };
  }

  async increment(key: string): Promise<ClientRateLimitInfo> {
    const now = this.now().getTime();
    return { totalHits: await this.store.throttle.hit(this.prefix + key, this.#windowMs, now), resetTime: this.#resetTime(now) };
  }

  /** Only called for skipped requests, which this limiter has none of. */
  decrement(): void {}

  async resetKey(key: string): Promise<void> {
    await this.store.throttle.reset(this.prefix + key);
  }
}

/** The middleware, or undefined when the limit is 0 (off: a benchmark, or a proxy that limits in front). */
export function publicRateLimit(store: Store, now: () => Date, perMinute: number, secret: string): RequestHandler | undefined {
  if (perMinute === 0) return undefined;
  return rateLimit({
    windowMs: PUBLIC_WINDOW_MS,
    limit: perMinute,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    store: new ThrottleRateLimitStore(store, now),
    // Keyed by address (an IPv6 /56 as one, as express-rate-limit advises), digested: no address is stored in clear.
    keyGenerator: (req) => keyedDigest(secret, ipKeyGenerator(req.ip ?? 'unknown')),
    handler: (_req, res, next) => {
      const ctx = res.locals['ctx'] as RequestContext;
      const seconds = secondsToWindowEnd(now().getTime(), PUBLIC_WINDOW_MS);
      next(new ArmoedetoetsError('RATE_LIMITED', sm(ctx.lang, 'rateLimited', { seconds }), { data: { retryAfterSeconds: seconds } }));
    },
  });
}
