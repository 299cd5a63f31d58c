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
import { ReportIndex, type ReportIndexLimits, type ReportIndexState } from './report-index.js';
import { STORY_MODEL } from './story-model.js';
import { profileOfDocument, trimProfile, type ClusterDocument, type ReportProfile } from './story-profile.js';
import { FEATURE_NAMES, modelProbability, pairFeatures, priorLogit, type LinearModel, type SimilarityPriors } from './story-similarity.js';

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
  /** The whole state, as plain JSON-safe data. */
  toJSON(): StoryClustererState;
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
}

interface ReportEntry {
  id: string;
  story: number;
  profile?: ReportProfile;
}

interface Story {
  no: number;
  id: string;
  /** Report numbers, ascending (= arrival order). */
  members: number[];
  /** Set once the story has settled. */
  exemplars?: number[];
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
  stories: { no: number; id: string; members: number[]; exemplars?: number[] }[];
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

function build(o: ResolvedOptions, state: StoryClustererState | undefined, hooks: StoryClustererHooks): StoryClusterer {
  const ix = state ? ReportIndex.fromJSON(state.index, o) : new ReportIndex(o);
  const reports: ReportEntry[] = [];
  const byId = new Map<string, number>();
  const stories = new Map<number, Story>();
  let nextStory = 0;
  // Pair probabilities, both directions, for reports whose profiles are kept.
  const pairCache = new Map<number, Map<number, number>>();

  const cachePut = (a: number, b: number, p: number) => {
    let m = pairCache.get(a);
    if (!m) pairCache.set(a, (m = new Map()));
    m.set(b, p);
    let n = pairCache.get(b);
    if (!n) pairCache.set(b, (n = new Map()));
    n.set(a, p);
  };

  const probabilityOf = (a: ReportProfile, b: ReportProfile): { p: number; f: number[] } => {
    const f = pairFeatures(a, b, ix.weights);
    return { p: modelProbability(o.model, f, priorLogit(a, b, o)), f };
  };

  /**
   * Same-event probability of reports `a` and `b` (0 when either profile is gone), cached.
   * Near-zero pairs are cached only when `keepLow` (pairs inside a re-clustered neighbourhood,
   * which will be needed again); the bulk — candidates from other stories — are cheaper to
   * recompute than to keep.
   */
  const prob = (a: number, b: number, keepLow = false): number => {
    if (a === b) return 1;
    const hit = pairCache.get(a)?.get(b);
    if (hit !== undefined) return hit;
    const pa = reports[a]!.profile;
    const pb = reports[b]!.profile;
    if (!pa || !pb) return 0;
    // Lower number first, so the features (and any rounding) never depend on who asks.
    const [x, y] = a < b ? [pa, pb] : [pb, pa];
    const { p, f } = probabilityOf(x, y);
    hooks.onPair?.({ a: reports[Math.min(a, b)]!.id, b: reports[Math.max(a, b)]!.id, features: f, probability: p });
    if (keepLow || p >= CACHE_FLOOR) cachePut(a, b, p);
    return p;
  };

  const repsOf = (s: Story): number[] => s.exemplars ?? s.members;

  /** Lets go of a report's profile and cached pairs (it joined a settled story and is no exemplar). */
  const forget = (r: number) => {
    delete reports[r]!.profile;
    const m = pairCache.get(r);
    if (m) for (const q of m.keys()) pairCache.get(q)?.delete(r);
    pairCache.delete(r);
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

  const openStory = (members: number[]): Story => {
    const no = nextStory++;
    const s: Story = { no, id: `${o.idPrefix}${no + 1}`, members };
    stories.set(no, s);
    for (const m of members) reports[m]!.story = no;
    return s;
  };

  /** Candidate stories of a profile, best first: [story, mean probability] (read-only for the report's own number). */
  const scoreStories = (self: number | undefined, p: ReportProfile, cands: readonly number[]): [Story, number, number][] => {
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
    for (const s of involved) if (!usedStory.has(s.no)) stories.delete(s.no);
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
            reports[m]!.story = s.no;
          }
          for (const m of t.exemplars!) if (!keep.has(m)) forget(m);
        }
        for (const m of fresh) s.members.push(m);
      }
      for (const m of fresh) reports[m]!.story = s.no;
      settle(s, fresh);
    }
  };

  if (state) {
    for (const r of state.reports) {
      byId.set(r.id, reports.length);
      reports.push({ id: r.id, story: r.story, ...(r.profile ? { profile: deserialiseProfile(r.profile) } : {}) });
    }
    for (const s of state.stories) stories.set(s.no, { no: s.no, id: s.id, members: [...s.members], ...(s.exemplars ? { exemplars: [...s.exemplars] } : {}) });
    nextStory = state.nextStory;
    for (const [a, b, p] of state.pairs) cachePut(a, b, p);
  }

  return {
    add(doc: ClusterDocument): StoryAssignment {
      const known = byId.get(doc.id);
      // The same report twice is one report: it stays where it is and counts once.
      if (known !== undefined) return { storyId: stories.get(reports[known]!.story)!.id, score: 1, candidates: 0 };
      const p = profileOfDocument(doc);
      ix.observe(p);
      trimProfile(p, ix.weights, o.maxProfileTerms);
      const r = reports.length;
      reports.push({ id: doc.id, story: -1, profile: p });
      byId.set(doc.id, r);
      const keys = ix.queryKeys(p);
      const scored = scoreStories(r, p, ix.candidates(keys));
      const involved = scored.filter(([, score]) => score >= o.minLink).slice(0, o.neighbourStories).map(([s]) => s);
      if (involved.length === 0) openStory([r]);
      else recluster(r, involved);
      ix.add(r, keys);
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
      const p = profileOfDocument(doc);
      trimProfile(p, ix.weights, o.maxProfileTerms);
      return scoreStories(undefined, p, ix.candidates(ix.queryKeys(p))).map(([s, score, best]) => {
        const bp = reports[best]?.profile;
        const { p: probability, f } = bp ? probabilityOf(p, bp) : { p: 0, f: [] as number[] };
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

    toJSON(): StoryClustererState {
      const pairs: [number, number, number][] = [];
      for (const [a, m] of pairCache) for (const [b, q] of m) if (a < b) pairs.push([a, b, q]);
      pairs.sort((x, y) => x[0] - y[0] || x[1] - y[1]);
      return {
        version: 2,
        options: { ...o, model: { bias: o.model.bias, weights: [...o.model.weights] } },
        index: ix.toJSON(),
        reports: reports.map((r) => ({ id: r.id, story: r.story, ...(r.profile ? { profile: serialiseProfile(r.profile) } : {}) })),
        stories: [...stories.values()].map((s) => ({ no: s.no, id: s.id, members: [...s.members], ...(s.exemplars ? { exemplars: [...s.exemplars] } : {}) })),
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
