/**
 * How long a source waits before its next poll: its interval after a success; after `errorsInRow`
 * failures in a row, the interval doubled that many times, but never more than `maxBackoffMs`
 * (nor less than the interval itself).
 */
export function pollDelay(intervalMs: number, errorsInRow: number, maxBackoffMs: number): number {
  if (errorsInRow <= 0) return intervalMs;
  const cap = Math.max(intervalMs, maxBackoffMs);
  // The exponent is bounded so a source failing for days cannot overflow to Infinity.
  return Math.min(cap, intervalMs * 2 ** Math.min(errorsInRow, 40));
}
