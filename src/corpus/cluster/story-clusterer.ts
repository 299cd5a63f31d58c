/**
 * Incremental story clustering: each report joins the most similar existing story or opens a
 * new one, without recomputing the corpus. Candidate stories come from an inverted index over
 * the report's most discriminative terms (never all pairs); similarity is TF-IDF over content
 * words blended with proper names, discounted by conflicting time evidence (story-similarity).
 * After a report joins a story, that story may absorb a close neighbour (the merge pass), which
 * repairs a story split early on when document frequencies were still thin.
 *
 * Determinism and order: the same reports in the same order give the same stories and ids.
 * A different order can give different stories, because (1) document frequencies, and so term
 * weights, are those of the reports seen so far; (2) a report is compared with stories as they
 * stand when it arrives, and never moves later except when its whole story is merged; (3) story
 * ids are numbered in the order stories open, and a merge keeps the older id.
 */
import { CorroborateError } from '../../core/errors.js';
import { proposeSplit } from './story-split.js';
import { StoryIndex, type IndexedStory, type StoryIndexLimits } from './story-index.js';
import { STORY_MODEL } from './story-model.js';
import { emptyProfile, profileOfDocument, type ClusterDocument, type Profile } from './story-profile.js';
import { FEATURE_NAMES, pairFeatures, profileSimilarity, type LinearModel, type SimilarityPriors } from './story-similarity.js';

/** Tuning of {@link createStoryClusterer}; every field has a default. */
export interface StoryClustererOptions extends Partial<SimilarityPriors>, Partial<StoryIndexLimits> {
  /** Minimum same-story probability for a report to join a story; below it, the report opens a new one. */
  threshold?: number;
  /** Minimum probability for the merge pass to fold two stories together (> 1 disables it). */
  mergeThreshold?: number;
  /** Merges the merge pass may make after one report. */
  maxMergesPerAdd?: number;
  /** A story splits in two when the same-story probability of its two halves is below this (≤ 0 disables). */
  splitThreshold?: number;
  /** A story is checked for a split when it has grown by this factor since its last check. */
  splitGrowth?: number;
  /** The same-story model (defaults to the trained one). */
  model?: LinearModel;
  /** Prefix of story ids. */
  idPrefix?: string;
}

/** One comparison the clusterer made, reported to {@link StoryClustererHooks.onCompare}. */
export interface StoryComparison {
  /** A report deciding where to go, or a grown story looking for a story to merge with. */
  kind: 'join' | 'merge';
  /** Reports on the asking side (one report for `join`). */
  docs: readonly string[];
  /** Reports of the candidate story. */
  candidateDocs: readonly string[];
  features: readonly number[];
  score: number;
}

/** Observers for training and diagnostics; they never change decisions and are not saved. */
export interface StoryClustererHooks {
  onCompare?: (c: StoryComparison) => void;
}

type ResolvedOptions = Required<StoryClustererOptions>;

/** What {@link StoryClusterer.add} decided for one report. */
export interface StoryAssignment {
  /** Story the report joined or opened (a later merge may fold it into an older story). */
  storyId: string;
  /** Same-story probability of the best candidate (0 when there was none). */
  score: number;
  /** Candidate stories the index offered and that were scored. */
  candidates: number;
  /** True when the report opened a new story. */
  opened: boolean;
}

/** One story as it stands. */
export interface StorySummary {
  id: string;
  /** Report ids in the order they were added. */
  docs: string[];
}

/** One candidate story of {@link StoryClusterer.explain}. */
export interface StoryExplanation {
  storyId: string;
  score: number;
  features: Record<string, number>;
}

/** Serialisable state of a clusterer, restored by {@link restoreStoryClusterer}. */
export interface StoryClustererState {
  version: 1;
  options: ResolvedOptions;
  docs: number;
  df: { words: [string, number][]; names: [string, number][]; numbers: [string, number][] };
  stories: SerialisedStory[];
}

interface SerialisedStory {
  id: string;
  docs: string[];
  mergedInto?: number;
  profile?: SerialisedProfile;
  members?: SerialisedProfile[];
  checkedAt?: number;
}

interface SerialisedProfile {
  size: number;
  words: [string, number][];
  names: [string, number][];
  nameDocs: [string, number][];
  numbers: [string, number][];
  title: [string, number][];
  years: [string, number][];
  latestYear: [string, number][];
  days: [string, number][];
  eventDays: [number, number][];
  types: [string, number][];
  published?: [number, number];
}

/** An incremental story clusterer. */
export interface StoryClusterer {
  /** Adds one report; it joins the best matching story or opens a new one. Adding a known id again changes nothing. */
  add(doc: ClusterDocument): StoryAssignment;
  /** Report id → current story id, for every report added. */
  assignments(): Map<string, string>;
  /** Current stories (merged ones excluded), in the order they opened. */
  stories(): StorySummary[];
  /**
   * Why a report would go where it goes: the candidate stories with their same-story
   * probability and features, best first. Read-only: the report is not added and does not
   * count in document frequencies.
   */
  explain(doc: ClusterDocument): StoryExplanation[];
  /** Reports added so far. */
  readonly size: number;
  /** The whole state, as plain JSON-safe data. */
  toJSON(): StoryClustererState;
}

/** Defaults; the threshold and model were chosen on the ECB+ train topics only (src/eval/clustering-train.ts). */
export const DEFAULT_STORY_CLUSTERER_OPTIONS: Readonly<ResolvedOptions> = Object.freeze({
  threshold: 0.5,
  mergeThreshold: 0.5,
  maxMergesPerAdd: 2,
  splitThreshold: 0.3,
  splitGrowth: 1.5,
  maxMembers: 64,
  model: STORY_MODEL,
  // Untrained priors (ECB+ has no publication dates or reading-layer features): a resolved
  // event-day conflict is strong evidence of a different event; a publication gap is weak.
  eventDateConflict: -3,
  eventDateAgree: 1,
  eventDateToleranceDays: 1,
  typeConflict: -2,
  publishedGapDays: 7,
  publishedGap: -1,
  queryTerms: 40,
  maxCandidates: 20,
  maxPostingRead: 200,
  maxStoryTerms: 400,
  idPrefix: 'story-',
});

function entries<K, V>(m: ReadonlyMap<K, V>): [K, V][] {
  return [...m.entries()];
}

function serialiseProfile(p: Profile): SerialisedProfile {
  return {
    size: p.size,
    words: entries(p.words),
    names: entries(p.names),
    nameDocs: entries(p.nameDocs),
    numbers: entries(p.numbers),
    title: entries(p.title),
    years: entries(p.years),
    latestYear: entries(p.latestYear),
    days: entries(p.days),
    eventDays: entries(p.eventDays),
    types: entries(p.types),
    ...(p.published ? { published: [p.published[0], p.published[1]] as [number, number] } : {}),
  };
}

function deserialiseProfile(s: SerialisedProfile): Profile {
  return {
    size: s.size,
    words: new Map(s.words),
    names: new Map(s.names),
    nameDocs: new Map(s.nameDocs),
    numbers: new Map(s.numbers),
    title: new Map(s.title),
    years: new Map(s.years),
    latestYear: new Map(s.latestYear),
    days: new Map(s.days),
    eventDays: new Map(s.eventDays),
    types: new Map(s.types),
    ...(s.published ? { published: [s.published[0], s.published[1]] as [number, number] } : {}),
  };
}

function build(o: ResolvedOptions, state?: StoryClustererState, hooks: StoryClustererHooks = {}): StoryClusterer {
  const ix = new StoryIndex(o);
  const similarity = (a: Profile, b: Profile) => profileSimilarity(a, b, ix.weights, o.model, o);

  const bestOf = (p: Profile, docs: readonly string[], kind: StoryComparison['kind'], cands: readonly number[]): { story: number; score: number } => {
    let best = { story: -1, score: 0 };
    for (const c of cands) {
      const cand = ix.stories[c]!;
      const score = similarity(p, cand.profile);
      if (hooks.onCompare) {
        hooks.onCompare({ kind, docs, candidateDocs: cand.docs, features: pairFeatures(p, cand.profile, ix.weights), score });
      }
      // Ties go to the older story, which keeps the choice independent of candidate order.
      if (score > best.score || (score === best.score && best.story >= 0 && c < best.story)) best = { story: c, score };
    }
    return best;
  };

  /** The merge pass: a story that just grew absorbs (or is absorbed by) its closest neighbour. */
  const mergePass = (s: IndexedStory): IndexedStory => {
    let cur = s;
    for (let round = 0; round < o.maxMergesPerAdd; round++) {
      const best = bestOf(cur.profile, cur.docs, 'merge', ix.candidates(cur.profile, cur.index));
      if (best.story < 0 || best.score < o.mergeThreshold) break;
      const other = ix.stories[best.story]!;
      const [keep, gone] = other.index < cur.index ? [other, cur] : [cur, other];
      ix.merge(keep, gone);
      cur = keep;
    }
    return cur;
  };

  /** Splits a story whose reports form two groups the model does not see as one story. */
  const splitCheck = (s: IndexedStory): void => {
    if (o.splitThreshold <= 0 || !s.members || s.docs.length < 4 || s.docs.length < o.splitGrowth * s.checkedAt) return;
    s.checkedAt = s.docs.length;
    const proposal = proposeSplit(s.members, ix.weights);
    if (!proposal || similarity(proposal.go, proposal.stay) >= o.splitThreshold) return;
    const fresh = ix.split(s, proposal.move, `${o.idPrefix}${ix.stories.length + 1}`);
    if (o.mergeThreshold <= 1) mergePass(fresh);
  };

  if (state) {
    ix.docCount = state.docs;
    for (const [channel, list] of Object.entries(state.df) as [keyof StoryClustererState['df'], [string, number][]][]) {
      for (const [t, n] of list) ix.df[channel].set(t, n);
    }
    state.stories.forEach((s, i) =>
      ix.restore({
        index: i,
        id: s.id,
        docs: [...s.docs],
        profile: s.profile ? deserialiseProfile(s.profile) : emptyProfile(),
        ...(s.mergedInto !== undefined ? { mergedInto: s.mergedInto } : {}),
        ...(s.members ? { members: s.members.map(deserialiseProfile) } : {}),
        checkedAt: s.checkedAt ?? s.docs.length,
      }),
    );
  }

  const current = (s: IndexedStory): IndexedStory => {
    let cur = s;
    while (cur.mergedInto !== undefined) cur = ix.stories[cur.mergedInto]!;
    return cur;
  };

  return {
    add(doc: ClusterDocument): StoryAssignment {
      const known = ix.storyOf(doc.id);
      // The same report twice is one report: it stays where it is and counts once.
      if (known) return { storyId: current(known).id, score: 1, candidates: 0, opened: false };
      const p = profileOfDocument(doc);
      ix.observe(p);
      const cands = ix.candidates(p);
      const best = bestOf(p, [doc.id], 'join', cands);
      if (best.story >= 0 && best.score >= o.threshold) {
        const story = ix.stories[best.story]!;
        ix.join(story, doc.id, p);
        const after = o.mergeThreshold <= 1 ? mergePass(story) : story;
        splitCheck(after);
        return { storyId: current(ix.storyOf(doc.id)!).id, score: best.score, candidates: cands.length, opened: false };
      }
      const story = ix.open(`${o.idPrefix}${ix.stories.length + 1}`, doc.id, p);
      return { storyId: story.id, score: best.score, candidates: cands.length, opened: true };
    },

    explain(doc: ClusterDocument): StoryExplanation[] {
      const p = profileOfDocument(doc);
      return ix
        .candidates(p)
        .map((c) => {
          const s = ix.stories[c]!;
          const f = pairFeatures(p, s.profile, ix.weights);
          return {
            storyId: s.id,
            score: similarity(p, s.profile),
            features: Object.fromEntries(FEATURE_NAMES.map((n, i) => [n, f[i]!])),
          };
        })
        .sort((a, b) => b.score - a.score);
    },

    assignments(): Map<string, string> {
      const out = new Map<string, string>();
      for (const [d, i] of ix.docStory) out.set(d, current(ix.stories[i]!).id);
      return out;
    },

    stories(): StorySummary[] {
      return ix.stories.filter((s) => s.mergedInto === undefined).map((s) => ({ id: s.id, docs: [...s.docs] }));
    },

    get size() {
      return ix.docCount;
    },

    toJSON(): StoryClustererState {
      return {
        version: 1,
        options: { ...o, model: { bias: o.model.bias, weights: [...o.model.weights] } },
        docs: ix.docCount,
        df: { words: entries(ix.df.words), names: entries(ix.df.names), numbers: entries(ix.df.numbers) },
        stories: ix.stories.map((s) =>
          s.mergedInto !== undefined
            ? { id: s.id, docs: [], mergedInto: s.mergedInto }
            : {
                id: s.id,
                docs: [...s.docs],
                profile: serialiseProfile(s.profile),
                ...(s.members ? { members: s.members.map(serialiseProfile) } : {}),
                checkedAt: s.checkedAt,
              },
        ),
      };
    },
  };
}

function resolve(options: StoryClustererOptions): ResolvedOptions {
  const out = { ...DEFAULT_STORY_CLUSTERER_OPTIONS } as ResolvedOptions;
  for (const [k, v] of Object.entries(options)) if (v !== undefined) (out as Record<string, unknown>)[k] = v;
  return out;
}

/** Creates an empty incremental story clusterer. */
export function createStoryClusterer(options: StoryClustererOptions = {}, hooks: StoryClustererHooks = {}): StoryClusterer {
  return build(resolve(options), undefined, hooks);
}

/**
 * Restores a clusterer saved with `toJSON()` (after `JSON.stringify`/`JSON.parse`), so a
 * stored corpus keeps growing: adding further reports gives the same result as if the
 * clusterer had never been saved.
 */
export function restoreStoryClusterer(state: StoryClustererState): StoryClusterer {
  if (!state || state.version !== 1 || !Array.isArray(state.stories) || !state.df || typeof state.docs !== 'number') {
    throw new CorroborateError('CRB_ERR_CORPUS_STATE', 'story clusterer state is not a version-1 state');
  }
  return build(resolve(state.options ?? {}), state);
}
