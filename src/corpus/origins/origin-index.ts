/**
 * The origin index: which reports in a growing corpus are not independent of each other.
 *
 * Each report added is shingled (word 5-grams of its normalised text); its shingles outside
 * quotation marks are MinHashed and the signature is cut into LSH bands. Reports sharing band
 * keys are the only candidates, and each candidate is checked exactly on its distinctive
 * shingles (not quoted, not common across the corpus): containment, shared numbers and names,
 * direction (credit, then publication time, then an agency's own story, then arrival), and the
 * shared passages in both texts. A report keeps one origin by wording — the root of a copy
 * chain — and is re-pointed when a better origin (credited, or surely earlier) arrives later.
 * Credited reports are matched to the credited outlet's reports by shared numbers and names,
 * which also works across languages; reports whose facts all come from one speaker are tied to
 * that speaker. Links join reports into origin groups (union–find); a group counts once as an
 * independent origin.
 *
 * Deterministic for the same input order. What order changes: which of two undated, uncredited
 * near-duplicates is called the origin (the first added), which shingles count as common when a
 * report is compared, and which reports a crowded bucket still shows (the newest).
 */
import { CorroborateError } from '../../core/errors.js';
import type { CleanDocument } from '../../model/document.js';
import { evidenceHolds, evidenceOf, type Evidence } from '../../model/span.js';
import { WindowedBandTable } from './band-table.js';
import { matchCredit, type CreditMatchOptions, type FactSide } from './credit-match.js';
import { factPrint, type FactPrint } from './fact-prints.js';
import { stringInterner } from './flat-string.js';
import { bandKeys, minhashSignature } from './minhash.js';
import { credits, entryOf, ownCredit, type OriginEntry } from './origin-entry.js';
import { compareWindows } from './published-window.js';
import { EXTERNAL_PREFIX, type OriginGroup, type OriginLink, type ReportLabel } from './origin-types.js';
import { relayedStatement } from './relayed-statement.js';
import { ShingleSketch, fromBase64, toBase64, type ShingleSketchState } from './shingle-sketch.js';
import { decodeArray, encodeArray } from '../stories/part-codec.js';
import { matchText, textSide, type TextMatchOptions, type TextSide } from './text-match.js';
import { shingleText, type ShingledText } from './text-shingles.js';
import { StampedSums } from '../stamped-sums.js';
import { UnionFind } from './union-find.js';

/** Tuning of the origin index; every field has a default ({@link DEFAULT_ORIGIN_OPTIONS}). */
export interface OriginIndexOptions extends Partial<TextMatchOptions>, Partial<CreditMatchOptions> {
  /** Words per shingle. */
  shingleSize?: number;
  /** LSH bands and rows per band (the signature has bands × rows positions). */
  bands?: number;
  rows?: number;
  /** Least band keys a candidate must share with the report. */
  minBandHits?: number;
  /** Candidates checked per report, those sharing the most bands. */
  maxCandidates?: number;
  /** Reports read per LSH bucket, the newest. */
  maxBucket?: number;
  /** Reports kept in the LSH buckets, the newest: a copy is found while its source is among them. */
  bandWindow?: number;
  /** Reports with fewer distinctive shingles are too short to judge by wording. */
  minShingles?: number;
  /** A shingle is common once this many reports carry it… */
  commonFloor?: number;
  /** …or this share of all reports, whichever is more. */
  commonShare?: number;
  sketchDepth?: number;
  sketchWidth?: number;
  /** Fewest factual sentences, and least share from one speaker, for a report to count as relaying that speaker. */
  relayMinFacts?: number;
  relayMinShare?: number;
  /** Keep each report's text in the index (else `loadText` must give it back when needed). */
  keepText?: boolean;
}

/** Options with every default filled in (saved with the state). */
export type ResolvedOriginOptions = Required<OriginIndexOptions>;

/** The defaults, tuned on the example corpus, the invented tests and the synthetic scale check. */
export const DEFAULT_ORIGIN_OPTIONS: Readonly<ResolvedOriginOptions> = Object.freeze({
  shingleSize: 5,
  bands: 48,
  rows: 2,
  minBandHits: 2,
  maxCandidates: 8,
  maxBucket: 128,
  bandWindow: 100_000,
  minShingles: 12,
  minShared: 8,
  copyContainment: 0.6,
  copyCoverage: 0.8,
  rewriteContainment: 0.25,
  rewriteMinPassage: 8,
  rewriteMinShared: 20,
  minFactAgreement: 0.7,
  maxGap: 8,
  maxPassages: 4,
  commonFloor: 24,
  commonShare: 0.02,
  sketchDepth: 4,
  sketchWidth: 1 << 18,
  translationMinShared: 5,
  translationMinContainment: 0.4,
  sourceMinShared: 6,
  sourceMinContainment: 0.5,
  maxAligned: 3,
  relayMinFacts: 3,
  relayMinShare: 0.8,
  keepText: true,
});

/** Where the index reads back a report's text when it does not keep texts (a store). */
export interface OriginIndexHooks {
  loadText?: (docId: string) => string | undefined;
  /** Keep what changed for {@link OriginIndex.takeDelta} (an index saved by parts); off, nothing is kept for it. */
  trackChanges?: boolean;
}

/** An incremental index of report origins. */
export interface OriginIndex {
  /** Adds a cleaned report; returns the links found (the report derived from others, or others from it). A known id adds nothing. */
  add(doc: CleanDocument): OriginLink[];
  has(docId: string): boolean;
  /** Every link, in the order found. */
  links(): OriginLink[];
  /** Links in which the report is the dependent one. */
  linksOf(docId: string): OriginLink[];
  /** Reports joined by links; groups of one only when asked. */
  originGroups(opts?: { singletons?: boolean }): OriginGroup[];
  /** The origin of a report's group (itself when it stands alone), or undefined when unknown. */
  originOf(docId: string): string | undefined;
  /** How many origin groups the given reports fall into; an id the index does not know counts as its own. */
  independentOrigins(docIds: readonly string[]): number;
  /** Headline, outlet and date of a report, for messages. */
  describe(docId: string): ReportLabel | undefined;
  readonly size: number;
  /** The whole state as JSON-safe data ({@link originIndexFromJSON} restores it). */
  toJSON(): OriginIndexState;
  /**
   * Reports whose texts adding `doc` may compare it with (LSH candidates, reports of the outlet
   * it credits, reports waiting for its outlet), so a caller that keeps texts elsewhere can fetch
   * them first. The work done to find them is kept for the `add` that follows.
   */
  textsFor(doc: CleanDocument): string[];
  /**
   * What changed since the last call, as parts to save: the new reports (written once), the
   * shingles they added to the sketch, and the reports whose links changed and the outlets whose
   * waiting list changed, whole. Size follows the change, not the corpus.
   */
  takeDelta(): OriginDelta;
  /** The shingle sketch as it stands (saved now and then; the batches since replay onto it). */
  sketchState(): ShingleSketchState;
}

/** A report as a saved batch holds it: its entry (no text) and its band keys (base64 Uint32). */
export interface SavedOriginReport {
  entry: SavedEntry;
  keys?: string;
}

/** What one saved batch adds to the origin index. */
export interface OriginBatch {
  reports: SavedOriginReport[];
  /** Shingles counted into the sketch, report by report: report, count, then the hashes (base64 Uint32). */
  sketch: string;
}

/** Feeds saved batches into an origin index being restored from parts. */
export interface OriginRestore {
  /** The next saved batch's reports, in the order the batches were saved. */
  batch(reports: readonly SavedOriginReport[]): void;
  /** Shingles of a batch saved after the sketch was last saved whole, in order. */
  sketch(log: string): void;
  /** Once every batch is in: the index, with its current links and waiting lists. */
  finish(slots: Iterable<SavedSlots>, pending: Iterable<[string, number[]]>): OriginIndex;
}

/** A report's current links as saved, each with its place in the order links were found. */
export interface SavedSlots {
  no: number;
  links: Array<[seq: number, link: OriginLink]>;
  /** Its credit has been matched since it was saved with its batch. */
  resolved?: boolean;
}

/** What changed in an origin index since the last {@link OriginIndex.takeDelta}. */
export interface OriginDelta {
  options: ResolvedOriginOptions;
  batch?: OriginBatch;
  slots: SavedSlots[];
  pending: Array<[outletKey: string, reports: number[]]>;
}

/** Saved parts of an origin index, for {@link originIndexFromParts}. */
export interface OriginParts {
  options: Partial<ResolvedOriginOptions>;
  /** The sketch as last saved whole, and the batches' shingles since, in order. */
  sketch?: ShingleSketchState;
  batches: Iterable<OriginBatch>;
  /** Which batches' shingles the saved sketch already holds (the first `sketchBatches`). */
  sketchBatches: number;
  slots: Iterable<SavedSlots>;
  pending: Iterable<[string, number[]]>;
}

function guard<T>(f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof CorroborateError) throw e;
    throw new CorroborateError('CRB_ERR_CORPUS_STATE', `origin index parts are malformed: ${(e as Error).message}`, { cause: e });
  }
}

/** Starts restoring an index from its saved parts; batches, then shingle logs, follow one by one. */
export function startOriginRestore(options: Partial<ResolvedOriginOptions>, sketch: ShingleSketchState | undefined, hooks: OriginIndexHooks = {}): OriginRestore {
  const ix = guard(() => Index.begin(options, sketch, hooks));
  return {
    batch: (reports) => guard(() => ix.restoreBatch(reports)),
    sketch: (log) => guard(() => ix.restoreSketch(log)),
    finish: (slots, pending) => guard(() => ix.finishRestore(slots, pending)),
  };
}

/** A report's entry as saved. */
export type SavedEntry = Omit<OriginEntry, 'no' | 'window'> & { window?: [number, number] };

/** Saved state of an origin index. Band keys and the shingle sketch are base64 of little-endian arrays. */
export interface OriginIndexState {
  version: 1;
  options: ResolvedOriginOptions;
  docs: SavedEntry[];
  /** Band keys of the reports from `bandFrom` on (those still in the buckets), `bands` per report. */
  bandKeys: string;
  bandFrom?: number;
  sketch: ShingleSketchState;
  links: OriginLink[];
}

/** Creates an empty index. */
export function createOriginIndex(options: OriginIndexOptions = {}, hooks: OriginIndexHooks = {}): OriginIndex {
  return new Index(resolve(options), hooks);
}

/** Restores an index from its saved parts; throws CRB_ERR_CORPUS_STATE when they do not fit together. */
export function originIndexFromParts(parts: OriginParts, hooks: OriginIndexHooks = {}): OriginIndex {
  const r = startOriginRestore(parts.options, parts.sketch, hooks);
  const batches = [...parts.batches];
  for (const b of batches) r.batch(b.reports);
  batches.slice(parts.sketchBatches).forEach((b) => r.sketch(b.sketch));
  return r.finish(parts.slots, parts.pending);
}

/** Restores an index from {@link OriginIndex.toJSON}; throws CRB_ERR_CORPUS_STATE on malformed state. */
export function originIndexFromJSON(state: unknown, hooks: OriginIndexHooks = {}): OriginIndex {
  const s = state as Partial<OriginIndexState> | null;
  if (!s || typeof s !== 'object' || s.version !== 1 || !Array.isArray(s.docs) || !Array.isArray(s.links) || typeof s.bandKeys !== 'string' || !s.sketch || !s.options) {
    throw new CorroborateError('CRB_ERR_CORPUS_STATE', 'origin index state is malformed or of an unknown version');
  }
  try {
    return Index.restore(s as OriginIndexState, hooks);
  } catch (e) {
    if (e instanceof CorroborateError) throw e;
    throw new CorroborateError('CRB_ERR_CORPUS_STATE', `origin index state is malformed: ${(e as Error).message}`, { cause: e });
  }
}

function resolve(options: OriginIndexOptions): ResolvedOriginOptions {
  const o = { ...DEFAULT_ORIGIN_OPTIONS, ...options };
  for (const k of ['shingleSize', 'bands', 'rows', 'minBandHits', 'maxCandidates', 'maxBucket', 'bandWindow', 'minShingles', 'minShared'] as const) {
    if (!Number.isInteger(o[k]) || o[k] < 1) throw new RangeError(`origin index option ${k} must be a positive integer`);
  }
  return o;
}

/** Reports whose texts are compared most often stay shingled; the cache never changes a result. */
const SHINGLE_CACHE = 4096;

/**
 * A credit is matched against the credited outlet's reports published within this many days of
 * the report, at most {@link MAX_CREDIT_CANDIDATES} of them, the newest; of an outlet's reports
 * (and of the reports waiting for one of its reports) only the newest {@link MAX_CREDIT_SCAN} are
 * looked at. A translation or a credited rewrite comes out days after its source, not months: the
 * bounds keep the work per report fixed however many reports an agency has in the corpus.
 */
const CREDIT_WINDOW_DAYS = 7;
const MAX_CREDIT_CANDIDATES = 16;
const MAX_CREDIT_SCAN = 256;
const DAY = 86_400_000;
/** Quoted passages kept for sharing between links (the newest; older links keep their own copies). */
const MAX_SHARED_QUOTES = 100_000;

/** How much lower a new origin's match may score than the current one's for a report to be re-pointed to it. */
const REPOINT_SLACK = 0.1;

const TEXT_RELATIONS = new Set<OriginLink['relation']>(['syndicated-copy', 'near-duplicate', 'rewrite']);
const CREDIT_RELATIONS = new Set<OriginLink['relation']>(['credited-translation', 'credited-source']);

/** Which of a report's origins a link fills: each report has at most one of each. */
function slotOf(link: OriginLink): 'text' | 'credit' | 'relay' {
  return TEXT_RELATIONS.has(link.relation) ? 'text' : CREDIT_RELATIONS.has(link.relation) ? 'credit' : 'relay';
}

/** A verified text link seen from the new report. */
interface TextCandidate {
  no: number;
  link: OriginLink;
  /** The new report is the dependent one. */
  derived: boolean;
  credited: boolean;
}

class Index implements OriginIndex {
  private readonly entries: OriginEntry[] = [];
  private readonly byId = new Map<string, number>();
  private readonly table: WindowedBandTable;
  /** Band keys of reports `bandFrom`… (0 for a report without keys), to save them with the state. */
  private bandStore: Uint32Array;
  private bandFrom = 0;
  private sketch: ShingleSketch;
  private readonly outlets = new Map<string, number[]>();
  private readonly pending = new Map<string, number[]>();
  /** Current links by report and slot. */
  private readonly current = new Map<number, { text?: OriginLink; credit?: OriginLink; relay?: OriginLink }>();
  /** Every current link, in the order found (`undefined` where one was replaced). */
  private readonly linkLog: (OriginLink | undefined)[] = [];
  private readonly linkPos = new Map<OriginLink, number>();
  /** Origin id → current links that derive from it. */
  private readonly children = new Map<string, Set<OriginLink>>();
  /** Union–find over reports (node 2·no) and outside origins (node 2·k+1); rebuilt after a link is replaced. */
  private uf = new UnionFind();
  private ufStale = false;
  private readonly externals = new Map<string, number>();
  private readonly shingleCache = new Map<number, CachedText>();
  private readonly printCache = new Map<number, FactPrint>();
  /** Origin of each report asked about since the links last changed. */
  private readonly originMemo = new Map<string, string>();
  // What changed since the last takeDelta().
  private savedReports = 0;
  private sketchLog: number[] = [];
  private dirtySlots = new Set<number>();
  private resolvedSince = new Set<number>();
  private dirtyPending = new Set<string>();
  /** Each current link's place in the order links were found, kept across saves. */
  private readonly seqOf = new Map<OriginLink, number>();
  private nextSeq = 0;
  /** One copy of each quoted passage the links hold. */
  private readonly sharedQuote = stringInterner(MAX_SHARED_QUOTES);

  /** Whether to keep what changed for takeDelta(). */
  private track: boolean;
  /** Registering reports while restoring: their waiting lists come from the saved parts. */
  private restoring = false;

  constructor(
    private readonly o: ResolvedOriginOptions,
    private readonly hooks: OriginIndexHooks,
  ) {
    if (!o.keepText && !hooks.loadText) throw new RangeError('an origin index that does not keep texts needs loadText');
    this.track = !!hooks.trackChanges;
    this.table = new WindowedBandTable(o.maxBucket, o.bandWindow);
    this.bandStore = new Uint32Array(o.bands * 64);
    this.sketch = new ShingleSketch(o.sketchDepth, o.sketchWidth);
  }

  static restore(s: OriginIndexState, hooks: OriginIndexHooks): Index {
    const ix = new Index(resolve(s.options), hooks);
    ix.sketch = ShingleSketch.fromJSON(s.sketch);
    const keys = fromBase64(s.bandKeys, Uint32Array);
    const from = s.bandFrom ?? 0;
    if (!Number.isInteger(from) || from < 0 || keys.length !== (s.docs.length - from) * ix.o.bands) throw new RangeError('band keys do not match the reports');
    ix.bandFrom = from;
    s.docs.forEach((d, no) => {
      if (typeof d?.id !== 'string' || typeof d.banded !== 'boolean' || typeof d.label !== 'object') throw new RangeError(`report ${no} is malformed`);
      const { window, ...rest } = d;
      const entry: OriginEntry = { ...rest, no, ...(window ? { window: [window[0], window[1]] as const } : {}) };
      // Reports older than the saved keys had left the buckets already.
      ix.register(entry, entry.banded && no >= from ? keys.subarray((no - from) * ix.o.bands, (no - from + 1) * ix.o.bands) : undefined, entry.banded);
    });
    for (const link of s.links) {
      if (!ix.byId.has(link.docId) || typeof link.derivedFrom !== 'string') throw new RangeError(`a link names an unknown report ${link.docId}`);
      ix.record(link);
    }
    return ix;
  }

  get size(): number {
    return this.entries.length;
  }

  /** Band hits by report number, for one query at a time. */
  private readonly hits = new StampedSums();

  /** Shingles and band keys of reports about to be added (from textsFor). */
  private readonly prepared = new Map<string, { shingled: ShingledText; keys: Uint32Array | undefined }>();

  private prepare(doc: CleanDocument): { shingled: ShingledText; keys: Uint32Array | undefined } {
    const o = this.o;
    const shingled = shingleText(doc.text, o.shingleSize);
    // The signature leaves out quotations but not common shingles: what counts as common changes
    // as the corpus grows, and a signature taken now must still meet one taken later.
    const unquoted = new Set<number>();
    shingled.hashes.forEach((h, i) => shingled.quoted[i] || unquoted.add(h));
    const keys = unquoted.size >= o.minShingles ? bandKeys(minhashSignature(unquoted, o.bands * o.rows), o.bands, o.rows) : undefined;
    return { shingled, keys };
  }

  /** Report numbers sharing enough LSH buckets with `keys`, the best `maxCandidates`, oldest first. */
  private bandCandidates(keys: Uint32Array): number[] {
    const hits = this.hits;
    hits.begin();
    for (const key of keys) this.table.countHits(key, hits);
    // Most reports read share one band by chance: those below the floor are left out before sorting.
    const picked: number[] = [];
    for (const d of hits.touched) if (hits.get(d) >= this.o.minBandHits) picked.push(d);
    picked.sort((a, b) => hits.get(b) - hits.get(a) || a - b);
    if (picked.length > this.o.maxCandidates) picked.length = this.o.maxCandidates;
    return picked.sort((a, b) => a - b);
  }

  textsFor(doc: CleanDocument): string[] {
    if (this.byId.has(doc.id)) return [];
    const prep = this.prepare(doc);
    if (this.prepared.size > 4096) this.prepared.clear();
    this.prepared.set(doc.id, prep);
    const out = new Set<number>();
    if (prep.keys) for (const no of this.bandCandidates(prep.keys)) out.add(no);
    const entry = entryOf(doc, this.entries.length, false);
    if (entry.credit && entry.credit.key !== entry.outletKey) for (const no of this.nearReports(this.outlets.get(entry.credit.key) ?? [], entry, MAX_CREDIT_CANDIDATES)) out.add(no);
    if (entry.outletKey) for (const no of this.nearReports(this.pending.get(entry.outletKey) ?? [], entry, MAX_CREDIT_CANDIDATES)) out.add(no);
    return [...out].map((no) => this.entries[no]!.id);
  }

  has(docId: string): boolean {
    return this.byId.has(docId);
  }

  add(doc: CleanDocument): OriginLink[] {
    if (this.byId.has(doc.id)) return [];
    const o = this.o;
    const entry = entryOf(doc, this.entries.length, o.keepText);
    const isCommon = this.commonTest();
    const prep = this.prepared.get(doc.id) ?? this.prepare(doc);
    this.prepared.delete(doc.id);
    const side = textSide(entry, doc.text, o.shingleSize, isCommon, prep.shingled);
    const found: OriginLink[] = [];
    const keys = prep.keys;
    if (keys && side.distinct.size >= o.minShingles) found.push(...this.textLinks(side, keys, isCommon));
    const credited = this.creditLink(entry, doc.text, found);
    if (credited) found.push(credited);
    const waiting = this.pendingLinks(entry, doc.text, found);
    if (!found.some((l) => l.docId === entry.id)) {
      const relay = relayedStatement(doc, { minFacts: o.relayMinFacts, minShare: o.relayMinShare });
      if (relay) {
        found.push({
          docId: entry.id,
          derivedFrom: `${EXTERNAL_PREFIX}statement:${relay.key}`,
          relation: 'relays-statement',
          score: Math.round(relay.share * 1000) / 1000,
          evidence: relay.sentences.slice(0, o.maxPassages).map((r) => evidenceOf(entry.id, doc.text, r[0], r[1])),
          related: [],
          external: { kind: 'statement', name: relay.name },
        });
      }
    }
    found.push(...waiting);

    this.register(entry, keys);
    // A copy adds no new independent use of its wording; counting it would make a widely
    // syndicated story's own sentences look like boilerplate.
    if (!found.some((l) => l.docId === entry.id && (l.relation === 'syndicated-copy' || l.relation === 'near-duplicate'))) {
      const shingles = new Set(side.shingled.hashes);
      this.sketch.addReport(shingles);
      if (this.track) this.sketchLog.push(entry.no, shingles.size, ...shingles);
    }
    for (const link of found) this.record(link);
    return found;
  }

  /**
   * Candidates from the LSH buckets, checked. The new report gets one origin by wording: the
   * credited report, else the closest, moved up to that report's own origin when the new report
   * matches it too. Earlier reports that turn out to derive from the new one are re-pointed to it
   * when it is a better origin than the one they had.
   */
  private textLinks(side: TextSide, keys: Uint32Array, isCommon: (h: number) => boolean): OriginLink[] {
    const candidates = this.bandCandidates(keys);
    const verified: TextCandidate[] = [];
    const mine = sortedUnique(side.distinct);
    for (const c of candidates) {
      const cached = this.cachedText(c);
      // Most candidates share too few distinctive shingles: counted against the candidate's
      // unquoted shingles (a superset of its distinctive ones) they are let go before the
      // candidate's own distinctive shingles are worked out. matchText would turn them down.
      if (!cached || sharedCount(mine, cached.unquoted) < this.o.minShared) continue;
      const other = textSide(this.entries[c]!, cached.text, this.o.shingleSize, isCommon, cached.shingled, cached.memo);
      const link = matchText(side, other, this.o);
      if (!link) continue;
      const derived = link.docId === side.entry.id;
      const theirs = this.entries[c]!;
      verified.push({ no: c, link, derived, credited: derived ? credits(side.entry, theirs) : credits(theirs, side.entry) });
    }

    const out: OriginLink[] = [];
    const parents = verified.filter((v) => v.derived);
    if (parents.length) {
      let best = parents.reduce((a, b) => (b.credited && !a.credited) || (b.credited === a.credited && b.link.score > a.link.score) ? b : a);
      // Prefer the root: a copy of a copy is shown as a copy of the original when it matches it too.
      for (let hops = 0; hops < 8; hops++) {
        const up = this.current.get(best.no)?.text?.derivedFrom;
        const next = up === undefined ? undefined : parents.find((p) => this.entries[p.no]!.id === up);
        if (!next || next === best || (best.credited && !next.credited)) break;
        best = next;
      }
      out.push(best.link);
    }
    for (const v of verified) {
      if (v.derived) continue;
      const had = this.current.get(v.no)?.text;
      // Re-pointed only to an origin that explains the report about as well as the one it has:
      // an earlier look-alike is not a better origin than the report it was copied from.
      if (!had || (v.link.score >= had.score - REPOINT_SLACK && this.betterParent(this.entries[v.no]!, side.entry, had.derivedFrom))) out.push(v.link);
    }
    return out;
  }

  /** Whether `candidate` is a better origin for `child` than the report it has now. */
  private betterParent(child: OriginEntry, candidate: OriginEntry, currentId: string): boolean {
    const now = this.byId.get(currentId);
    if (now === undefined) return true;
    const cur = this.entries[now]!;
    const a = credits(child, candidate);
    const b = credits(child, cur);
    if (a !== b) return a;
    const t = compareWindows(candidate.window, cur.window);
    if (t !== 0) return t < 0;
    return ownCredit(candidate) && !ownCredit(cur);
  }

  /** Whether two reports came out within the credit window of each other (undated: yes). */
  private nearInTime(a: OriginEntry, b: OriginEntry): boolean {
    if (!a.window || !b.window) return true;
    return a.window[0] - CREDIT_WINDOW_DAYS * DAY <= b.window[1] && b.window[0] - CREDIT_WINDOW_DAYS * DAY <= a.window[1];
  }

  /** Of `list` (report numbers in arrival order), the newest near `entry` in time, oldest first. */
  private nearReports(list: readonly number[], entry: OriginEntry, max: number): number[] {
    const out: number[] = [];
    for (let i = list.length - 1, read = 0; i >= 0 && read < MAX_CREDIT_SCAN && out.length < max; i--, read++) {
      if (this.nearInTime(this.entries[list[i]!]!, entry)) out.push(list[i]!);
    }
    return out.reverse();
  }

  private printOf(no: number, text: string): FactPrint {
    let p = this.printCache.get(no);
    if (p) this.printCache.delete(no);
    else p = factPrint(text);
    this.printCache.set(no, p);
    if (this.printCache.size > SHINGLE_CACHE) this.printCache.delete(this.printCache.keys().next().value!);
    return p;
  }

  /** A link from a report to a report of the outlet it credits (or to the outlet itself, when none is here). */
  private creditLink(entry: OriginEntry, text: string, found: readonly OriginLink[]): OriginLink | undefined {
    const credit = entry.credit;
    if (!credit || credit.key === entry.outletKey) return undefined;
    for (const l of found) {
      for (const id of [l.docId, l.derivedFrom]) {
        const no = this.byId.get(id);
        if (no !== undefined && this.entries[no]!.outletKey === credit.key) {
          entry.creditResolved = true;
          return undefined; // already tied to that outlet's report by its wording
        }
      }
    }
    const ofOutlet = this.nearReports(this.outlets.get(credit.key) ?? [], entry, MAX_CREDIT_CANDIDATES);
    const me: FactSide = { entry, text, print: factPrint(text) };
    let best: OriginLink | undefined;
    for (const no of ofOutlet) {
      const theirs = this.entries[no]!;
      const t = this.textOf(theirs);
      if (t === undefined) continue;
      const link = matchCredit(me, { entry: theirs, text: t, print: this.printOf(no, t) }, this.o);
      if (link && (!best || link.score > best.score)) best = link;
    }
    if (best) {
      entry.creditResolved = true;
      return best;
    }
    // "Source: Stern" with no matching Stern report here: the report still has an origin, outside
    // the set, until that report arrives. "According to Stern" attributes a fact, not the report.
    if (credit.cue !== 'according-to') {
      const evidence: Evidence[] = [];
      if (credit.range) {
        const ev: Evidence = { docId: entry.id, range: credit.range, quote: credit.quote };
        if (evidenceHolds(ev, text)) evidence.push(evidenceOf(entry.id, text, credit.range[0], credit.range[1]));
      }
      return {
        docId: entry.id,
        derivedFrom: `${EXTERNAL_PREFIX}outlet:${credit.key}`,
        relation: credit.cue === 'translated-from' ? 'credited-translation' : 'credited-source',
        score: 1,
        evidence,
        related: [],
        external: { kind: 'outlet', name: credit.name },
      };
    }
    return undefined;
  }

  /** Earlier reports that credit this report's outlet and were waiting for one of its reports. */
  private pendingLinks(entry: OriginEntry, text: string, found: readonly OriginLink[]): OriginLink[] {
    if (!entry.outletKey) return [];
    const all = this.pending.get(entry.outletKey);
    if (!all?.length) return [];
    // Reports waiting longer than the newest few are let go: their source did not turn up in time.
    if (all.length > MAX_CREDIT_SCAN) {
      all.splice(0, all.length - MAX_CREDIT_SCAN);
      if (this.track) this.dirtyPending.add(entry.outletKey);
    }
    const waiting = new Set(this.nearReports(all, entry, MAX_CREDIT_CANDIDATES));
    if (!waiting.size) return [];
    const mine: FactSide = { entry, text, print: factPrint(text) };
    const out: OriginLink[] = [];
    const still: number[] = [];
    for (const no of all) {
      if (!waiting.has(no)) {
        still.push(no);
        continue;
      }
      const theirs = this.entries[no]!;
      if (found.some((l) => l.docId === theirs.id && l.derivedFrom === entry.id)) {
        theirs.creditResolved = true; // its wording already ties it to this report
        if (this.track) this.resolvedSince.add(no);
        this.dropSlot(no, 'credit');
        continue;
      }
      const t = this.textOf(theirs);
      const link = t === undefined ? undefined : matchCredit({ entry: theirs, text: t, print: this.printOf(no, t) }, mine, this.o);
      if (link) {
        theirs.creditResolved = true;
        if (this.track) this.resolvedSince.add(no);
        out.push(link);
      } else still.push(no);
    }
    this.pending.set(entry.outletKey, still);
    if (this.track) this.dirtyPending.add(entry.outletKey);
    return out;
  }

  /** Files a report: ids, LSH buckets, outlet and pending-credit lists. */
  private register(entry: OriginEntry, keys: Uint32Array | undefined, banded = keys !== undefined): void {
    const no = entry.no;
    this.entries.push(entry);
    this.byId.set(entry.id, no);
    const b = this.o.bands;
    // Keys of reports that have left the buckets are let go.
    const oldest = this.table.oldest;
    if (oldest - this.bandFrom > this.o.bandWindow) {
      this.bandStore = this.bandStore.slice((oldest - this.bandFrom) * b);
      this.bandFrom = oldest;
    }
    const at = no - this.bandFrom;
    if ((at + 1) * b > this.bandStore.length) {
      const grown = new Uint32Array(Math.max((at + 1) * b, this.bandStore.length * 2));
      grown.set(this.bandStore);
      this.bandStore = grown;
    }
    entry.banded = banded;
    if (keys) {
      this.bandStore.set(keys, at * b);
      this.table.insert(keys, no);
    }
    if (entry.outletKey) push(this.outlets, entry.outletKey, no);
    if (entry.credit && entry.credit.key !== entry.outletKey && !entry.creditResolved && !this.restoring) {
      push(this.pending, entry.credit.key, no);
      if (this.track) this.dirtyPending.add(entry.credit.key);
    }
  }

  /** Keeps a link in its report's slot, replacing the one there, and joins its two ends. */
  private record(link: OriginLink, seq = this.nextSeq): void {
    this.seqOf.set(link, seq);
    this.nextSeq = Math.max(this.nextSeq, seq + 1);
    this.originMemo.clear();
    // The link is kept for as long as the report: its quotes must not keep both texts alive, and
    // the copies of one wire story quote the same passages, which are kept once.
    for (const ev of [...link.evidence, ...link.related]) ev.quote = this.sharedQuote(ev.quote);
    const no = this.byId.get(link.docId)!;
    let slots = this.current.get(no);
    if (!slots) this.current.set(no, (slots = {}));
    const slot = slotOf(link);
    if (this.track) this.dirtySlots.add(no);
    // Union–find cannot split a set: after a replacement it is rebuilt from the current links.
    this.dropSlot(no, slot);
    slots[slot] = link;
    this.linkPos.set(link, this.linkLog.push(link) - 1);
    let kids = this.children.get(link.derivedFrom);
    if (!kids) this.children.set(link.derivedFrom, (kids = new Set()));
    kids.add(link);
    if (!this.ufStale) this.uf.union(2 * no, this.nodeOf(link.derivedFrom));
  }

  /** Removes the link a report holds in one slot (an outside origin now found in the set). */
  private dropSlot(no: number, slot: 'text' | 'credit' | 'relay'): void {
    const old = this.current.get(no)?.[slot];
    if (!old) return;
    this.originMemo.clear();
    if (this.track) this.dirtySlots.add(no);
    this.linkLog[this.linkPos.get(old)!] = undefined;
    this.linkPos.delete(old);
    this.seqOf.delete(old);
    this.children.get(old.derivedFrom)?.delete(old);
    delete this.current.get(no)![slot];
    this.ufStale = true;
  }

  private nodeOf(id: string): number {
    const no = this.byId.get(id);
    if (no !== undefined) return 2 * no;
    let k = this.externals.get(id);
    if (k === undefined) this.externals.set(id, (k = this.externals.size));
    return 2 * k + 1;
  }

  private groups(): UnionFind {
    if (this.ufStale) {
      this.uf = new UnionFind();
      this.externals.clear();
      for (const l of this.linkLog) if (l) this.uf.union(2 * this.byId.get(l.docId)!, this.nodeOf(l.derivedFrom));
      this.ufStale = false;
    }
    return this.uf;
  }

  private commonTest(): (h: number) => boolean {
    const at = Math.max(this.o.commonFloor, Math.ceil(this.o.commonShare * this.entries.length));
    return (h) => this.sketch.estimate(h) >= at;
  }

  private textOf(e: OriginEntry): string | undefined {
    return e.text ?? this.hooks.loadText?.(e.id);
  }

  /** A report's text, shingles and memo, from the cache of the most compared (or read and shingled now). */
  private cachedText(no: number): CachedText | undefined {
    let cached = this.shingleCache.get(no);
    if (cached) this.shingleCache.delete(no);
    else {
      const t = this.textOf(this.entries[no]!);
      if (t === undefined) return undefined;
      const shingled = shingleText(t, this.o.shingleSize);
      const unquoted: number[] = [];
      shingled.hashes.forEach((h, i) => shingled.quoted[i] || unquoted.push(h));
      cached = { text: t, shingled, memo: {}, unquoted: sortedUnique(unquoted) };
    }
    this.shingleCache.set(no, cached);
    if (this.shingleCache.size > SHINGLE_CACHE) this.shingleCache.delete(this.shingleCache.keys().next().value!);
    return cached;
  }

  links(): OriginLink[] {
    return this.linkLog.filter((l): l is OriginLink => l !== undefined);
  }

  linksOf(docId: string): OriginLink[] {
    const no = this.byId.get(docId);
    const slots = no === undefined ? undefined : this.current.get(no);
    if (!slots) return [];
    return [slots.text, slots.credit, slots.relay]
      .filter((l): l is OriginLink => l !== undefined)
      .sort((a, b) => this.linkPos.get(a)! - this.linkPos.get(b)!);
  }

  originGroups(opts: { singletons?: boolean } = {}): OriginGroup[] {
    const uf = this.groups();
    const groups = new Map<number, { members: number[]; external: string[] }>();
    const groupOf = (root: number) => {
      let g = groups.get(root);
      if (!g) groups.set(root, (g = { members: [], external: [] }));
      return g;
    };
    this.entries.forEach((e) => groupOf(uf.find(2 * e.no)).members.push(e.no));
    for (const [id, k] of this.externals) groupOf(uf.find(2 * k + 1)).external.push(id);
    const out: OriginGroup[] = [];
    for (const g of groups.values()) {
      if (g.members.length === 0 || (g.members.length === 1 && g.external.length === 0 && !opts.singletons)) continue;
      out.push({
        origin: this.entries[this.groupOrigin(g.members)]!.id,
        members: g.members.map((no) => this.entries[no]!.id),
        ...(g.external.length ? { external: g.external } : {}),
      });
    }
    return out;
  }

  /** Members not derived from another member; of those the earliest published, then the first added. */
  private groupOrigin(members: number[]): number {
    const inGroup = new Set(members.map((no) => this.entries[no]!.id));
    const roots = members.filter((no) => !this.linksOf(this.entries[no]!.id).some((l) => inGroup.has(l.derivedFrom)));
    const pool = roots.length ? roots : members;
    const start = (no: number) => this.entries[no]!.window?.[0] ?? Number.POSITIVE_INFINITY;
    return [...pool].sort((a, b) => start(a) - start(b) || a - b)[0]!;
  }

  originOf(docId: string): string | undefined {
    const no = this.byId.get(docId);
    if (no === undefined) return undefined;
    const known = this.originMemo.get(docId);
    if (known !== undefined) return known;
    // Walk the current links both ways from the report: its group, without scanning the corpus.
    const seen = new Set<string>([docId]);
    const queue = [docId];
    while (queue.length) {
      const id = queue.pop()!;
      const near = [...this.linksOf(id).map((l) => l.derivedFrom), ...[...(this.children.get(id) ?? [])].map((l) => l.docId)];
      for (const n of near) if (!seen.has(n)) seen.add(n), queue.push(n);
    }
    const members = [...seen].flatMap((id) => (this.byId.has(id) ? [this.byId.get(id)!] : [])).sort((a, b) => a - b);
    const origin = this.entries[this.groupOrigin(members)]!.id;
    // Every member of the group has the same origin.
    if (this.originMemo.size > 100_000) this.originMemo.clear();
    for (const m of members) this.originMemo.set(this.entries[m]!.id, origin);
    return origin;
  }

  independentOrigins(docIds: readonly string[]): number {
    const uf = this.groups();
    const seen = new Set<string>();
    for (const id of docIds) {
      const no = this.byId.get(id);
      seen.add(no === undefined ? `?${id}` : String(uf.find(2 * no)));
    }
    return seen.size;
  }

  describe(docId: string): ReportLabel | undefined {
    const no = this.byId.get(docId);
    return no === undefined ? undefined : { ...this.entries[no]!.label };
  }

  takeDelta(): OriginDelta {
    if (!this.track) throw new Error('takeDelta needs an origin index created with trackChanges');
    let batch: OriginBatch | undefined;
    const n = this.entries.length;
    if (n > this.savedReports) {
      const reports: SavedOriginReport[] = [];
      for (let no = this.savedReports; no < n; no++) {
        // An index that keeps texts saves them too (it has nowhere to read them back from).
        const { no: _no, window, ...rest } = this.entries[no]!;
        const entry: SavedEntry = { ...rest, ...(window ? { window: [window[0], window[1]] as [number, number] } : {}) };
        const at = no - this.bandFrom;
        const keys = entry.banded && at >= 0 ? this.bandStore.subarray(at * this.o.bands, (at + 1) * this.o.bands) : undefined;
        reports.push({ entry, ...(keys ? { keys: encodeArray(keys) } : {}) });
      }
      batch = { reports, sketch: encodeArray(Uint32Array.from(this.sketchLog)) };
    }
    const slots: SavedSlots[] = [];
    for (const no of [...new Set([...this.dirtySlots, ...this.resolvedSince])].sort((a, b) => a - b)) {
      const cur = this.current.get(no);
      const links = [cur?.text, cur?.credit, cur?.relay].filter((l): l is OriginLink => l !== undefined).map((l) => [this.seqOf.get(l)!, l] as [number, OriginLink]);
      slots.push({ no, links, ...(this.entries[no]!.creditResolved && no < this.savedReports ? { resolved: true } : {}) });
    }
    const pending = [...this.dirtyPending].sort().map((k) => [k, [...(this.pending.get(k) ?? [])]] as [string, number[]]);
    this.savedReports = n;
    this.sketchLog = [];
    this.dirtySlots = new Set();
    this.resolvedSince = new Set();
    this.dirtyPending = new Set();
    return { options: { ...this.o }, ...(batch ? { batch } : {}), slots, pending };
  }

  sketchState(): ShingleSketchState {
    return this.sketch.toJSON();
  }

  static begin(options: Partial<ResolvedOriginOptions>, sketch: ShingleSketchState | undefined, hooks: OriginIndexHooks): Index {
    const ix = new Index(resolve(options), hooks);
    if (sketch) ix.sketch = ShingleSketch.fromJSON(sketch);
    ix.restoring = true;
    return ix;
  }

  restoreBatch(reports: readonly SavedOriginReport[]): void {
    for (const r of reports) {
      const no = this.entries.length;
      const d = r.entry;
      if (typeof d?.id !== 'string' || typeof d.banded !== 'boolean' || typeof d.label !== 'object') throw new RangeError(`report ${no} is malformed`);
      const { window, ...rest } = d;
      const entry: OriginEntry = { ...rest, no, ...(window ? { window: [window[0], window[1]] as const } : {}) };
      const keys = r.keys ? decodeArray(r.keys, Uint32Array) : undefined;
      if (keys && keys.length !== this.o.bands) throw new RangeError(`report ${no} has ${keys.length} band keys`);
      this.register(entry, keys, entry.banded);
    }
  }

  /** Shingles counted after the sketch was last saved whole, in the order they were counted. */
  restoreSketch(enc: string): void {
    const log = decodeArray(enc, Uint32Array);
    for (let k = 0; k < log.length; ) {
      const count = log[k + 1]!;
      if (k + 2 + count > log.length) throw new RangeError('shingle log is cut short');
      this.sketch.addReport(log.subarray(k + 2, k + 2 + count));
      k += 2 + count;
    }
  }

  finishRestore(slots: Iterable<SavedSlots>, pending: Iterable<[string, number[]]>): Index {
    const ix = this;
    ix.restoring = false;
    const saved: Array<[number, OriginLink]> = [];
    for (const sl of slots) {
      if (!ix.entries[sl.no]) throw new RangeError(`links of report ${sl.no}, which was never saved`);
      if (sl.resolved) ix.entries[sl.no]!.creditResolved = true;
      saved.push(...sl.links);
    }
    saved.sort((a, b) => a[0] - b[0]);
    for (const [seq, link] of saved) {
      if (!ix.byId.has(link.docId) || typeof link.derivedFrom !== 'string') throw new RangeError(`a link names an unknown report ${link.docId}`);
      ix.record(link, seq);
    }
    for (const [k, list] of pending) ix.pending.set(k, [...list]);
    ix.savedReports = ix.entries.length;
    ix.sketchLog = [];
    ix.dirtySlots = new Set();
    ix.resolvedSince = new Set();
    ix.dirtyPending = new Set();
    return ix;
  }

  toJSON(): OriginIndexState {
    const n = this.entries.length;
    return {
      version: 1,
      options: { ...this.o },
      docs: this.entries.map(({ no: _no, window, ...rest }) => ({ ...rest, ...(window ? { window: [window[0], window[1]] as [number, number] } : {}) })),
      bandKeys: toBase64(this.bandStore.subarray(0, (n - this.bandFrom) * this.o.bands)),
      ...(this.bandFrom ? { bandFrom: this.bandFrom } : {}),
      sketch: this.sketch.toJSON(),
      links: this.links().map((l) => structuredClone(l)),
    };
  }
}

/** A report's text as the shingle cache holds it: its shingles, memo, and unquoted shingles sorted. */
interface CachedText {
  text: string;
  shingled: ShingledText;
  memo: TextSide['memo'];
  unquoted: Uint32Array;
}

/** Hashes sorted ascending, each once. */
function sortedUnique(hashes: Iterable<number>): Uint32Array {
  const a = Uint32Array.from(hashes).sort();
  let n = 0;
  for (let i = 0; i < a.length; i++) if (i === 0 || a[i] !== a[n - 1]) a[n++] = a[i]!;
  return a.subarray(0, n);
}

/** How many values two sorted, duplicate-free arrays have in common. */
function sharedCount(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x < y) i++;
    else if (x > y) j++;
    else {
      n++;
      i++;
      j++;
    }
  }
  return n;
}

function push<K>(m: Map<K, number[]>, k: K, v: number): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
