import type { StampedSums } from '../stamped-sums.js';

/**
 * The LSH buckets: a hash multimap from a 32-bit band key to report numbers, in typed arrays so
 * that millions of entries cost about 20 bytes each and no garbage collection. Reading a bucket
 * visits at most `maxBucket` reports, the newest first: a key that many reports share is mostly
 * boilerplate, and news is copied soon after it runs, so the recent ones are those worth reading.
 */
export class BandTable {
  private slotKey: Uint32Array;
  /** Newest entry of each slot's bucket, or -1 when the slot is empty. */
  private slotHead: Int32Array;
  private used = 0;
  private entryDoc: Int32Array;
  private entryNext: Int32Array;
  private entries = 0;

  constructor(readonly maxBucket: number, initialSlots = 1024) {
    const size = 1 << Math.ceil(Math.log2(Math.max(16, initialSlots)));
    this.slotKey = new Uint32Array(size);
    this.slotHead = new Int32Array(size).fill(-1);
    this.entryDoc = new Int32Array(size);
    this.entryNext = new Int32Array(size);
  }

  /** Entries stored. */
  get size(): number {
    return this.entries;
  }

  /** Adds report `doc` to the bucket of `key`. */
  insert(key: number, doc: number): void {
    if ((this.used + 1) * 2 > this.slotKey.length) this.rehash(this.slotKey.length * 2);
    const slot = this.find(key);
    const head = this.slotHead[slot]!;
    if (head === -1) {
      this.slotKey[slot] = key;
      this.used++;
    }
    if (this.entries === this.entryDoc.length) this.growEntries();
    const e = this.entries++;
    this.entryDoc[e] = doc;
    this.entryNext[e] = head;
    this.slotHead[slot] = e;
  }

  /** Calls `visit` for the newest `maxBucket` reports in the bucket of `key`, newest first. */
  forEach(key: number, visit: (doc: number) => void): void {
    const slot = this.find(key);
    let n = 0;
    for (let e = this.slotHead[slot]!; e !== -1 && n < this.maxBucket; e = this.entryNext[e]!, n++) visit(this.entryDoc[e]!);
  }

  /**
   * Counts one hit in `hits` for each of the newest `limit` reports (at most `maxBucket`) in the
   * bucket of `key`, and returns how many it counted: {@link forEach} without a call per report,
   * which reading every band of every new report would pay thousands of times.
   */
  countHits(key: number, hits: StampedSums, limit = this.maxBucket): number {
    const slot = this.find(key);
    const max = Math.min(limit, this.maxBucket);
    let n = 0;
    for (let e = this.slotHead[slot]!; e !== -1 && n < max; e = this.entryNext[e]!, n++) hits.add(this.entryDoc[e]!, 1);
    return n;
  }

  /** Linear probing: the slot holding `key`, or the empty slot where it would go. */
  private find(key: number): number {
    const mask = this.slotKey.length - 1;
    // The keys are already well-mixed hashes, so their low bits index directly.
    let i = key & mask;
    while (this.slotHead[i] !== -1 && this.slotKey[i] !== key) i = (i + 1) & mask;
    return i;
  }

  private rehash(size: number): void {
    const oldKey = this.slotKey;
    const oldHead = this.slotHead;
    this.slotKey = new Uint32Array(size);
    this.slotHead = new Int32Array(size).fill(-1);
    for (let i = 0; i < oldKey.length; i++) {
      if (oldHead[i] === -1) continue;
      const slot = this.find(oldKey[i]!);
      this.slotKey[slot] = oldKey[i]!;
      this.slotHead[slot] = oldHead[i]!;
    }
  }

  private growEntries(): void {
    const doc = new Int32Array(this.entryDoc.length * 2);
    doc.set(this.entryDoc);
    const next = new Int32Array(this.entryNext.length * 2);
    next.set(this.entryNext);
    this.entryDoc = doc;
    this.entryNext = next;
  }
}

/**
 * LSH buckets over the newest reports only: two generations of {@link BandTable}, each holding up
 * to half the window; when the current one is full the older is dropped. A copy is found while
 * its source is among the last `window` reports (news is copied within days, not months), and
 * memory stays that of the window however large the corpus grows.
 */
export class WindowedBandTable {
  private current: BandTable;
  private previous: BandTable | undefined;
  /** First report of the current and of the previous generation. */
  private currentFrom = 0;
  private previousFrom = 0;

  constructor(
    readonly maxBucket: number,
    /** Reports whose band keys are kept (the last `window` at least, at most 1.5 times that). */
    readonly window: number,
  ) {
    this.current = new BandTable(maxBucket);
  }

  /** The oldest report still in the buckets. */
  get oldest(): number {
    return this.previous ? this.previousFrom : this.currentFrom;
  }

  /** Adds report `doc` (report numbers only grow) to the bucket of each key. */
  insert(keys: Iterable<number>, doc: number): void {
    const half = Math.max(1, Math.floor(this.window / 2));
    if (doc - this.currentFrom >= half) {
      this.previous = this.current;
      this.previousFrom = this.currentFrom;
      this.current = new BandTable(this.maxBucket);
      this.currentFrom = doc;
    }
    for (const k of keys) this.current.insert(k, doc);
  }

  /** Calls `visit` for the newest `maxBucket` reports in the bucket of `key`, newest first. */
  forEach(key: number, visit: (doc: number) => void): void {
    let n = 0;
    this.current.forEach(key, (d) => {
      n++;
      visit(d);
    });
    if (this.previous && n < this.maxBucket) {
      let m = 0;
      this.previous.forEach(key, (d) => {
        if (n + m++ < this.maxBucket) visit(d);
      });
    }
  }

  /** {@link BandTable.countHits} over both generations: the newest `maxBucket` reports of the bucket. */
  countHits(key: number, hits: StampedSums): void {
    const n = this.current.countHits(key, hits);
    if (this.previous && n < this.maxBucket) this.previous.countHits(key, hits, this.maxBucket - n);
  }

  /** Entries held (for memory accounting). */
  get size(): number {
    return this.current.size + (this.previous?.size ?? 0);
  }
}
