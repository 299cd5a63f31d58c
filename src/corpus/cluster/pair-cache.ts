/**
 * The clusterer's cache of same-event probabilities of report pairs, readable from either report.
 * Each report has a row: an open-addressing table (linear probing) of partner numbers and
 * probabilities in typed arrays. A report in a busy neighbourhood caches hundreds of pairs; as map
 * entries with boxed doubles they cost over 40 bytes a direction and are walked by every garbage
 * collection, in typed arrays about 16 bytes and nothing to walk.
 */

const EMPTY = -1;
const FIRST_CAPACITY = 8;

/** One report's partners and probabilities. */
class PairRow {
  keys = new Int32Array(FIRST_CAPACITY).fill(EMPTY);
  vals = new Float64Array(FIRST_CAPACITY);
  size = 0;

  private slotOf(b: number): number {
    const mask = this.keys.length - 1;
    let i = Math.imul(b, 0x9e3779b1) >>> 0 & mask;
    while (this.keys[i] !== EMPTY && this.keys[i] !== b) i = (i + 1) & mask;
    return i;
  }

  get(b: number): number | undefined {
    const i = this.slotOf(b);
    return this.keys[i] === b ? this.vals[i] : undefined;
  }

  set(b: number, p: number): void {
    // Kept at most three quarters full, so probes stay short.
    if ((this.size + 1) * 4 > this.keys.length * 3) this.resize(this.keys.length * 2);
    const i = this.slotOf(b);
    if (this.keys[i] !== b) {
      this.keys[i] = b;
      this.size++;
    }
    this.vals[i] = p;
  }

  delete(b: number): void {
    const mask = this.keys.length - 1;
    let i = this.slotOf(b);
    if (this.keys[i] !== b) return;
    this.size--;
    // Backward-shift deletion: later entries of the probe run move up, so no tombstones are left.
    for (let j = (i + 1) & mask; this.keys[j] !== EMPTY; j = (j + 1) & mask) {
      const home = Math.imul(this.keys[j]!, 0x9e3779b1) >>> 0 & mask;
      // The entry at j may fill the hole at i unless its home lies cyclically in (i, j].
      if (i <= j ? home <= i || home > j : home <= i && home > j) {
        this.keys[i] = this.keys[j]!;
        this.vals[i] = this.vals[j]!;
        i = j;
      }
    }
    this.keys[i] = EMPTY;
  }

  forEach(f: (b: number, p: number) => void): void {
    for (let i = 0; i < this.keys.length; i++) if (this.keys[i] !== EMPTY) f(this.keys[i]!, this.vals[i]!);
  }

  private resize(capacity: number): void {
    const keys = this.keys;
    const vals = this.vals;
    this.keys = new Int32Array(capacity).fill(EMPTY);
    this.vals = new Float64Array(capacity);
    this.size = 0;
    for (let i = 0; i < keys.length; i++) if (keys[i] !== EMPTY) this.set(keys[i]!, vals[i]!);
  }
}

/** Pair probabilities by report number, both directions (see the file comment). */
export class PairCache {
  private readonly rows = new Map<number, PairRow>();

  /** The cached probability of reports `a` and `b`, or undefined. */
  get(a: number, b: number): number | undefined {
    return this.rows.get(a)?.get(b);
  }

  /** Caches the probability of `a` and `b` (readable from both). */
  set(a: number, b: number, p: number): void {
    this.row(a).set(b, p);
    this.row(b).set(a, p);
  }

  /** Whether report `a` has cached pairs. */
  has(a: number): boolean {
    return this.rows.has(a);
  }

  /** Calls `f` for each cached partner of `a`. */
  forEachOf(a: number, f: (b: number, p: number) => void): void {
    this.rows.get(a)?.forEach(f);
  }

  /** Drops every pair of report `r`; `partner` is told each report that lost a pair with it. */
  drop(r: number, partner?: (q: number) => void): void {
    const row = this.rows.get(r);
    if (!row) return;
    row.forEach((q) => {
      const other = this.rows.get(q);
      other?.delete(r);
      if (other?.size === 0) this.rows.delete(q);
      partner?.(q);
    });
    this.rows.delete(r);
  }

  /** Every cached pair once, as [a, b, p] with a < b. */
  pairs(): Array<[number, number, number]> {
    const out: Array<[number, number, number]> = [];
    for (const [a, row] of this.rows) row.forEach((b, p) => a < b && out.push([a, b, p]));
    return out;
  }

  private row(a: number): PairRow {
    let r = this.rows.get(a);
    if (!r) this.rows.set(a, (r = new PairRow()));
    return r;
  }
}
