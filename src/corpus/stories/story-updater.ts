/**
 * Keeps a store's stories up to date as reports are stored: each batch is read for its facts,
 * added to the layer (loaded from the store on first use), the stories it changed are rebuilt
 * from their reports' stored facts, and everything is saved in one transaction with what changed
 * in the layer's state. Another process saving in between is noticed by the state's revision:
 * the layer is then reloaded from the store and the batch added again (reports the other process
 * added are known and skipped).
 *
 * Cost per batch follows the batch, not the corpus: the layer says which stories changed, the
 * facts of just those stories' reports are read, the texts the origin index compares the new
 * reports with are fetched (unless among the newest, which the layer keeps), and the state is
 * saved by parts — the batch's new reports once, and the stories, links and waiting lists it
 * changed (see `StoryLayerHeader`). Loading the layer reads every saved part once per process.
 */
import { isCorroborateError } from '../../core/errors.js';
import type { CleanDocument } from '../../model/document.js';
import type { Store } from '../../store/store.js';
import type { ReportFacts } from '../align/facet-types.js';
import { readReportFacts } from '../align/read-report-facts.js';
import { recordOfLayerStory, storyReportIds } from './layer-story.js';
import { isPartsHeader, StoryLayer, type StoryLayerOptions } from './story-layer.js';
import type { StoryRecord } from './story-types.js';

/** Name of the layer's state in the store. */
export const STORY_LAYER_STATE = 'story-layer';

/** What one update did. */
export interface StoryUpdate {
  /** Reports added to the layer. */
  added: number;
  /** Stories written (new or rebuilt). */
  written: number;
  removed: number;
  /** Stories in the layer after the update. */
  stories: number;
}

/** A store-backed story layer. */
export interface StoryUpdater {
  /**
   * Adds analysed reports (already stored) and updates the stories they touch. Their facts are
   * read from the documents (`readReportFacts`) unless given, in the same order.
   */
  update(docs: readonly CleanDocument[], facts?: readonly ReportFacts[]): Promise<StoryUpdate>;
  /** Adds stored reports the layer does not have yet (a run interrupted between storing and updating). */
  catchUp(): Promise<StoryUpdate>;
}

/**
 * A stored layer of at least this many reports runs its clusterer on a worker thread unless the
 * options say otherwise: each batch is then clustered on one core while the origin index reads it
 * on the other. A smaller one clusters faster on this thread than a thread costs to start.
 */
export const THREAD_MIN_REPORTS = 5_000;

/** Attempts at one batch when other writers keep getting in first. */
const MAX_ATTEMPTS = 4;

/** Creates an updater over a store; the layer is loaded lazily. */
export function createStoryUpdater(store: Store, options: StoryLayerOptions = {}): StoryUpdater {
  let layer: StoryLayer | undefined;
  let revision = 0;
  // Texts fetched for the batch being added: the origin index reads texts synchronously.
  let fetched = new Map<string, string>();
  const hooks = { loadText: (id: string) => fetched.get(id) };
  // The layer keeps what each batch changed, to save it by parts.
  const layerOptions = { ...options, trackChanges: true };

  const load = async (): Promise<StoryLayer> => {
    if (layer) return layer;
    const saved = await store.loadCorpusState(STORY_LAYER_STATE);
    if (!saved) layer = StoryLayer.create(layerOptions, hooks);
    else {
      const state = JSON.parse(saved.json) as unknown;
      const clustererThread = options.clustererThread ?? (isPartsHeader(state) && state.reports >= THREAD_MIN_REPORTS);
      layer = isPartsHeader(state)
        ? await StoryLayer.fromParts(state, (prefix) => store.corpusStateParts(STORY_LAYER_STATE, prefix), hooks, { ...layerOptions, clustererThread })
        : // A state saved whole by an earlier version: the first save writes it by parts.
          StoryLayer.fromJSON(state, hooks, layerOptions);
    }
    revision = saved?.revision ?? 0;
    return layer;
  };

  const attempt = async (docs: readonly CleanDocument[], given: readonly ReportFacts[] | undefined): Promise<StoryUpdate> => {
    const l = await load();
    const freshAt = docs.flatMap((d, i) => (l.has(d.id) ? [] : [i]));
    if (freshAt.length === 0) return { added: 0, written: 0, removed: 0, stories: l.storyCount };
    const fresh = freshAt.map((i) => docs[i]!);
    const facts = freshAt.map((i) => given?.[i] ?? readReportFacts(docs[i]!));
    fetched = await store.reportTexts(l.textsWanted(fresh));
    let change: ReturnType<StoryLayer['add']>;
    try {
      change = l.add(fresh, facts);
    } finally {
      fetched = new Map();
    }
    const known = new Map<string, ReportFacts>(facts.map((f) => [f.docId, f]));
    const needed = new Set<string>();
    for (const id of change.changed) {
      const { members, linked } = storyReportIds(l, id);
      for (const m of members) if (!known.has(m)) needed.add(m);
      for (const x of linked) if (!known.has(x.docId)) needed.add(x.docId);
    }
    for (const [id, f] of await store.reportFacts([...needed])) known.set(id, f);
    const records: StoryRecord[] = [];
    for (const id of change.changed) {
      const r = recordOfLayerStory(l, id, known);
      if (r) records.push(r);
    }
    const delta = l.takeDelta();
    revision = await store.saveStoryLayer({
      facts,
      stories: records,
      removed: change.removed,
      stateName: STORY_LAYER_STATE,
      state: JSON.stringify(delta.header),
      expectedRevision: revision,
      parts: { put: delta.put, drop: delta.drop, ...(delta.full ? { clear: true } : {}) },
    });
    return { added: fresh.length, written: records.length, removed: change.removed.length, stories: l.storyCount };
  };

  const update = async (docs: readonly CleanDocument[], facts?: readonly ReportFacts[]): Promise<StoryUpdate> => {
    for (let i = 1; ; i++) {
      try {
        return await attempt(docs, facts);
      } catch (e) {
        // The in-memory layer went ahead of the store: drop it and start from what was saved.
        layer?.close();
        layer = undefined;
        if (!(isCorroborateError(e) && e.code === 'CRB_ERR_STORE_CONFLICT') || i >= MAX_ATTEMPTS) throw e;
      }
    }
  };

  return {
    update,
    async catchUp() {
      const l = await load();
      const total: StoryUpdate = { added: 0, written: 0, removed: 0, stories: l.storyCount };
      const stats = await store.stats();
      if (l.size >= stats.reports) return total;
      const page = 200;
      for (let offset = 0; offset < stats.reports; offset += page) {
        const rows = await store.listReports({ limit: page, offset });
        const missing = rows.filter((r) => !(layer ?? l).has(r.id));
        const docs: CleanDocument[] = [];
        for (const r of missing) {
          const d = await store.getReport(r.id);
          if (d) docs.push(d);
        }
        if (docs.length === 0) continue;
        const u = await update(docs);
        total.added += u.added;
        total.written += u.written;
        total.removed += u.removed;
        total.stories = u.stories;
      }
      return total;
    },
  };
}
