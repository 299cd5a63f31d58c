/** How fast one client may call a limited route. */
export interface RateLimitOptions {
  /** Requests a client may make at once after being idle (the bucket's size). */
  burst: number;
  /** Requests per minute a client may keep up (the refill rate). */
  perMinute: number;
  /** Milliseconds clock; tests pass their own. */
  now?: () => number;
  /** Clients remembered before idle ones are forgotten. Default 10 000. */
  maxClients?: number;
}

/** Either the request may go ahead, or it must wait `retryAfter` seconds. */
export type Take = { ok: true } | { ok: false; retryAfter: number };

export interface RateLimiter {
  take(client: string): Take;
}

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * A token bucket per client: each request takes a token; tokens come back at `perMinute` up to
 * `burst`. Allows bursts (a desk posting a handful of links) while capping the sustained rate.
 */
export function createRateLimiter(opts: RateLimitOptions): RateLimiter {
  const now = opts.now ?? (() => Date.now());
  const burst = Math.max(1, opts.burst);
  const perMs = Math.max(opts.perMinute, 0) / 60_000;
  const maxClients = opts.maxClients ?? 10_000;
  const buckets = new Map<string, Bucket>();

  const level = (b: Bucket, t: number): number => Math.min(burst, b.tokens + (t - b.at) * perMs);

  /** Forgets clients whose bucket has refilled: they are indistinguishable from new ones. */
  const prune = (t: number): void => {
    for (const [k, b] of buckets) if (level(b, t) >= burst) buckets.delete(k);
    // Still full of clients mid-burst (a flood of addresses): forget the oldest rather than grow without bound.
    for (const k of buckets.keys()) {
      if (buckets.size < maxClients) break;
      buckets.delete(k);
    }
  };

  return {
    take(client) {
      const t = now();
      let b = buckets.get(client);
      if (b === undefined) {
        if (buckets.size >= maxClients) prune(t);
        b = { tokens: burst, at: t };
        buckets.set(client, b);
      } else {
        b.tokens = level(b, t);
        b.at = t;
      }
      if (b.tokens >= 1) {
        b.tokens -= 1;
        return { ok: true };
      }
      const wait = perMs > 0 ? (1 - b.tokens) / perMs / 1000 : 3600;
      return { ok: false, retryAfter: Math.max(1, Math.ceil(wait)) };
    },
  };
}
