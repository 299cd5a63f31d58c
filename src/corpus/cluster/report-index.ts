/**
 * Document frequencies seen so far (so term weights follow the corpus as it grows) and an
 * inverted index from a report's strongest terms to the reports holding them: how candidate
 * neighbours are found without comparing all pairs. Work per query is bounded: only the
 * report's strongest terms are looked up, and only the newest reports of each posting list
 * are read (older ones are dropped from long lists).
 */
import { weightedNorm, type SparseVector } from './sparse-vector.js';
import type { ReportProfile } from './story-profile.js';
import type { ChannelWeights } from './story-similarity.js';

/** Bounds on the index's work per report. */
export interface ReportIndexLimits {
  /** Strongest terms of a report that are indexed and looked up. */
  queryTerms: number;
  /** Candidate reports returned per query. */
  maxCandidates: number;
  /** Newest reports read per posting list; longer lists are trimmed to twice this. */
  maxPostingRead: number;
}

/** Serialisable state of a {@link ReportIndex}. */
export interface ReportIndexState {
  docCount: number;
  df: { words: [string, number][]; names: [string, number][]; numbers: [string, number][] };
  postings: [string, number[]][];
}

const CHANNELS = [
  ['words', 'w:'],
  ['names', 'n:'],
  ['numbers', 'x:'],
] as const;

/** Document frequencies and the term → report index. Reports are numbered 0, 1, 2, … in arrival order. */
export class ReportIndex {
  docCount = 0;
  readonly df = { words: new Map<string, number>(), names: new Map<string, number>(), numbers: new Map<string, number>() };
  readonly weights: ChannelWeights;
  // Report numbers only grow, so appending keeps each list ascending and "newest" is its end.
  private readonly postings = new Map<string, number[]>();

  // Weights and norms only change when a report is observed, so they are memoised until then.
  private readonly idfMemo = { words: new Map<string, number>(), names: new Map<string, number>(), numbers: new Map<string, number>() };
  private normMemo = new WeakMap<SparseVector, number>();

  constructor(readonly limits: ReportIndexLimits) {
    const idf = (channel: keyof ReportIndex['df']) => {
      const df = this.df[channel];
      const memo = this.idfMemo[channel];
      return (t: string) => {
        let w = memo.get(t);
        if (w === undefined) {
          w = Math.log((this.docCount + 1) / ((df.get(t) ?? 0) + 1)) + 1;
          memo.set(t, w);
        }
        return w;
      };
    };
    this.weights = {
      words: idf('words'),
      names: idf('names'),
      numbers: idf('numbers'),
      norm: (v, weight) => {
        let n = this.normMemo.get(v);
        if (n === undefined) {
          n = weightedNorm(v, weight);
          this.normMemo.set(v, n);
        }
        return n;
      },
    };
  }

  /** Counts a new report's terms into the document frequencies (before it is compared). */
  observe(p: ReportProfile): void {
    this.idfMemo.words.clear();
    this.idfMemo.names.clear();
    this.idfMemo.numbers.clear();
    this.normMemo = new WeakMap();
    this.docCount++;
    for (const [channel] of CHANNELS) {
      const df = this.df[channel];
      for (const t of p[channel].keys()) df.set(t, (df.get(t) ?? 0) + 1);
    }
  }

  /** The report's strongest terms (keyed by channel), by weighted value, ties by key. */
  queryKeys(p: ReportProfile): [string, number][] {
    const terms: [string, number][] = [];
    for (const [channel, prefix] of CHANNELS) {
      const w = this.weights[channel];
      for (const [t, x] of p[channel]) terms.push([prefix + t, x * w(t)]);
    }
    terms.sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    return terms.slice(0, this.limits.queryTerms);
  }

  /** Reports sharing the profile's strongest terms, most shared weight first. */
  candidates(keys: readonly [string, number][]): number[] {
    const acc = new Map<number, number>();
    const { maxPostingRead, maxCandidates } = this.limits;
    for (const [k, w] of keys) {
      const list = this.postings.get(k);
      if (!list) continue;
      for (let i = list.length - 1, read = 0; i >= 0 && read < maxPostingRead; i--, read++) {
        const d = list[i]!;
        acc.set(d, (acc.get(d) ?? 0) + w);
      }
    }
    return [...acc.entries()]
      .sort((a, b) => b[1] - a[1] || b[0] - a[0])
      .slice(0, maxCandidates)
      .map(([d]) => d);
  }

  /** Indexes report number `doc` under `keys`. */
  add(doc: number, keys: readonly [string, number][]): void {
    for (const [k] of keys) {
      let list = this.postings.get(k);
      if (!list) this.postings.set(k, (list = []));
      list.push(doc);
      // Entries beyond the read window are never read again.
      if (list.length > 2 * this.limits.maxPostingRead) list.splice(0, list.length - this.limits.maxPostingRead);
    }
  }

  /** The whole index as JSON-safe data. */
  toJSON(): ReportIndexState {
    return {
      docCount: this.docCount,
      df: { words: [...this.df.words], names: [...this.df.names], numbers: [...this.df.numbers] },
      postings: [...this.postings].map(([k, v]) => [k, [...v]]),
    };
  }

  /** Rebuilds an index saved with {@link toJSON}. */
  static fromJSON(state: ReportIndexState, limits: ReportIndexLimits): ReportIndex {
    const ix = new ReportIndex(limits);
    ix.docCount = state.docCount;
    for (const [channel] of CHANNELS) for (const [t, n] of state.df[channel]) ix.df[channel].set(t, n);
    for (const [k, v] of state.postings) ix.postings.set(k, [...v]);
    return ix;
  }
}
