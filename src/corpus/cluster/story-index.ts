/**
 * The clusterer's memory: document frequencies seen so far (so term weights follow the
 * corpus as it grows), each story's summed profile, and an inverted index from terms to the
 * stories holding them, which is how candidates are found without comparing all pairs.
 * Per-report work is bounded: a query reads a report's strongest terms only, the newest
 * stories of each posting list only, and story profiles are pruned to their strongest terms.
 */
import { topTerms } from './sparse-vector.js';
import { addProfile, emptyProfile, type Profile } from './story-profile.js';
import type { ChannelWeights } from './story-similarity.js';

/** Bounds on the index's work per report. */
export interface StoryIndexLimits {
  /** Terms of a report (or story) looked up in the index. */
  queryTerms: number;
  /** Candidate stories returned per query. */
  maxCandidates: number;
  /** Newest stories read per posting list, bounding the work for very common terms. */
  maxPostingRead: number;
  /** Terms kept per channel in a story's profile (pruned by weight when it grows past twice this). */
  maxStoryTerms: number;
  /** Stories up to this many reports keep each report's profile, so they can still be split. */
  maxMembers: number;
}

/** One story in the index. */
export interface IndexedStory {
  index: number;
  id: string;
  docs: string[];
  profile: Profile;
  /** Index of the story this one was merged into. */
  mergedInto?: number;
  /** Each report's own profile, in `docs` order, while the story is small enough to be split. */
  members?: Profile[];
  /** Size at the last split check. */
  checkedAt: number;
}

/** Channels that are indexed and pruned, with their key prefix. */
const INDEXED = [
  ['words', 'w:'],
  ['names', 'n:'],
  ['numbers', 'x:'],
] as const;

function findSorted(arr: readonly number[], x: number): number {
  let lo = 0;
  let hi = arr.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (arr[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function insertSorted(arr: number[], x: number): void {
  const i = findSorted(arr, x);
  if (arr[i] !== x) arr.splice(i, 0, x);
}

function removeSorted(arr: number[], x: number): void {
  const i = findSorted(arr, x);
  if (arr[i] === x) arr.splice(i, 1);
}

function byValueThenKey(a: [string, number], b: [string, number]): number {
  return b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
}

/** Document frequencies, story profiles and the term → story index. */
export class StoryIndex {
  docCount = 0;
  readonly df = { words: new Map<string, number>(), names: new Map<string, number>(), numbers: new Map<string, number>() };
  readonly stories: IndexedStory[] = [];
  /** Report id → index of the story it was added to (follow `mergedInto` for the current one). */
  readonly docStory = new Map<string, number>();
  // Posting lists hold story indices in ascending order, so "the newest" is a suffix and lists
  // rebuilt from a saved state equal the live ones.
  private readonly postings = new Map<string, number[]>();
  readonly weights: ChannelWeights;

  constructor(readonly limits: StoryIndexLimits) {
    const idf = (df: Map<string, number>) => (t: string) => Math.log((this.docCount + 1) / ((df.get(t) ?? 0) + 1)) + 1;
    this.weights = { words: idf(this.df.words), names: idf(this.df.names), numbers: idf(this.df.numbers) };
  }

  /** Counts a new report's terms into the document frequencies (before it is compared). */
  observe(p: Profile): void {
    this.docCount++;
    for (const [channel] of INDEXED) {
      const df = this.df[channel];
      for (const t of p[channel].keys()) df.set(t, (df.get(t) ?? 0) + 1);
    }
  }

  /** Story currently holding report `docId`, if any. */
  storyOf(docId: string): IndexedStory | undefined {
    const i = this.docStory.get(docId);
    return i === undefined ? undefined : this.stories[i];
  }

  /** Opens a story holding one report. */
  open(id: string, docId: string, p: Profile): IndexedStory {
    const s: IndexedStory = { index: this.stories.length, id, docs: [docId], profile: emptyProfile(), members: [p], checkedAt: 1 };
    addProfile(s.profile, p);
    this.stories.push(s);
    this.docStory.set(docId, s.index);
    this.indexKeys(s, p);
    return s;
  }

  /** Adds a report to a story. */
  join(s: IndexedStory, docId: string, p: Profile): void {
    addProfile(s.profile, p);
    s.docs.push(docId);
    if (s.members && s.members.length < this.limits.maxMembers) s.members.push(p);
    else delete s.members;
    this.docStory.set(docId, s.index);
    this.indexKeys(s, p);
    this.prune(s);
  }

  /** Folds story `gone` into `keep`. */
  merge(keep: IndexedStory, gone: IndexedStory): void {
    addProfile(keep.profile, gone.profile);
    keep.docs.push(...gone.docs);
    if (keep.members && gone.members && keep.members.length + gone.members.length <= this.limits.maxMembers) keep.members.push(...gone.members);
    else delete keep.members;
    delete gone.members;
    for (const d of gone.docs) this.docStory.set(d, keep.index);
    for (const k of this.keysOf(gone.profile)) {
      const list = this.postings.get(k);
      if (!list) continue;
      removeSorted(list, gone.index);
      insertSorted(list, keep.index);
    }
    gone.mergedInto = keep.index;
    gone.docs = [];
    gone.profile = emptyProfile();
    this.prune(keep);
  }

  /**
   * Moves the reports at positions `move` of a splittable story into a new story; both
   * profiles are rebuilt from the reports' own profiles.
   */
  split(s: IndexedStory, move: ReadonlySet<number>, newId: string): IndexedStory {
    const members = s.members;
    if (!members) throw new Error('story has no member profiles to split');
    const stay = { docs: [] as string[], members: [] as Profile[] };
    const go = { docs: [] as string[], members: [] as Profile[] };
    s.docs.forEach((d, i) => {
      const side = move.has(i) ? go : stay;
      side.docs.push(d);
      side.members.push(members[i]!);
    });
    const oldKeys = this.keysOf(s.profile);
    s.docs = stay.docs;
    s.members = stay.members;
    s.profile = emptyProfile();
    for (const m of stay.members) addProfile(s.profile, m);
    s.checkedAt = s.docs.length;
    const keepKeys = new Set(this.keysOf(s.profile));
    for (const k of oldKeys) {
      if (keepKeys.has(k)) continue;
      const list = this.postings.get(k);
      if (!list) continue;
      removeSorted(list, s.index);
      if (list.length === 0) this.postings.delete(k);
    }
    this.prune(s);
    const n: IndexedStory = { index: this.stories.length, id: newId, docs: go.docs, profile: emptyProfile(), members: go.members, checkedAt: go.docs.length };
    for (const m of go.members) addProfile(n.profile, m);
    this.stories.push(n);
    for (const d of n.docs) this.docStory.set(d, n.index);
    this.indexKeys(n, n.profile);
    this.prune(n);
    return n;
  }

  /** Restores a story from saved state (indices must arrive in order). */
  restore(s: IndexedStory): void {
    this.stories.push(s);
    for (const d of s.docs) this.docStory.set(d, s.index);
    if (s.mergedInto === undefined) this.indexKeys(s, s.profile);
  }

  /** Stories sharing the profile's strongest terms, best first, at most `maxCandidates`. */
  candidates(p: Profile, exclude?: number): number[] {
    const terms: [string, number][] = [];
    for (const [channel, prefix] of INDEXED) {
      const w = this.weights[channel];
      for (const [t, x] of p[channel]) terms.push([prefix + t, x * w(t)]);
    }
    terms.sort(byValueThenKey);
    const acc = new Map<number, number>();
    const { queryTerms, maxPostingRead, maxCandidates } = this.limits;
    for (let q = 0; q < terms.length && q < queryTerms; q++) {
      const [k, w] = terms[q]!;
      const list = this.postings.get(k);
      if (!list) continue;
      for (let i = list.length - 1, read = 0; i >= 0 && read < maxPostingRead; i--, read++) {
        const s = list[i]!;
        if (s !== exclude) acc.set(s, (acc.get(s) ?? 0) + w);
      }
    }
    return [...acc.entries()]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, maxCandidates)
      .map(([s]) => s);
  }

  private keysOf(p: Profile): string[] {
    const out: string[] = [];
    for (const [channel, prefix] of INDEXED) for (const t of p[channel].keys()) out.push(prefix + t);
    return out;
  }

  private indexKeys(s: IndexedStory, p: Profile): void {
    for (const k of this.keysOf(p)) {
      let list = this.postings.get(k);
      if (!list) this.postings.set(k, (list = []));
      insertSorted(list, s.index);
    }
  }

  /** Keeps a story's channels to their strongest terms so per-report work stays bounded. */
  private prune(s: IndexedStory): void {
    const cap = this.limits.maxStoryTerms;
    for (const [channel, prefix] of INDEXED) {
      const v = s.profile[channel];
      if (v.size <= 2 * cap) continue;
      const keep = new Set(topTerms(v, cap, this.weights[channel]));
      for (const t of [...v.keys()]) {
        if (keep.has(t)) continue;
        v.delete(t);
        if (channel === 'names') s.profile.nameDocs.delete(t);
        const list = this.postings.get(prefix + t);
        if (!list) continue;
        removeSorted(list, s.index);
        if (list.length === 0) this.postings.delete(prefix + t);
      }
    }
    // Title words are few per report but add up in large stories; bound them the same way.
    if (s.profile.title.size > 2 * cap) {
      const keep = new Set(topTerms(s.profile.title, cap, this.weights.words));
      for (const t of [...s.profile.title.keys()]) if (!keep.has(t)) s.profile.title.delete(t);
    }
  }
}
