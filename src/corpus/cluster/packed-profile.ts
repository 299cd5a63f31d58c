/**
 * A report's profile as the clusterer keeps it: every term as an integer id from the index's
 * dictionary, sorted, with its raw count, in two typed arrays. Comparing two profiles is then a
 * merge of sorted integer lists with weights read from an array, instead of string-keyed map
 * lookups; and a million profiles fit in memory (about 5 bytes a term instead of a map entry).
 *
 * The features are those of `pairFeatures` (story-similarity.ts), computed in one pass per
 * channel; only the order of additions differs, so values agree to the last bits of a double.
 */
import { sublinear, type SparseVector } from './sparse-vector.js';
import { profileEvidence, type ProfileEvidence, type ReportProfile } from './story-profile.js';

/** Channels of a packed profile, in the order they are stored. */
export const PACKED_CHANNELS = ['words', 'names', 'numbers', 'title'] as const;
export type PackedChannel = (typeof PACKED_CHANNELS)[number];

/** Largest count kept exactly; higher counts (rare) are kept as this. */
const MAX_TF = 255;

/** `1 + ln tf` for the counts a profile can hold, so every value is the map profile's double. */
const SUBLINEAR = Float64Array.from({ length: MAX_TF + 1 }, (_, tf) => sublinear(tf));

/** The value of a term held `tf` times (`1 + ln tf`). */
export function termValue(tf: number): number {
  return SUBLINEAR[tf]!;
}

/** Term weights by id, as the index gives them for the current corpus. */
export interface IdWeights {
  /** Current inverse document frequency of a term id (ids below 0: terms never observed). */
  idf(id: number): number;
  /** Bumped whenever the weights change, so cached norms know they are stale. */
  readonly generation: number;
}

/** A profile with its terms as sorted ids and counts. */
export interface PackedProfile extends ProfileEvidence {
  /** Term ids of all channels, each channel's run sorted ascending. */
  ids: Int32Array;
  /** Raw counts of the terms (1 + ln of it is the value). */
  tf: Uint8Array;
  /** End offsets of the channels in `ids`: words, names, numbers, title. */
  ends: [number, number, number, number];
  /** Name ids the report repeats most (its main actors), at most three. */
  leads: number[];
  /** Memo of per-channel norms and name sums under the weights of `memoGen`. */
  memo?: Float64Array;
  memoGen?: number;
}

/** The raw count behind a sublinear value (profiles only ever hold `1 + ln tf` of whole counts). */
function countOf(x: number): number {
  const tf = Math.round(Math.exp(x - 1));
  return Math.max(1, Math.min(MAX_TF, tf));
}

/**
 * Packs a map profile; `idOf` gives the id of a channel's term (interning it or not, as the
 * caller decides; ids of terms the index never saw may be negative).
 */
export function packProfile(p: ReportProfile, idOf: (channel: PackedChannel, term: string) => number): PackedProfile {
  const vectors: SparseVector[] = [p.words, p.names, p.numbers, p.title];
  let total = 0;
  for (const v of vectors) total += v.size;
  const ids = new Int32Array(total);
  const tf = new Uint8Array(total);
  const ends: [number, number, number, number] = [0, 0, 0, 0];
  let at = 0;
  const nameIds = new Map<string, number>();
  vectors.forEach((v, c) => {
    const channel = PACKED_CHANNELS[c]!;
    const pairs: Array<[number, number]> = [];
    for (const [t, x] of v) {
      const id = idOf(channel, t);
      if (channel === 'names') nameIds.set(t, id);
      pairs.push([id, countOf(x)]);
    }
    pairs.sort((a, b) => a[0] - b[0]);
    for (const [id, n] of pairs) {
      ids[at] = id;
      tf[at++] = n;
    }
    ends[c] = at;
  });
  return {
    ids,
    tf,
    ends,
    // A lead is a repeated name, so it is among the names unless trimming dropped it.
    leads: p.leads.map((t) => nameIds.get(t) ?? idOf('names', t)),
    ...profileEvidence(p),
  };
}

/** The map profile back (for saved states and explanations); `termOf` names an id. */
export function unpackProfile(p: PackedProfile, termOf: (id: number) => string): ReportProfile {
  const channel = (c: number): SparseVector => {
    const v: SparseVector = new Map();
    for (let k = c === 0 ? 0 : p.ends[c - 1]!; k < p.ends[c]!; k++) v.set(termOf(p.ids[k]!), SUBLINEAR[p.tf[k]!]!);
    return v;
  };
  return {
    words: channel(0),
    names: channel(1),
    numbers: channel(2),
    title: channel(3),
    leads: p.leads.map(termOf),
    ...profileEvidence(p),
  };
}

// Memo layout: norms of words, names, numbers, title; name sum; repeated-name sum.
const M_NORM = 0;
const M_NAME_SUM = 4;
const M_REP_SUM = 5;

function memoOf(p: PackedProfile, w: IdWeights): Float64Array {
  if (p.memo && p.memoGen === w.generation) return p.memo;
  const m = p.memo ?? new Float64Array(6);
  m.fill(0);
  for (let c = 0; c < 4; c++) {
    let s = 0;
    for (let k = c === 0 ? 0 : p.ends[c - 1]!; k < p.ends[c]!; k++) {
      const x = SUBLINEAR[p.tf[k]!]! * w.idf(p.ids[k]!);
      s += x * x;
      if (c === 1) {
        m[M_NAME_SUM] = m[M_NAME_SUM]! + x;
        if (p.tf[k]! >= 2) m[M_REP_SUM] = m[M_REP_SUM]! + x;
      }
    }
    m[M_NORM + c] = Math.sqrt(s);
  }
  p.memo = m;
  p.memoGen = w.generation;
  return m;
}

/** What one merge of a channel's sorted ids gives: dot product, matched weight each side, and of repeated terms. */
const merged = new Float64Array(5);
const G_DOT = 0;
const G_HIT_A = 1;
const G_HIT_B = 2;
const G_REP_A = 3;
const G_REP_B = 4;

/** Merges channel `c` of two profiles (sorted ids) into {@link merged}. */
function mergeChannel(a: PackedProfile, b: PackedProfile, c: number, w: IdWeights): Float64Array {
  let i = c === 0 ? 0 : a.ends[c - 1]!;
  let j = c === 0 ? 0 : b.ends[c - 1]!;
  const ie = a.ends[c]!;
  const je = b.ends[c]!;
  let dot = 0;
  let hitA = 0;
  let hitB = 0;
  let repA = 0;
  let repB = 0;
  while (i < ie && j < je) {
    const x = a.ids[i]!;
    const y = b.ids[j]!;
    if (x < y) i++;
    else if (x > y) j++;
    else {
      const wt = w.idf(x);
      const sa = SUBLINEAR[a.tf[i]!]!;
      const sb = SUBLINEAR[b.tf[j]!]!;
      // In the order of weightedCosine (sparse-vector.ts), so map and packed profiles agree.
      dot += sa * sb * wt * wt;
      hitA += sa * wt;
      hitB += sb * wt;
      if (a.tf[i]! >= 2) repA += sa * wt;
      if (b.tf[j]! >= 2) repB += sb * wt;
      i++;
      j++;
    }
  }
  merged[G_DOT] = dot;
  merged[G_HIT_A] = hitA;
  merged[G_HIT_B] = hitB;
  merged[G_REP_A] = repA;
  merged[G_REP_B] = repB;
  return merged;
}

/** Cosine from a dot product and two norms (0 when either side is empty). */
function cosine(dot: number, na: number, nb: number): number {
  return na === 0 || nb === 0 ? 0 : dot / (na * nb);
}

/** Weighted cosine of one channel of two profiles. */
function channelCosine(a: PackedProfile, b: PackedProfile, c: number, w: IdWeights, ma: Float64Array, mb: Float64Array): number {
  const na = ma[M_NORM + c]!;
  const nb = mb[M_NORM + c]!;
  if (na === 0 || nb === 0) return 0;
  return cosine(mergeChannel(a, b, c, w)[G_DOT]!, na, nb);
}

function sharesAny<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  for (const x of a) if (b.includes(x)) return true;
  return false;
}

function hasName(p: PackedProfile, id: number): boolean {
  let lo = p.ends[0];
  let hi = p.ends[1] - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = p.ids[mid]!;
    if (v === id) return true;
    if (v < id) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

function leadMissing(a: PackedProfile, b: PackedProfile): number {
  if (a.leads.length === 0) return 0;
  let miss = 0;
  for (const t of a.leads) if (!hasName(b, t)) miss++;
  return miss / a.leads.length;
}

/**
 * The features of `pairFeatures` for two packed profiles (same order, same meaning), written into
 * `out` when given (comparing hundreds of pairs per report, the arrays are worth reusing).
 */
export function packedPairFeatures(a: PackedProfile, b: PackedProfile, w: IdWeights, out?: Float64Array): ArrayLike<number> {
  const ma = memoOf(a, w);
  const mb = memoOf(b, w);
  const aNames = a.ends[1] - a.ends[0];
  const bNames = b.ends[1] - b.ends[0];
  const hasNames = aNames > 0 && bNames > 0;
  const hasNumbers = a.ends[2] > a.ends[1] && b.ends[2] > b.ends[1];
  const hasYears = a.years.length > 0 && b.years.length > 0;
  const yearShare = hasYears && sharesAny(a.years, b.years);
  const hasLatest = a.latestYear !== undefined && b.latestYear !== undefined;
  const gap = hasLatest ? Math.abs(a.latestYear! - b.latestYear!) : 0;

  // Names: cosine, weighted cover both ways and repeated names missing both ways, in one merge.
  let namesCos = 0;
  let coverAB = 0;
  let coverBA = 0;
  let repAB = 0;
  let repBA = 0;
  if (hasNames) {
    const g = mergeChannel(a, b, 1, w);
    namesCos = cosine(g[G_DOT]!, ma[M_NORM + 1]!, mb[M_NORM + 1]!);
    coverAB = ma[M_NAME_SUM]! === 0 ? 0 : g[G_HIT_A]! / ma[M_NAME_SUM]!;
    coverBA = mb[M_NAME_SUM]! === 0 ? 0 : g[G_HIT_B]! / mb[M_NAME_SUM]!;
    repAB = ma[M_REP_SUM]! === 0 ? 0 : (ma[M_REP_SUM]! - g[G_REP_A]!) / ma[M_REP_SUM]!;
    repBA = mb[M_REP_SUM]! === 0 ? 0 : (mb[M_REP_SUM]! - g[G_REP_B]!) / mb[M_REP_SUM]!;
  }
  const leadAB = hasNames ? leadMissing(a, b) : 0;
  const leadBA = hasNames ? leadMissing(b, a) : 0;
  const f = out ?? new Float64Array(18);
  f[0] = channelCosine(a, b, 0, w, ma, mb);
  f[1] = namesCos;
  f[2] = hasNames ? 0 : 1;
  f[3] = channelCosine(a, b, 3, w, ma, mb);
  f[4] = hasNumbers ? channelCosine(a, b, 2, w, ma, mb) : 0;
  f[5] = hasNumbers ? 0 : 1;
  f[6] = yearShare ? 1 : 0;
  f[7] = hasYears && !yearShare ? 1 : 0;
  f[8] = hasLatest && gap === 0 ? 1 : 0;
  f[9] = hasLatest ? Math.min(gap, 4) / 4 : 0;
  f[10] = sharesAny(a.days, b.days) ? 1 : 0;
  f[11] = a.days.length > 0 && b.days.length > 0 ? 0 : 1;
  f[12] = Math.min(coverAB, coverBA);
  f[13] = Math.max(coverAB, coverBA);
  f[14] = Math.min(repAB, repBA);
  f[15] = Math.max(repAB, repBA);
  f[16] = Math.min(leadAB, leadBA);
  f[17] = Math.max(leadAB, leadBA);
  return f;
}

/** Approximate bytes a packed profile holds (for memory accounting). */
export function packedBytes(p: PackedProfile): number {
  return p.ids.byteLength + p.tf.byteLength + 160;
}
