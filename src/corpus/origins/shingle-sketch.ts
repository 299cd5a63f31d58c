/**
 * How many reports carry a shingle, estimated in fixed memory (a count-min sketch with
 * conservative update). Shingles many independent reports carry ("did not respond to a request
 * for comment", an outlet's standing lines, a template) say nothing about copying; the index
 * ignores them once the sketch counts them as common.
 */
import { fmix32 } from './hash32.js';

/** Serialised sketch: every counter, or only the non-zero ones when that is shorter. */
export type ShingleSketchState =
  | { depth: number; width: number; dense: string }
  | { depth: number; width: number; cells: string; counts: string };

const ROW_SEEDS = [0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];

/** Counts of reports per shingle in `depth` rows of `width` saturating 16-bit counters. */
export class ShingleSketch {
  private readonly counters: Uint16Array;
  private readonly mask: number;

  constructor(
    readonly depth = 4,
    readonly width = 1 << 18,
    counters?: Uint16Array,
  ) {
    if (depth < 1 || depth > ROW_SEEDS.length || width & (width - 1)) throw new RangeError('sketch depth 1–6, width a power of two');
    this.mask = width - 1;
    this.counters = counters ?? new Uint16Array(depth * width);
  }

  /** Estimated number of reports counted with this shingle (never below the truth). */
  estimate(shingle: number): number {
    let min = 0xffff;
    for (let r = 0; r < this.depth; r++) {
      const c = this.counters[r * this.width + (fmix32((shingle ^ ROW_SEEDS[r]!) >>> 0) & this.mask)]!;
      if (c < min) min = c;
    }
    return min;
  }

  /** Counts one report's distinct shingles. */
  addReport(shingles: Iterable<number>): void {
    for (const x of shingles) {
      // Conservative update: raise only the counters at the current minimum; it keeps the
      // overestimate from collisions far lower than raising all of them.
      const est = this.estimate(x);
      if (est === 0xffff) continue;
      for (let r = 0; r < this.depth; r++) {
        const i = r * this.width + (fmix32((x ^ ROW_SEEDS[r]!) >>> 0) & this.mask);
        if (this.counters[i] === est) this.counters[i] = est + 1;
      }
    }
  }

  toJSON(): ShingleSketchState {
    let nonZero = 0;
    for (const c of this.counters) if (c !== 0) nonZero++;
    if (nonZero * 3 >= this.counters.length) {
      return { depth: this.depth, width: this.width, dense: Buffer.from(this.counters.buffer, this.counters.byteOffset, this.counters.byteLength).toString('base64') };
    }
    const cells = new Uint32Array(nonZero);
    const counts = new Uint16Array(nonZero);
    let k = 0;
    this.counters.forEach((c, i) => {
      if (c !== 0) {
        cells[k] = i;
        counts[k++] = c;
      }
    });
    return { depth: this.depth, width: this.width, cells: toBase64(cells), counts: toBase64(counts) };
  }

  static fromJSON(s: ShingleSketchState): ShingleSketch {
    const counters = new Uint16Array(s.depth * s.width);
    if ('dense' in s) {
      const dense = fromBase64(s.dense, Uint16Array);
      if (dense.length !== counters.length) throw new RangeError('sketch size does not match its counters');
      counters.set(dense);
    } else {
      const cells = fromBase64(s.cells, Uint32Array);
      const counts = fromBase64(s.counts, Uint16Array);
      if (cells.length !== counts.length) throw new RangeError('sketch cells and counts differ in length');
      cells.forEach((cell, k) => {
        if (cell >= counters.length) throw new RangeError('sketch cell out of range');
        counters[cell] = counts[k]!;
      });
    }
    return new ShingleSketch(s.depth, s.width, counters);
  }
}

/** Typed array → base64 (little-endian, as every platform Node runs on). */
export function toBase64(a: Uint16Array | Uint32Array): string {
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
}

/** Base64 → a typed array of the given kind (copied, so it is aligned). */
export function fromBase64<T extends Uint16Array | Uint32Array>(s: string, kind: { new (b: ArrayBuffer): T; BYTES_PER_ELEMENT: number }): T {
  const bytes = Buffer.from(s, 'base64');
  if (bytes.byteLength % kind.BYTES_PER_ELEMENT !== 0) throw new RangeError('base64 data is not a whole number of elements');
  const copy = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(copy).set(bytes);
  return new kind(copy);
}
