/**
 * Document frequencies seen so far (so term weights follow the corpus as it grows) and an
 * inverted index from a report's strongest terms to the reports holding them: how candidate
 * neighbours are found without comparing all pairs. Work per query is bounded: only the
 * report's strongest terms are looked up, only the newest reports of each posting list are read
 * (older ones are dropped from long lists), terms carried by a large share of a big corpus are
 * not looked up at all (as a search engine skips stop words: they name no story), and only the
 * best few candidates are kept, by a bounded selection rather than a sort of everything read.
 *
 * Terms are numbered in a dictionary (`w:`, `n:`, `x:` for words, names, numbers; titles use
 * the words' numbers), so weights are read from arrays by id; the string-keyed `weights` are
 * kept for callers that compare map profiles (training, tests).
 */
import { weightedNorm, type SparseVector } from './sparse-vector.js';
import { termValue, type IdWeights, type PackedChannel, type PackedProfile } from './packed-profile.js';
import type { ReportProfile } from './story-profile.js';
import type { ChannelWeights } from './story-similarity.js';
import { StampedSums } from '../stamped-sums.js';

/** Bounds on the index's work per report. */
export interface ReportIndexLimits {
  /** Strongest terms of a report that are indexed and looked up. */
  queryTerms: number;
  /** Candidate reports returned per query. */
  maxCandidates: number;
  /** Newest reports read per posting list; longer lists are trimmed to twice this. */
  maxPostingRead: number;
  /** Terms carried by more than this share of reports are not looked up… */
  commonTermShare?: number;
  /** …once the corpus has this many reports (below it, shares say little). */
  commonTermMinDocs?: number;
}

/** What an index learned over a batch (see {@link ReportIndex.takeDelta}). */
export interface IndexDelta {
  terms: string[];
  docs: number;
  ids: Int32Array;
  counts: Int32Array;
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
type Channel = (typeof CHANNELS)[number][0];
const PREFIX: Record<PackedChannel, string> = { words: 'w:', names: 'n:', numbers: 'x:', title: 'w:' };

/** Defaults of the optional limits. */
export const DEFAULT_COMMON_TERM_SHARE = 0.05;
export const DEFAULT_COMMON_TERM_MIN_DOCS = 5000;

/** Document frequencies and the term → report index. Reports are numbered 0, 1, 2, … in arrival order. */
export class ReportIndex {
  docCount = 0;
  readonly weights: ChannelWeights;
  /** Weights by term id, for packed profiles. */
  readonly idWeights: IdWeights;

  /** Term → id per channel prefix (`w:`, `n:`, `x:`), and id → key (`w:flood`). */
  private readonly ids = new Map<string, Map<string, number>>(CHANNELS.map(([, prefix]) => [prefix, new Map()]));
  private readonly keys: string[] = [];
  /** Candidate weights by report number, for one query at a time. */
  private readonly acc = new StampedSums();
  private df = new Int32Array(1024);
  // idf = ln(N + 1) − ln(df + 1) + 1: the first term once per report observed, the second per
  // term only when its count moved (`logDfAt` holds the count it was taken for), so weighing a
  // profile under new counts reads arrays instead of taking a logarithm per term.
  private logDf = new Float64Array(1024);
  private logDfAt = new Int32Array(1024);
  private lnDocs = 0;
  private lnDocsGen = 0;
  private gen = 1;
  // Report numbers only grow, so appending keeps each list ascending and "newest" is its end.
  private readonly postings = new Map<number, number[]>();
  private normMemo = new WeakMap<SparseVector, number>();
  // What changed since the last takeDelta(): terms from `savedTerms` on, and counts by term.
  private savedTerms = 0;
  private savedDocs = 0;
  private dfDelta = new Map<number, number>();
  /** Whether to keep what changed for takeDelta() (an index saved by parts). */
  tracking = false;

  constructor(readonly limits: ReportIndexLimits) {
    const byTerm = (prefix: string) => {
      const m = this.ids.get(prefix)!;
      return (t: string) => this.idf(m.get(t) ?? -1);
    };
    this.weights = {
      words: byTerm('w:'),
      names: byTerm('n:'),
      numbers: byTerm('x:'),
      norm: (v, weight) => {
        let n = this.normMemo.get(v);
        if (n === undefined) {
          n = weightedNorm(v, weight);
          this.normMemo.set(v, n);
        }
        return n;
      },
    };
    const self = this;
    this.idWeights = {
      idf: (id) => self.idf(id),
      get generation() {
        return self.gen;
      },
    };
  }

  /** Inverse document frequency of a term id; ids below 0 are terms no report carried. */
  idf(id: number): number {
    if (this.lnDocsGen !== this.gen) {
      this.lnDocs = Math.log(this.docCount + 1);
      this.lnDocsGen = this.gen;
    }
    if (id < 0) return this.lnDocs + 1;
    const df = this.df[id]!;
    if (this.logDfAt[id] !== df) {
      this.logDf[id] = Math.log(df + 1);
      this.logDfAt[id] = df;
    }
    return this.lnDocs - this.logDf[id]! + 1;
  }

  /** Reports carrying a term. */
  dfOf(key: string): number {
    const id = this.idOf(key);
    return id === undefined ? 0 : this.df[id]!;
  }

  /** The id of a term key, interning it. */
  intern(key: string): number {
    return this.internTerm(key.slice(0, 2), key.slice(2), key);
  }

  private internTerm(prefix: string, term: string, key?: string): number {
    const m = this.ids.get(prefix);
    if (!m) throw new RangeError(`unknown term channel ${prefix}`);
    let id = m.get(term);
    if (id !== undefined) return id;
    id = this.keys.length;
    m.set(term, id);
    this.keys.push(key ?? prefix + term);
    if (id >= this.df.length) {
      const size = this.df.length * 2;
      const grow = <T extends Int32Array | Float64Array>(a: T, make: (n: number) => T): T => {
        const b = make(size);
        b.set(a);
        return b;
      };
      this.df = grow(this.df, (n) => new Int32Array(n));
      this.logDf = grow(this.logDf, (n) => new Float64Array(n));
      this.logDfAt = grow(this.logDfAt, (n) => new Int32Array(n));
    }
    return id;
  }

  /** The id of a term without interning it (undefined when never seen). */
  idOf(key: string): number | undefined {
    return this.ids.get(key.slice(0, 2))?.get(key.slice(2));
  }

  /** The key of a term id. */
  keyOf(id: number): string {
    return this.keys[id] ?? '';
  }

  /** Terms in the dictionary. */
  get terms(): number {
    return this.keys.length;
  }

  /** Id of a packed channel's term, interning it. */
  channelId(channel: PackedChannel, term: string): number {
    return this.internTerm(PREFIX[channel], term);
  }

  /** Counts a new report's terms into the document frequencies (before it is compared). */
  observe(p: ReportProfile): void {
    this.docCount++;
    this.gen++;
    this.normMemo = new WeakMap();
    for (const [channel, prefix] of CHANNELS) {
      for (const t of p[channel].keys()) {
        const id = this.internTerm(prefix, t);
        this.df[id]!++;
        if (this.tracking) this.dfDelta.set(id, (this.dfDelta.get(id) ?? 0) + 1);
      }
    }
  }

  /**
   * What the index learned since the last call, to save with a batch: new terms in the order
   * they got their ids, reports counted, and how many more reports carry each term.
   */
  takeDelta(): IndexDelta {
    const ids = [...this.dfDelta.keys()].sort((a, b) => a - b);
    const out: IndexDelta = {
      terms: this.keys.slice(this.savedTerms),
      docs: this.docCount - this.savedDocs,
      ids: Int32Array.from(ids),
      counts: Int32Array.from(ids, (id) => this.dfDelta.get(id)!),
    };
    this.savedTerms = this.keys.length;
    this.savedDocs = this.docCount;
    this.dfDelta = new Map();
    return out;
  }

  /** Applies a saved {@link takeDelta} (restoring an index from its batches, in order). */
  applyDelta(d: IndexDelta): void {
    for (const t of d.terms) {
      if (this.idOf(t) !== undefined) throw new RangeError(`term ${t} saved twice`);
      this.intern(t);
    }
    for (let k = 0; k < d.ids.length; k++) {
      const id = d.ids[k]!;
      if (id < 0 || id >= this.keys.length) throw new RangeError('saved counts name an unknown term');
      this.df[id] = this.df[id]! + d.counts[k]!;
    }
    this.docCount += d.docs;
    this.gen++;
    this.savedTerms = this.keys.length;
    this.savedDocs = this.docCount;
  }

  /** Adds counts directly (restoring a saved index): `ids` each carried by one more report. */
  observeIds(ids: Iterable<number>): void {
    this.docCount++;
    this.gen++;
    this.normMemo = new WeakMap();
    for (const id of ids) this.df[id]!++;
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

  /** {@link queryKeys} for a packed profile, as term ids with their weights. */
  queryIds(p: PackedProfile): Array<[number, number]> {
    const terms: Array<[number, number]> = [];
    // Words, names, numbers (not the title channel, whose terms are words anyway).
    for (let k = 0; k < p.ends[2]; k++) {
      const id = p.ids[k]!;
      terms.push([id, termValue(p.tf[k]!) * this.idf(id)]);
    }
    terms.sort((a, b) => b[1] - a[1] || (this.keys[a[0]]! < this.keys[b[0]]! ? -1 : this.keys[a[0]]! > this.keys[b[0]]! ? 1 : 0));
    return terms.slice(0, this.limits.queryTerms);
  }

  /** Whether a term is too common to look up. */
  private tooCommon(id: number): boolean {
    const min = this.limits.commonTermMinDocs ?? DEFAULT_COMMON_TERM_MIN_DOCS;
    if (this.docCount < min) return false;
    return this.df[id]! > (this.limits.commonTermShare ?? DEFAULT_COMMON_TERM_SHARE) * this.docCount;
  }

  /** Reports sharing the profile's strongest terms, most shared weight first. */
  candidates(keys: readonly [string, number][]): number[] {
    return this.candidatesOf(keys.flatMap(([k, w]) => {
      const id = this.idOf(k);
      return id === undefined ? [] : [[id, w] as [number, number]];
    }));
  }

  /** {@link candidates} by term ids. */
  candidatesOf(keys: ReadonlyArray<readonly [number, number]>): number[] {
    const { maxPostingRead, maxCandidates } = this.limits;
    const acc = this.acc;
    acc.begin();
    for (const [id, w] of keys) {
      const list = this.postings.get(id);
      if (!list || this.tooCommon(id)) continue;
      for (let i = list.length - 1, read = 0; i >= 0 && read < maxPostingRead; i--, read++) acc.add(list[i]!, w);
    }
    // The best `maxCandidates` by weight (ties: newest first), kept sorted as they come.
    const best: Array<[number, number]> = [];
    const worse = (a: [number, number], b: [number, number]) => a[1] < b[1] || (a[1] === b[1] && a[0] < b[0]);
    for (const d of acc.touched) {
      const e: [number, number] = [d, acc.get(d)];
      if (best.length === maxCandidates && !worse(best[best.length - 1]!, e)) continue;
      let at = best.length;
      while (at > 0 && worse(best[at - 1]!, e)) at--;
      best.splice(at, 0, e);
      if (best.length > maxCandidates) best.pop();
    }
    return best.map(([d]) => d);
  }

  /** Indexes report number `doc` under `keys`. */
  add(doc: number, keys: readonly [string, number][]): void {
    this.addIds(doc, keys.map(([k]) => this.intern(k)));
  }

  /** Indexes report number `doc` under term ids. */
  addIds(doc: number, ids: Iterable<number>): void {
    for (const id of ids) {
      let list = this.postings.get(id);
      if (!list) this.postings.set(id, (list = []));
      list.push(doc);
      // Entries beyond the read window are never read again.
      if (list.length > 2 * this.limits.maxPostingRead) list.splice(0, list.length - this.limits.maxPostingRead);
    }
  }

  /** Sets a term's posting list as saved (restoring an index saved whole). */
  restorePostings(key: string, list: readonly number[]): void {
    this.postings.set(this.intern(key), [...list]);
  }

  /** Entries in all posting lists (for memory accounting). */
  get postingEntries(): number {
    let n = 0;
    for (const l of this.postings.values()) n += l.length;
    return n;
  }

  /** The whole index as JSON-safe data. */
  toJSON(): ReportIndexState {
    const df: ReportIndexState['df'] = { words: [], names: [], numbers: [] };
    const channelOf: Record<string, Channel> = { 'w:': 'words', 'n:': 'names', 'x:': 'numbers' };
    this.keys.forEach((k, id) => {
      if (this.df[id]! > 0) df[channelOf[k.slice(0, 2)]!].push([k.slice(2), this.df[id]!]);
    });
    return {
      docCount: this.docCount,
      df,
      postings: [...this.postings].map(([id, v]) => [this.keys[id]!, [...v]]),
    };
  }

  /** Rebuilds an index saved with {@link toJSON}. */
  static fromJSON(state: ReportIndexState, limits: ReportIndexLimits): ReportIndex {
    const ix = new ReportIndex(limits);
    ix.docCount = state.docCount;
    ix.gen++;
    for (const [channel, prefix] of CHANNELS) for (const [t, n] of state.df[channel]) ix.df[ix.intern(prefix + t)] = n;
    for (const [k, v] of state.postings) ix.postings.set(ix.intern(k), [...v]);
    ix.savedTerms = 0;
    ix.savedDocs = 0;
    // Everything counts as new: a delta taken now saves the whole index.
    ix.keys.forEach((_, id) => ix.df[id]! > 0 && ix.dfDelta.set(id, ix.df[id]!));
    return ix;
  }
}
