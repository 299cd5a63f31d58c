import type { RateLimitOptions } from './rate-limit.js';

/** Largest request body by default: far above a news page or a day's JSONL, far below what hurts. */
export const DEFAULT_MAX_BODY_BYTES = 10 * 1024 * 1024;

/** Ingest requests per client by default: a burst of 10, then 30 a minute. */
export const DEFAULT_RATE_LIMIT: RateLimitOptions = { burst: 10, perMinute: 30 };
