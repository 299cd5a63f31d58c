/**
 * Incremental story clustering. Stories are what average-linkage clustering over a learned
 * same-event probability of report pairs would give, maintained locally: when a report
 * arrives, the index offers candidate reports (never all pairs), their stories are scored by
 * mean probability, and the report plus the members of its best few stories are re-clustered
 * by average linkage. So a new report joins a story, opens one, or — when it shows that a story
 * held two similar events (the same bank bombed years apart) — lets that story split, and
 * two halves of one event merge. Nothing outside that neighbourhood is recomputed.
 *
 * Bounded work per report: candidate reports and stories are capped, each report's profile is
 * trimmed to its strongest terms, and a story larger than `maxLocal` becomes settled: it is no
 * longer taken apart, and it is compared through a fixed set of its first reports (exemplars) —
 * the other members' profiles and cached pair probabilities are then let go.
 *
 * Limits: from text alone, two incidents of one kind in one place a week apart can join —
 * explicit day mentions proved weak evidence on the training data (articles cite many dates).
 * Publication dates and, better, resolved event days from the reading layer keep them apart.
 *
 * Determinism and order: the same reports in the same order give the same stories and ids.
 * A different order can give different stories, because (1) document frequencies, and so term
 * weights, are those of the reports seen so far; (2) each re-clustering sees only the
 * neighbourhood as it stands when a report arrives; (3) settled stories never split, and their
 * exemplars are their first reports; (4) story ids are numbered in the order stories open, and
 * after a re-clustering a group keeps the id of the old story that gave it the most reports.
 */
import { CorroborateError } from '../../core/errors.js';
import { averageLinkage } from './average-linkage.js';
import { PairCache } from './pair-cache.js';
import { decodeArray, encodeArray } from '../stories/part-codec.js';
import { ReportIndex, type ReportIndexLimits, type ReportIndexState } from './report-index.js';
import { packedPairFeatures, packProfile, unpackProfile, type PackedChannel, type PackedProfile } from './packed-profile.js';
import { STORY_MODEL } from './story-model.js';
import { profileEvidence, profileOfDocument, trimProfile, type ClusterDocument, type ProfileEvidence, type ReportProfile } from './story-profile.js';
import { FEATURE_NAMES, modelProbability, priorLogit, type LinearModel, type SimilarityPriors } from './story-similarity.js';

/** Tuning of {@link createStoryClusterer}; every field has a default. */
export interface StoryClustererOptions extends Partial<SimilarityPriors>, Partial<ReportIndexLimits> {
  /** Average-linkage threshold: groups whose mean same-event probability is below it stay apart. */
  threshold?: number;
  /** Stories re-clustered with each new report (its best-scoring candidates). */
  neighbourStories?: number;
  /** Candidate stories scored in full per report (ranked by their best candidate report). */
  scoredStories?: number;
  /** A candidate story takes part in the re-clustering only if its mean probability reaches this. */
  minLink?: number;
  /** Stories larger than this settle: no longer split, compared through exemplars. */
  maxLocal?: number;
  /** Exemplars kept for a settled story. */
  exemplars?: number;
  /**
   * A story that has taken no report among the last this many settles as a retired story: it
   * keeps `retiredExemplars` profiles and no cached pairs. Memory then follows the stories in the
   * news, not the corpus; an old story can still take a late report through its exemplars.
   */
  activeWindow?: number;
  retiredExemplars?: number;
  /** Terms kept per channel of a report's profile (the strongest by weight when it arrives). */
  maxProfileTerms?: number;
  /** The same-event model (defaults to the trained one). */
  model?: LinearModel;
  /** Prefix of story ids. */
  idPrefix?: string;
}

type ResolvedOptions = Required<StoryClustererOptions>;

/** Defaults; the model and threshold were chosen on the ECB+ train topics only (src/eval/clustering-train.ts). */
export const DEFAULT_STORY_CLUSTERER_OPTIONS: Readonly<ResolvedOptions> = Object.freeze({
  threshold: 0.4,
  neighbourStories: 2,
  scoredStories: 4,
  minLink: 0.05,
  maxLocal: 48,
  exemplars: 24,
  activeWindow: 50_000,
  retiredExemplars: 4,
  maxProfileTerms: 100,
  model: STORY_MODEL,
  // Untrained priors (the training data has no publication dates or reading-layer features):
  // resolved event days apart are strong evidence of different events.
  eventDateConflict: -4,
  eventDateAgree: 1,
  eventDateToleranceDays: 1,
  typeConflict: -2,
  // A new incident a week later reads much like the last one; a follow-up usually names the
  // original day, and a shared day is evidence the model weighs, which wins it back.
  publishedGapDays: 3,
  publishedGap: -3,
  queryTerms: 40,
  maxCandidates: 40,
  maxPostingRead: 200,
  commonTermShare: 0.05,
  commonTermMinDocs: 5000,
  idPrefix: 'story-',
});

/** What {@link StoryClusterer.add} decided for one report. */
export interface StoryAssignment {
  /** Story the report is in after this step (later reports can still move it within its neighbourhood). */
  storyId: string;
  /** Mean same-event probability between the report and its best candidate story (0 when none). */
  score: number;
  /** Candidate stories that were scored. */
  candidates: number;
}

/** One story as it stands. */
export interface StorySummary {
  id: string;
  /** Report ids in arrival order. */
  docs: string[];
}

/** One candidate story of {@link StoryClusterer.explain}. */
export interface StoryExplanation {
  storyId: string;
  /** Mean same-event probability against the story's reports (or exemplars). */
  score: number;
  /** The story's report most like the one explained, with the model's features for that pair. */
  closest: { docId: string; probability: number; features: Record<string, number> };
}

/** An incremental story clusterer. */
export interface StoryClusterer {
  /** Adds one report. Adding a known id again changes nothing and returns its current story. */
  add(doc: ClusterDocument): StoryAssignment;
  /** Report id → current story id, for every report added. */
  assignments(): Map<string, string>;
  /** Current stories, in the order they opened. */
  stories(): StorySummary[];
  /**
   * Why a report would go where it goes: its candidate stories, best first. Read-only: the
   * report is not added and does not count in document frequencies.
   */
  explain(doc: ClusterDocument): StoryExplanation[];
  /** Reports added so far. */
  readonly size: number;
  /**
   * Reports whose story changed (new reports included) since the last call, with their story
   * now: what a caller keeping its own view of the stories must look at, without reading every
   * report's assignment.
   */
  takeMoves(): Array<[docId: string, storyId: string]>;
  /** The story a report is in. */
  storyOf(docId: string): string | undefined;
  /** A story's reports in arrival order (undefined for an unknown id). */
  membersOf(storyId: string): string[] | undefined;
  /** The whole state, as plain JSON-safe data. */
  toJSON(): StoryClustererState;
  /**
   * What changed since the last call (or since the start), as parts to save: the new reports
   * and what the index learned from them (written once), and the stories that changed, whole
   * (with the cached pairs of their reports). Work and size follow the change, not the corpus.
   */
  takeDelta(): ClustererDelta;
}

/** A packed profile as saved. */
export interface SavedPackedProfile extends ProfileEvidence {
  ids: string;
  tf: string;
  ends: [number, number, number, number];
  leads: number[];
}

/** A report as a saved batch holds it: its profile when it arrived, and the terms it was indexed under. */
export interface SavedClusterReport {
  id: string;
  profile?: SavedPackedProfile;
  /** Term ids it was indexed under (base64 Int32); absent for reports restored from a whole state. */
  keys?: string;
}

/** What one saved batch adds to the clusterer, in arrival order. */
export interface ClustererBatch {
  /** Dictionary terms first seen in the batch, in id order. */
  terms: string[];
  /** Reports counted into document frequencies. */
  docs: number;
  /** Term ids and how many more reports carry each (base64 Int32). */
  dfIds: string;
  dfCounts: string;
  reports: SavedClusterReport[];
  /** Posting lists as they stood (only when a whole state was turned into parts). */
  postings?: [string, number[]][];
}

/** A story as saved, with the cached pairs [a, b, p] of its reports (base64 Float64 triples). */
export interface SavedClusterStory {
  no: number;
  id: string;
  members: number[];
  exemplars?: number[];
  last: number;
  pairs: string;
}

/** What changed in a clusterer since the last {@link StoryClusterer.takeDelta}. */
export interface ClustererDelta {
  options: ResolvedOptions;
  nextStory: number;
  /** Undefined when no report arrived. */
  batch?: ClustererBatch;
  stories: SavedClusterStory[];
  /** Stories that no longer exist. */
  dropped: number[];
}

/** One pair comparison, reported to {@link StoryClustererHooks.onPair}. */
export interface PairComparison {
  a: string;
  b: string;
  features: readonly number[];
  probability: number;
}

/** Observers for training and diagnostics; they never change decisions and are not saved. */
export interface StoryClustererHooks {
  onPair?: (c: PairComparison) => void;
  /** Keep what changed for {@link StoryClusterer.takeDelta} (a clusterer saved by parts); off, nothing is kept for it. */
  trackChanges?: boolean;
}

interface ReportEntry {
  id: string;
  story: number;
  profile?: PackedProfile;
}

interface Story {
  no: number;
  id: string;
  /** Report numbers, ascending (= arrival order). */
  members: number[];
  /** Set once the story has settled. */
  exemplars?: number[];
  /** The report whose arrival last changed the story. */
  last: number;
}

/** Pair probabilities below this are not cached. */
const CACHE_FLOOR = 0.01;

/** A profile as JSON-safe data. */
type SerialisedProfile = Omit<ReportProfile, 'words' | 'names' | 'numbers' | 'title'> & {
  words: [string, number][];
  names: [string, number][];
  numbers: [string, number][];
  title: [string, number][];
};

/** Serialisable state of a clusterer, restored by {@link restoreStoryClusterer}. */
export interface StoryClustererState {
  version: 2;
  options: ResolvedOptions;
  index: ReportIndexState;
  reports: { id: string; story: number; profile?: SerialisedProfile }[];
  stories: { no: number; id: string; members: number[]; exemplars?: number[]; last?: number }[];
  nextStory: number;
  /** Cached pair probabilities [a, b, p] with a < b. */
  pairs: [number, number, number][];
}

function serialiseProfile(p: ReportProfile): SerialisedProfile {
  return { ...p, words: [...p.words], names: [...p.names], numbers: [...p.numbers], title: [...p.title] };
}

function deserialiseProfile(s: SerialisedProfile): ReportProfile {
  return { ...s, words: new Map(s.words), names: new Map(s.names), numbers: new Map(s.numbers), title: new Map(s.title) };
}

function saveProfile(p: PackedProfile): SavedPackedProfile {
  return {
    ids: encodeArray(p.ids),
    tf: encodeArray(p.tf),
    ends: [...p.ends],
    leads: p.leads,
    ...profileEvidence(p),
  };
}

function loadProfile(s: SavedPackedProfile): PackedProfile {
  const ids = decodeArray(s.ids, Int32Array);
  const tf = decodeArray(s.tf, Uint8Array);
  if (ids.length !== tf.length || s.ends.length !== 4 || s.ends[3] !== ids.length) throw new RangeError('saved profile is malformed');
  return {
    ids,
    tf,
    ends: [s.ends[0], s.ends[1], s.ends[2], s.ends[3]],
    leads: s.leads,
    ...profileEvidence(s),
  };
}

/** Saved parts of a clusterer, for {@link restoreStoryClustererParts}. */
export interface ClustererParts {
  options: Partial<StoryClustererOptions>;
  nextStory: number;
  stories: Iterable<SavedClusterStory>;
  /** The saved batches, in the order they were saved. */
  batches: Iterable<ClustererBatch>;
}

/** Feeds saved batches into a clusterer being restored from parts. */
export interface ClustererRestore {
  /** The next saved batch, in the order they were saved. */
  batch(b: ClustererBatch): void;
  /** Once every batch is in: the clusterer. */
  finish(): StoryClusterer;
}

interface RestoreSink {
  batch?: (b: ClustererBatch) => void;
  finish?: () => void;
}

function build(o: ResolvedOptions, state: StoryClustererState | undefined, hooks: StoryClustererHooks, parts?: Omit<ClustererParts, 'batches'>, sink?: RestoreSink): StoryClusterer {
  const ix = state ? ReportIndex.fromJSON(state.index, o) : new ReportIndex(o);
  const reports: ReportEntry[] = [];
  const byId = new Map<string, number>();
  const stories = new Map<number, Story>();
  let nextStory = 0;
  // Pair probabilities, both directions, for reports whose profiles are kept.
  const pairCache = new PairCache();
  /** Drops a report's cached pairs (its profile stays). */
  const dropPairs = (r: number) => {
    if (!pairCache.has(r)) return;
    if (track) dirtyReports.add(r);
    pairCache.drop(r, track ? (q) => dirtyReports.add(q) : undefined);
  };

  // What changed since the last takeDelta(): new reports from `savedReports` on (with the keys
  // they were indexed under), reports whose story or cached pairs changed, stories changed or gone.
  const track = !!hooks.trackChanges || !!parts;
  ix.tracking = track;
  let savedReports = 0;
  let newKeys: Int32Array[] = [];
  let wholePostings: [string, number[]][] | undefined;
  const arrivedProfiles = new Map<number, PackedProfile>();
  let dirtyReports = new Set<number>();
  let dirtyStories = new Set<number>();
  let droppedStories = new Set<number>();

  const cachePut = (a: number, b: number, p: number) => {
    if (track) {
      dirtyReports.add(a);
      dirtyReports.add(b);
    }
    pairCache.set(a, b, p);
  };

  // Reports whose story changed since the last takeMoves().
  let moved = new Set<number>();
  const assign = (m: number, no: number) => {
    const r = reports[m]!;
    if (r.story !== no) {
      r.story = no;
      moved.add(m);
      if (track) dirtyReports.add(m);
    }
  };
  const pack = (p: ReportProfile) => packProfile(p, (channel: PackedChannel, t: string) => ix.channelId(channel, t));
  const termOf = (id: number) => ix.keyOf(id).slice(2);

  // One feature vector reused for every pair, unless an observer keeps them.
  const scratch = new Float64Array(FEATURE_NAMES.length);
  const probabilityOf = (a: PackedProfile, b: PackedProfile): { p: number; f: ArrayLike<number> } => {
    const f = packedPairFeatures(a, b, ix.idWeights, hooks.onPair ? undefined : scratch);
    return { p: modelProbability(o.model, f, priorLogit(a, b, o)), f };
  };

  // The report being added and its probabilities with others this add: those below the cache
  // floor are asked for again by screening, scoring and re-clustering, and cannot change within
  // one add (weights move only when the next report is observed). Not kept when an observer
  // counts every comparison.
  let adding = -1;
  const addingLow = new Map<number, number>();

  /**
   * Same-event probability of reports `a` and `b` (0 when either profile is gone), cached.
   * Near-zero pairs are cached only when `keepLow` (pairs inside a re-clustered neighbourhood,
   * which will be needed again); the bulk — candidates from other stories — are cheaper to
   * recompute than to keep.
   */
  const prob = (a: number, b: number, keepLow = false): number => {
    if (a === b) return 1;
    const hit = pairCache.get(a, b);
    if (hit !== undefined) return hit;
    const pa = reports[a]!.profile;
    const pb = reports[b]!.profile;
    if (!pa || !pb) return 0;
    const other = a === adding ? b : b === adding ? a : -1;
    let p = other < 0 ? undefined : addingLow.get(other);
    if (p === undefined) {
      // Lower number first, so the features (and any rounding) never depend on who asks.
      const [x, y] = a < b ? [pa, pb] : [pb, pa];
      const r = probabilityOf(x, y);
      p = r.p;
      if (hooks.onPair) hooks.onPair({ a: reports[Math.min(a, b)]!.id, b: reports[Math.max(a, b)]!.id, features: Array.from(r.f), probability: p });
      else if (other >= 0) addingLow.set(other, p);
    }
    if (keepLow || p >= CACHE_FLOOR) cachePut(a, b, p);
    return p;
  };

  const repsOf = (s: Story): number[] => s.exemplars ?? s.members;

  /** Lets go of a report's profile and cached pairs (it joined a settled story and is no exemplar). */
  const forget = (r: number) => {
    // A report not yet saved keeps its profile for the batch it will be saved with.
    if (track && r >= savedReports && reports[r]!.profile) arrivedProfiles.set(r, reports[r]!.profile!);
    delete reports[r]!.profile;
    dropPairs(r);
  };

  /** Settles a story that outgrew `maxLocal`, and lets go of non-exemplar profiles among `fresh` members. */
  const settle = (s: Story, fresh: readonly number[]) => {
    if (!s.exemplars) {
      if (s.members.length <= o.maxLocal) return;
      s.exemplars = s.members.slice(0, o.exemplars);
      fresh = s.members;
    }
    const keep = new Set(s.exemplars);
    for (const m of fresh) if (!keep.has(m) && reports[m]!.profile) forget(m);
  };

  // Stories by the report that last changed them, least recently changed first.
  const recent = new Map<number, number>();
  const touch = (s: Story, r: number) => {
    s.last = r;
    if (track) dirtyStories.add(s.no);
    recent.delete(s.no);
    recent.set(s.no, r);
  };

  /** Retires the stories no report has changed for `activeWindow` reports (see the option). */
  const retireIdle = (now: number) => {
    for (const [no, last] of recent) {
      if (last >= now - o.activeWindow) break;
      recent.delete(no);
      const s = stories.get(no);
      if (!s) continue;
      const keep = (s.exemplars ?? s.members).slice(0, o.retiredExemplars);
      s.exemplars = keep;
      if (track) dirtyStories.add(no);
      const kept = new Set(keep);
      for (const m of s.members) {
        if (kept.has(m)) dropPairs(m);
        else if (reports[m]!.profile) forget(m);
      }
    }
  };

  /** After a restore: the stories not retired yet are those changed within the window of the newest report. */
  const restoreRecent = () => {
    const newest = reports.length - 1;
    for (const s of [...stories.values()].sort((a, b) => a.last - b.last || a.no - b.no)) if (s.last >= newest - o.activeWindow) recent.set(s.no, s.last);
  };

  const openStory = (members: number[]): Story => {
    const no = nextStory++;
    const s: Story = { no, id: `${o.idPrefix}${no + 1}`, members, last: members[members.length - 1] ?? -1 };
    stories.set(no, s);
    for (const m of members) assign(m, no);
    return s;
  };

  /** Candidate stories of a profile, best first: [story, mean probability] (read-only for the report's own number). */
  const scoreStories = (self: number | undefined, p: PackedProfile, cands: readonly number[]): [Story, number, number][] => {
    // Screen stories by their best candidate report, then score the few best in full.
    const screen = new Map<number, number>();
    for (const c of cands) {
      const r = reports[c]!;
      const cp = r.profile;
      const q = cp ? (self !== undefined ? prob(self, c) : probabilityOf(p, cp).p) : 0;
      screen.set(r.story, Math.max(screen.get(r.story) ?? 0, q));
    }
    const ranked = [...screen.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0]).slice(0, o.scoredStories);
    const out: [Story, number, number][] = [];
    for (const [no] of ranked) {
      const s = stories.get(no)!;
      const reps = repsOf(s);
      let sum = 0;
      let best = -1;
      let bestP = -1;
      for (const m of reps) {
        const mp = reports[m]!.profile;
        const q = self !== undefined ? prob(self, m) : mp ? probabilityOf(p, mp).p : 0;
        sum += q;
        if (q > bestP) [bestP, best] = [q, m];
      }
      out.push([s, reps.length ? sum / reps.length : 0, best]);
    }
    return out.sort((a, b) => b[1] - a[1] || a[0].no - b[0].no);
  };

  /** Re-clusters report `r` with the stories `involved`, replacing them by the result. */
  const recluster = (r: number, involved: Story[]) => {
    const units: number[][] = [[r]];
    const unitStory: (Story | undefined)[] = [undefined];
    for (const s of involved) {
      if (s.exemplars) {
        units.push(s.exemplars);
        unitStory.push(s);
      } else {
        for (const m of s.members) {
          units.push([m]);
          unitStory.push(undefined);
        }
      }
    }
    const groups = averageLinkage(units, (a, b) => prob(a, b, true), o.threshold);
    // Each group's reports by old story; a settled unit brings its whole story.
    const contrib = groups.map((g) => {
      const counts = new Map<number, number>();
      for (const u of g) {
        const settled = unitStory[u];
        if (settled) counts.set(settled.no, (counts.get(settled.no) ?? 0) + settled.members.length);
        else if (u !== 0) {
          const no = reports[units[u]![0]!]!.story;
          counts.set(no, (counts.get(no) ?? 0) + 1);
        }
      }
      return counts;
    });
    // Old ids go to the groups that hold most of their reports; ties to the older story.
    const claims: [number, number, number][] = [];
    contrib.forEach((counts, g) => counts.forEach((n, no) => claims.push([g, no, n])));
    claims.sort((a, b) => b[2] - a[2] || a[1] - b[1] || a[0] - b[0]);
    const groupStory = new Map<number, number>();
    const usedStory = new Set<number>();
    for (const [g, no] of claims) {
      if (groupStory.has(g) || usedStory.has(no)) continue;
      groupStory.set(g, no);
      usedStory.add(no);
    }
    for (const s of involved) {
      if (usedStory.has(s.no)) continue;
      stories.delete(s.no);
      if (track) droppedStories.add(s.no);
    }
    // Groups without an old id open stories in the order of their oldest report.
    const order = groups.map((g, i) => [i, Math.min(...g.map((u) => (u === 0 ? r : units[u]![0]!)))] as const).sort((a, b) => a[1] - b[1]);
    for (const [g] of order) {
      const fresh: number[] = [];
      const settledIn: Story[] = [];
      for (const u of groups[g]!) {
        const settled = unitStory[u];
        if (settled) settledIn.push(settled);
        else fresh.push(...units[u]!);
      }
      fresh.sort((a, b) => a - b);
      const no = groupStory.get(g);
      const s = no === undefined ? openStory([]) : stories.get(no)!;
      // The story changed when it took the new report, a report of another story, or another story.
      const changed = no === undefined || fresh.some((m) => m === r || reports[m]!.story !== s.no) || settledIn.some((t) => t !== s) || (settledIn.length === 0 && fresh.length !== s.members.length);
      if (settledIn.length === 0) {
        s.members = fresh;
      } else {
        // Settled stories keep their members and exemplars; the group takes the largest one's exemplars.
        if (!settledIn.includes(s)) {
          s.members = [];
          s.exemplars = settledIn.reduce((a, b) => (b.members.length > a.members.length ? b : a)).exemplars!;
        }
        const keep = new Set(s.exemplars);
        for (const t of settledIn) {
          if (t === s) continue;
          for (const m of t.members) {
            s.members.push(m);
            assign(m, s.no);
          }
          for (const m of t.exemplars!) if (!keep.has(m)) forget(m);
        }
        for (const m of fresh) s.members.push(m);
      }
      for (const m of fresh) assign(m, s.no);
      settle(s, fresh);
      if (changed) touch(s, r);
    }
  };

  if (state) {
    for (const r of state.reports) {
      byId.set(r.id, reports.length);
      reports.push({ id: r.id, story: r.story, ...(r.profile ? { profile: pack(deserialiseProfile(r.profile)) } : {}) });
    }
    for (const s of state.stories) stories.set(s.no, { no: s.no, id: s.id, members: [...s.members], ...(s.exemplars ? { exemplars: [...s.exemplars] } : {}), last: s.last ?? s.members[s.members.length - 1] ?? -1 });
    restoreRecent();
    nextStory = state.nextStory;
    for (const [a, b, p] of state.pairs) cachePut(a, b, p);
    if (track) {
      // A delta taken now saves everything (turning a whole state into parts).
      for (const s of stories.values()) dirtyStories.add(s.no);
      newKeys = reports.map(() => new Int32Array(0));
      wholePostings = ix.toJSON().postings;
    } else ix.takeDelta();
  }
  if (parts) {
    // Stories first: they say which reports still have a profile (members of a story not
    // settled, and exemplars), so only those profiles are decoded from the batches.
    const keepProfile = new Set<number>();
    const savedPairs: string[] = [];
    for (const st of parts.stories) {
      if (typeof st?.no !== 'number' || !Array.isArray(st.members)) throw new RangeError('saved story is malformed');
      stories.set(st.no, { no: st.no, id: st.id, members: [...st.members], ...(st.exemplars ? { exemplars: [...st.exemplars] } : {}), last: st.last });
      for (const m of st.exemplars ?? st.members) keepProfile.add(m);
      savedPairs.push(st.pairs);
    }
    sink!.batch = (b: ClustererBatch) => {
      ix.applyDelta({ terms: b.terms, docs: b.docs, ids: decodeArray(b.dfIds, Int32Array), counts: decodeArray(b.dfCounts, Int32Array) });
      if (b.postings) for (const [k, list] of b.postings) ix.restorePostings(k, list);
      for (const r of b.reports) {
        const no = reports.length;
        byId.set(r.id, no);
        reports.push({ id: r.id, story: -1, ...(r.profile && keepProfile.has(no) ? { profile: loadProfile(r.profile) } : {}) });
        if (r.keys) ix.addIds(no, decodeArray(r.keys, Int32Array));
      }
    };
    sink!.finish = () => {
      for (const st of stories.values()) {
        for (const m of st.members) {
          if (!reports[m]) throw new RangeError(`story ${st.id} names report ${m}, which was never saved`);
          reports[m]!.story = st.no;
        }
      }
      restoreRecent();
      nextStory = parts.nextStory;
      for (const enc of savedPairs) {
        const t = decodeArray(enc, Float64Array);
        for (let k = 0; k + 2 < t.length; k += 3) if (reports[t[k]!]?.profile && reports[t[k + 1]!]?.profile) cachePut(t[k]!, t[k + 1]!, t[k + 2]!);
      }
      savedReports = reports.length;
      dirtyReports = new Set();
      dirtyStories = new Set();
      droppedStories = new Set();
      ix.takeDelta();
    };
  }

  return {
    add(doc: ClusterDocument): StoryAssignment {
      const known = byId.get(doc.id);
      // The same report twice is one report: it stays where it is and counts once.
      if (known !== undefined) return { storyId: stories.get(reports[known]!.story)!.id, score: 1, candidates: 0 };
      const full = profileOfDocument(doc);
      ix.observe(full);
      trimProfile(full, ix.weights, o.maxProfileTerms);
      const p = pack(full);
      const r = reports.length;
      reports.push({ id: doc.id, story: -1, profile: p });
      byId.set(doc.id, r);
      moved.add(r);
      const keys = ix.queryIds(p);
      adding = r;
      addingLow.clear();
      const scored = scoreStories(r, p, ix.candidatesOf(keys));
      const involved = scored.filter(([, score]) => score >= o.minLink).slice(0, o.neighbourStories).map(([s]) => s);
      if (involved.length === 0) touch(openStory([r]), r);
      else recluster(r, involved);
      adding = -1;
      addingLow.clear();
      const keyIds = Int32Array.from(keys, ([id]) => id);
      ix.addIds(r, keyIds);
      if (track) newKeys.push(keyIds);
      retireIdle(r);
      return { storyId: stories.get(reports[r]!.story)!.id, score: scored[0]?.[1] ?? 0, candidates: scored.length };
    },

    assignments(): Map<string, string> {
      const out = new Map<string, string>();
      for (const r of reports) out.set(r.id, stories.get(r.story)!.id);
      return out;
    },

    stories(): StorySummary[] {
      return [...stories.values()]
        .sort((a, b) => a.no - b.no)
        .map((s) => ({ id: s.id, docs: [...s.members].sort((a, b) => a - b).map((m) => reports[m]!.id) }));
    },

    explain(doc: ClusterDocument): StoryExplanation[] {
      const full = profileOfDocument(doc);
      trimProfile(full, ix.weights, o.maxProfileTerms);
      // Terms the index never saw get ids of their own below zero: explaining adds nothing.
      const unseen = new Map<string, number>();
      const p = packProfile(full, (channel, t) => {
        const key = `${channel === 'title' ? 'words' : channel}:${t}`;
        const id = ix.idOf(`${channel === 'names' ? 'n' : channel === 'numbers' ? 'x' : 'w'}:${t}`);
        if (id !== undefined) return id;
        let u = unseen.get(key);
        if (u === undefined) unseen.set(key, (u = -1 - unseen.size));
        return u;
      });
      return scoreStories(undefined, p, ix.candidatesOf(ix.queryIds(p).filter(([id]) => id >= 0))).map(([s, score, best]) => {
        const bp = reports[best]?.profile;
        const { p: probability, f } = bp ? probabilityOf(p, bp) : { p: 0, f: [] as ArrayLike<number> };
        return {
          storyId: s.id,
          score,
          closest: { docId: reports[best]?.id ?? '', probability, features: Object.fromEntries(FEATURE_NAMES.map((n, i) => [n, f[i] ?? 0])) },
        };
      });
    },

    get size() {
      return reports.length;
    },

    takeMoves() {
      const out: Array<[string, string]> = [];
      for (const m of [...moved].sort((a, b) => a - b)) out.push([reports[m]!.id, stories.get(reports[m]!.story)!.id]);
      moved = new Set();
      return out;
    },

    storyOf(docId: string) {
      const r = byId.get(docId);
      return r === undefined ? undefined : stories.get(reports[r]!.story)?.id;
    },

    membersOf(storyId: string) {
      if (!storyId.startsWith(o.idPrefix)) return undefined;
      const no = Number(storyId.slice(o.idPrefix.length)) - 1;
      const s = Number.isInteger(no) ? stories.get(no) : undefined;
      return s && s.id === storyId ? [...s.members].sort((a, b) => a - b).map((m) => reports[m]!.id) : undefined;
    },

    takeDelta(): ClustererDelta {
      if (!track) throw new Error('takeDelta needs a clusterer created with trackChanges');
      const changed = new Set(dirtyStories);
      for (const r of dirtyReports) if (reports[r]!.story >= 0) changed.add(reports[r]!.story);
      const saved: SavedClusterStory[] = [];
      for (const no of [...changed].sort((a, b) => a - b)) {
        const st = stories.get(no);
        if (!st) continue;
        const members = new Set(st.members);
        const pairs: number[] = [];
        for (const a of st.exemplars ?? st.members) {
          pairCache.forEachOf(a, (b, p) => {
            if (!(members.has(b) && b < a)) pairs.push(a, b, p);
          });
        }
        saved.push({ no, id: st.id, members: [...st.members], ...(st.exemplars ? { exemplars: [...st.exemplars] } : {}), last: st.last, pairs: encodeArray(Float64Array.from(pairs)) });
      }
      const dropped = [...droppedStories].filter((no) => !stories.has(no)).sort((a, b) => a - b);
      let batch: ClustererBatch | undefined;
      if (reports.length > savedReports) {
        const d = ix.takeDelta();
        batch = {
          terms: d.terms,
          docs: d.docs,
          dfIds: encodeArray(d.ids),
          dfCounts: encodeArray(d.counts),
          reports: reports.slice(savedReports).map((r, k) => {
            const keys = newKeys[k];
            // The profile as it arrived: the saved batch is never rewritten, so a profile let go
            // later is still there; loading keeps only those the stories say are kept.
            const prof = r.profile ?? arrivedProfiles.get(savedReports + k);
            return { id: r.id, ...(prof ? { profile: saveProfile(prof) } : {}), ...(keys && keys.length ? { keys: encodeArray(keys) } : {}) };
          }),
          ...(wholePostings ? { postings: wholePostings } : {}),
        };
      }
      savedReports = reports.length;
      newKeys = [];
      wholePostings = undefined;
      arrivedProfiles.clear();
      dirtyReports = new Set();
      dirtyStories = new Set();
      droppedStories = new Set();
      return { options: { ...o, model: { bias: o.model.bias, weights: [...o.model.weights] } }, nextStory, ...(batch ? { batch } : {}), stories: saved, dropped };
    },

    toJSON(): StoryClustererState {
      const pairs = pairCache.pairs();
      pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
      return {
        version: 2,
        options: { ...o, model: { bias: o.model.bias, weights: [...o.model.weights] } },
        index: ix.toJSON(),
        reports: reports.map((r) => ({ id: r.id, story: r.story, ...(r.profile ? { profile: serialiseProfile(unpackProfile(r.profile, termOf)) } : {}) })),
        stories: [...stories.values()].map((s) => ({ no: s.no, id: s.id, members: [...s.members], ...(s.exemplars ? { exemplars: [...s.exemplars] } : {}), last: s.last })),
        nextStory,
        pairs,
      };
    },
  };
}

function resolve(options: Partial<StoryClustererOptions>): ResolvedOptions {
  const out = { ...DEFAULT_STORY_CLUSTERER_OPTIONS } as ResolvedOptions;
  for (const [k, v] of Object.entries(options)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

/** Creates an empty incremental story clusterer. */
export function createStoryClusterer(options: StoryClustererOptions = {}, hooks: StoryClustererHooks = {}): StoryClusterer {
  return build(resolve(options), undefined, hooks);
}

/**
 * Clusters `docs` in the given order and returns report id → story id: the same as adding
 * them one by one to a new clusterer.
 */
export function clusterReports(docs: Iterable<ClusterDocument>, options: StoryClustererOptions = {}): Map<string, string> {
  const c = createStoryClusterer(options);
  for (const d of docs) c.add(d);
  return c.assignments();
}

/**
 * Restores a clusterer saved with `toJSON()` (after `JSON.stringify`/`JSON.parse`), so a
 * stored corpus keeps growing: adding further reports gives the same result as if the
 * clusterer had never been saved.
 */
export function restoreStoryClusterer(state: StoryClustererState, hooks: StoryClustererHooks = {}): StoryClusterer {
  const ok =
    state !== null &&
    typeof state === 'object' &&
    state.version === 2 &&
    Array.isArray(state.reports) &&
    Array.isArray(state.stories) &&
    Array.isArray(state.pairs) &&
    typeof state.nextStory === 'number' &&
    state.index !== null &&
    typeof state.index === 'object';
  if (!ok) throw new CorroborateError('CRB_ERR_CORPUS_STATE', 'story clusterer state is not a version-2 state');
  return build(resolve(state.options ?? {}), state, hooks);
}

/** Starts restoring a clusterer from its saved stories; the batches follow one by one (they may be many). */
export function startClustererRestore(parts: Omit<ClustererParts, 'batches'>, hooks: StoryClustererHooks = {}): ClustererRestore {
  const sink: RestoreSink = {};
  const c = build(resolve(parts.options ?? {}), undefined, hooks, parts, sink);
  const wrap = <T>(f: () => T): T => {
    try {
      return f();
    } catch (e) {
      if (e instanceof CorroborateError) throw e;
      throw new CorroborateError('CRB_ERR_CORPUS_STATE', `story clusterer parts are malformed: ${(e as Error).message}`, { cause: e });
    }
  };
  return {
    batch: (b) => wrap(() => sink.batch!(b)),
    finish: () =>
      wrap(() => {
        sink.finish!();
        return c;
      }),
  };
}

/**
 * Restores a clusterer from its saved parts ({@link StoryClusterer.takeDelta} after each batch):
 * the same clusterer as one restored from the whole state at that point. Throws
 * CRB_ERR_CORPUS_STATE when the parts do not fit together.
 */
export function restoreStoryClustererParts(parts: ClustererParts, hooks: StoryClustererHooks = {}): StoryClusterer {
  try {
    const r = startClustererRestore(parts, hooks);
    for (const b of parts.batches) r.batch(b);
    return r.finish();
  } catch (e) {
    if (e instanceof CorroborateError) throw e;
    throw new CorroborateError('CRB_ERR_CORPUS_STATE', `story clusterer parts are malformed: ${(e as Error).message}`, { cause: e });
  }
}
