/**
 * Sums by small integer key (a report's arrival number) for one query at a time, cleared in O(1):
 * each slot carries the number of the query that last wrote it, so a new query starts from zero
 * without touching the arrays, and no hashing is done on the hot path of candidate lookups.
 */
export class StampedSums {
  private sums = new Float64Array(1024);
  private stamps = new Uint32Array(1024);
  private query = 0;
  /** Keys touched by the current query, in the order first touched. */
  touched: number[] = [];

  /** Starts a new query: every sum reads 0 again. */
  begin(): void {
    if (++this.query === 0xffffffff) {
      this.stamps.fill(0);
      this.query = 1;
    }
    this.touched = [];
  }

  /** Adds `x` to the sum of `key`. */
  add(key: number, x: number): void {
    if (key >= this.sums.length) this.grow(key);
    if (this.stamps[key] !== this.query) {
      this.stamps[key] = this.query;
      this.sums[key] = x;
      this.touched.push(key);
    } else this.sums[key] = this.sums[key]! + x;
  }

  /** The sum of `key` in the current query. */
  get(key: number): number {
    return key < this.sums.length && this.stamps[key] === this.query ? this.sums[key]! : 0;
  }

  private grow(key: number): void {
    const size = Math.max(key + 1, this.sums.length * 2);
    const sums = new Float64Array(size);
    sums.set(this.sums);
    const stamps = new Uint32Array(size);
    stamps.set(this.stamps);
    this.sums = sums;
    this.stamps = stamps;
  }
}
