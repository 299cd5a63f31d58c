/**
 * The cross-report layer's incremental state: the story clusterer, the origin index, and on top
 * of them the stories themselves.
 *
 * A story is a clusterer story split by the place of its reports' main incidents: reports that
 * read alike but tell of strikes on different towns (or, when both are dated near publication,
 * on days apart) are different incidents, so different stories. Reports with no incident of their
 * own (commentary, languages the reading layer does not read yet) go with the largest part; a
 * lone one that is a copy or credited translation of a report goes to that report's story. A part
 * whose incident is one an existing story is anchored on (same place, same days, same kind of
 * event) joins that story: one incident, one story, however differently its reports are written.
 * A report links to every other story whose incident it also tells of (same place, same days):
 * an index by place and day finds them, never a scan.
 *
 * Incremental: adding reports re-splits only the clusterer stories that changed and returns the
 * stories to rebuild. A story keeps its id while most of its reports stay together; a new part
 * takes the clusterer's id, or `<id>~<place>` when that is taken. Deterministic for the same
 * input order; what changes with order is what changes the clusterer's and origin index's results
 * (see their files), and so which ids the stories get.
 *
 * Cost: bounded by what a batch touches, never by the corpus. The clusterer says which reports
 * changed story (`takeMoves`), so only those clusterer stories are re-split; only stories whose
 * reports or anchor changed (or that hold a new report, or one whose origins changed) are
 * returned for rebuilding; and the state is saved by parts (`takeDelta`, see
 * {@link StoryLayerHeader}): the batch's new reports once, and the stories it changed.
 */
import { CorroborateError } from '../../core/errors.js';
import type { GeoPlace } from '../../analyze/places/geo-place.js';
import type { CleanDocument } from '../../model/document.js';
import type { ReportFacts } from '../align/facet-types.js';
import { samePlace } from '../align/place-key.js';
import {
  createStoryClusterer,
  restoreStoryClusterer,
  startClustererRestore,
  type ClustererBatch,
  type SavedClusterStory,
  type StoryClustererOptions,
  type StoryClustererState,
} from '../cluster/story-clusterer.js';
import { localClusterer, type ClustererHandle } from '../cluster/clusterer-handle.js';
import { startThreadedRestore, threadedClusterer } from '../cluster/clusterer-thread.js';
import type { ClusterDocument } from '../cluster/story-profile.js';
import { createOriginIndex, originIndexFromJSON, type OriginIndex, type OriginIndexOptions, type OriginIndexState, type OriginLink } from '../origins/index.js';
import { startOriginRestore, type ResolvedOriginOptions, type SavedOriginReport, type SavedSlots } from '../origins/origin-index.js';
import type { ShingleSketchState } from '../origins/shingle-sketch.js';
import { seqKey } from './part-codec.js';
import { stringInterner } from '../origins/flat-string.js';
import { clusterDocumentOf, nearPublication } from './cluster-input.js';

/** A geocoded place, trimmed to what comparing places needs. */
type GeoLite = Pick<GeoPlace, 'lat' | 'lon' | 'country' | 'precision'> & Partial<Pick<GeoPlace, 'admin1' | 'geonameId' | 'name'>>;

/** What the layer keeps of one incident of a report. */
export interface IncidentSketch {
  id: string;
  placeKey: string;
  place: string;
  geo?: GeoLite;
  /** Event days (day numbers), when dated near publication. */
  first?: number;
  last?: number;
  eventType: string;
}

/** What the layer keeps of one report. */
export interface ReportSketch {
  id: string;
  order: number;
  /** Publication day (day number). */
  pubDay?: number;
  primary?: number;
  incidents: IncidentSketch[];
}

/** Where and when a story's incident is: its reports' main place, and the days they date it to. */
export interface StoryAnchor {
  placeKey: string;
  place: string;
  geo?: GeoLite;
  first?: number;
  last?: number;
}

/** A story of the layer. */
export interface LayerStory {
  id: string;
  /** Reports the story is about, in arrival order. */
  members: string[];
  anchor?: StoryAnchor;
  /** Event type of the anchor incident. */
  eventType?: string;
}

/** What one `add` changed. */
export interface LayerChange {
  /** Stories whose members, anchor or linked reports may have changed: to rebuild. */
  changed: string[];
  /** Stories that no longer exist. */
  removed: string[];
  /** Origin links found while adding. */
  links: OriginLink[];
}

/** Saved state of the layer. */
export interface StoryLayerState {
  version: 1;
  clusterer: StoryClustererState;
  origins: OriginIndexState;
  reports: ReportSketch[];
  stories: LayerStory[];
  /** Report → relatives by copy or credit, for placing lone copies. */
  relatives: Array<[string, string[]]>;
  /** Lone reports placed with a relative: [report, relative]. */
  adopted: Array<[string, string]>;
  /** Next number for ids of parts that need a fresh one. */
  nextFresh?: number;
}

/**
 * The layer saved by parts: this header is the corpus state's JSON, and keyed parts hold the
 * rest — `b:<n>` each saved batch's new reports (written once), `k:<n>` the shingles a batch
 * counted (dropped once the sketch is saved whole again, as `ks`), `c:<no>` the clusterer's
 * stories, `s:<id>` the layer's stories, `l:<no>` a report's origin links, `p:<outlet>`
 * reports waiting for an outlet's report, `a:<id>` a lone report placed with a relative. A batch
 * writes what it changed; nothing is rewritten because the corpus is large.
 */
export interface StoryLayerHeader {
  format: 'story-layer-parts';
  version: 2;
  /** Batches saved (`b:0` … `b:<batches−1>`). */
  batches: number;
  reports: number;
  nextFresh: number;
  clusterer: { options: Partial<StoryClustererOptions>; nextStory: number };
  origins: { options: Partial<ResolvedOriginOptions> };
  /** How many batches' shingles the saved sketch (`ks`) holds; the logs of later batches replay onto it. */
  sketchBatches: number;
  /** Characters of shingle logs saved since, and of the sketch when last saved whole. */
  sketchLogChars: number;
  sketchChars: number;
}

/** What the layer changed since its last {@link StoryLayer.takeDelta}: the header and the parts to write or drop. */
export interface StoryLayerDelta {
  header: StoryLayerHeader;
  put: Array<[key: string, value: string]>;
  drop: string[];
}

/** One saved batch (`b:<n>`). */
interface SavedBatch {
  reports: ReportSketch[];
  relatives: Array<[string, string]>;
  clusterer: ClustererBatch;
  origins: SavedOriginReport[];
}

/** Reads a state's saved parts whose keys start with `prefix`, in key order. */
export type PartReader = (prefix: string) => AsyncIterable<[key: string, value: string]>;

/** The layer's state is saved by parts when it has this header. */
export function isPartsHeader(state: unknown): state is StoryLayerHeader {
  return !!state && typeof state === 'object' && (state as { format?: unknown }).format === 'story-layer-parts';
}

/** The shingle sketch is saved whole again once the logs since add up to this many characters at least. */
const MIN_SKETCH_LOG_CHARS = 1 << 20;

/** Options of the layer's parts. */
export interface StoryLayerOptions {
  clusterer?: StoryClustererOptions;
  origins?: OriginIndexOptions;
  /** Texts of the newest reports kept in memory when texts are read back through `loadText`. */
  recentTexts?: number;
  /**
   * Keep what changed for {@link StoryLayer.takeDelta} (a layer saved by parts, as the store-backed
   * updater does). Off by default: a layer that is never saved by parts keeps nothing for it.
   */
  trackChanges?: boolean;
  /**
   * Run the story clusterer on a worker thread of its own, beside the origin index on this one
   * (`clusterer-thread.ts`): the same results, in less wall time on two cores once batches hold
   * hundreds of reports. Off by default (a thread costs more than it saves on a small corpus).
   */
  clustererThread?: boolean;
}

/** Where the layer reads back report texts it does not keep. */
export interface StoryLayerHooks {
  /**
   * The cleaned text of a stored report (the origin index compares candidates' wording). When
   * given, the layer keeps only the newest reports' texts and its state holds none; without it,
   * every text stays in memory and in the saved state (fine for small corpora).
   */
  loadText?: (docId: string) => string | undefined;
}

/** The newest reports' texts, then the hook: what the origin index reads texts through. */
class TextSource {
  private readonly recent = new Map<string, string>();
  constructor(
    private readonly keep: number,
    private readonly load: ((docId: string) => string | undefined) | undefined,
  ) {}

  put(id: string, text: string): void {
    this.recent.delete(id);
    this.recent.set(id, text);
    if (this.recent.size > this.keep) this.recent.delete(this.recent.keys().next().value!);
  }

  get(id: string): string | undefined {
    return this.recent.get(id) ?? this.load?.(id);
  }

  has(id: string): boolean {
    return this.recent.has(id);
  }
}

const DEFAULT_RECENT_TEXTS = 4096;

const DAY = 86_400_000;
/** Days either side of a story's days within which another report's incident there is the same incident. */
const LINK_TOLERANCE = 1;
/** Longest span of days the link index is read over for one story. */
const MAX_LINK_SPAN = 14;

function dayNumberOf(iso: string | undefined): number | undefined {
  if (!iso || !/^\d{4}-\d{2}-\d{2}/.test(iso)) return undefined;
  return Math.floor(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY);
}

/**
 * One copy of each place name, key, event type and geocode for all the reports that share it:
 * the layer keeps a sketch of every report, and most reports tell of a few hundred places.
 */
const SHARED_LIMIT = 200_000;
const share = stringInterner(SHARED_LIMIT);
const sharedGeo = new Map<string, GeoLite>();

function geoLite(g: GeoPlace | undefined): GeoLite | undefined {
  if (!g) return undefined;
  const key = `${g.geonameId ?? ''}|${g.lat}|${g.lon}|${g.country}|${g.precision}|${g.admin1 ?? ''}|${g.name}`;
  let v = sharedGeo.get(key);
  if (!v) {
    if (sharedGeo.size >= SHARED_LIMIT) sharedGeo.clear();
    v = { lat: g.lat, lon: g.lon, country: share(g.country), precision: g.precision, ...(g.admin1 ? { admin1: share(g.admin1) } : {}), ...(g.geonameId !== undefined ? { geonameId: g.geonameId } : {}), name: share(g.name) };
    sharedGeo.set(key, v);
  }
  return v;
}

/** The layer's sketch of a report. */
export function sketchOf(doc: CleanDocument, facts: ReportFacts, order: number): ReportSketch {
  const published = doc.meta.published?.value;
  const pubDay = dayNumberOf(published);
  return {
    id: doc.id,
    order,
    ...(pubDay !== undefined ? { pubDay } : {}),
    ...(facts.primary !== undefined ? { primary: facts.primary } : {}),
    incidents: facts.incidents.map((i) => {
      const near = i.days && nearPublication(i.days.first, published);
      const g = geoLite(i.geo);
      return {
        id: share(i.incidentId),
        placeKey: share(i.placeKey),
        place: share(i.place),
        ...(g ? { geo: g } : {}),
        ...(near && i.days ? { first: dayNumberOf(i.days.first)!, last: dayNumberOf(i.days.last)! } : {}),
        eventType: share(i.eventType),
      };
    }),
  };
}

/** A saved sketch with its places and strings shared with the other reports'. */
function shareSketch(r: ReportSketch): ReportSketch {
  return {
    ...r,
    incidents: r.incidents.map((i) => {
      const g = i.geo ? geoLite(i.geo as GeoPlace) : undefined;
      return { ...i, id: share(i.id), placeKey: share(i.placeKey), place: share(i.place), eventType: share(i.eventType), ...(g ? { geo: g } : {}) };
    }),
  };
}

function sameAt(a: { placeKey: string; geo?: GeoLite }, b: { placeKey: string; geo?: GeoLite }): boolean {
  return samePlace(a as Parameters<typeof samePlace>[0], b as Parameters<typeof samePlace>[0]);
}

/** Whether two day ranges lie within the tolerance of each other (unknown days fit anything). */
function daysFit(a: { first?: number; last?: number }, b: { first?: number; last?: number }, tolerance = LINK_TOLERANCE): boolean {
  if (a.first === undefined || b.first === undefined) return true;
  return a.first - tolerance <= (b.last ?? b.first) && b.first - tolerance <= (a.last ?? a.first);
}

/** URL-safe slug of a place key, for ids of split stories. */
function slug(key: string): string {
  return key.replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'place';
}

/** The incremental cross-report layer (see the file comment). */
export class StoryLayer {
  private readonly sketches = new Map<string, ReportSketch>();
  private readonly stories = new Map<string, LayerStory>();
  private readonly storyOfDoc = new Map<string, string>();
  private readonly clusterOfDoc = new Map<string, string>();
  private readonly relatives = new Map<string, Set<string>>();
  /** Lone reports placed with a relative (copy, credited translation): report → relative. */
  private readonly adopted = new Map<string, string>();
  /** The same, by relative: relative → reports placed with it. */
  private readonly adoptedBy = new Map<string, Set<string>>();
  /** `placeKey|day` → reports with an incident there that day (or published that day, when undated). */
  private readonly incidentIndex = new Map<string, Set<string>>();
  /** `placeKey|day` → stories anchored there. */
  private readonly anchorIndex = new Map<string, Set<string>>();
  private nextFresh = 1;
  /** Place of each story in the listing order (the order `stories` holds them), kept across saves. */
  private readonly storySeq = new Map<string, number>();
  private nextStorySeq = 0;
  // What changed since the last takeDelta().
  private unsavedReports: ReportSketch[] = [];
  private unsavedRelatives: Array<[string, string]> = [];
  private dirtyStories = new Set<string>();
  private droppedStories = new Set<string>();
  private dirtyAdopted = new Set<string>();
  /** The saved header as of the last delta (undefined: nothing saved by parts yet). */
  private saved: StoryLayerHeader | undefined;

  private constructor(
    private readonly clusterer: ClustererHandle,
    readonly origins: OriginIndex,
    private readonly texts: TextSource | undefined,
    private readonly track = false,
  ) {}

  /** An empty layer. */
  static create(opts: StoryLayerOptions = {}, hooks: StoryLayerHooks = {}): StoryLayer {
    const texts = hooks.loadText ? new TextSource(opts.recentTexts ?? DEFAULT_RECENT_TEXTS, hooks.loadText) : undefined;
    const track = !!opts.trackChanges;
    const origins = texts
      ? createOriginIndex({ ...opts.origins, keepText: false }, { loadText: (id) => texts.get(id), trackChanges: track })
      : createOriginIndex(opts.origins ?? {}, { trackChanges: track });
    const clusterer = opts.clustererThread ? threadedClusterer(opts.clusterer ?? {}, track) : localClusterer(createStoryClusterer(opts.clusterer ?? {}, { trackChanges: track }));
    return new StoryLayer(clusterer, origins, texts, track);
  }

  /** Restores a saved layer; throws CRB_ERR_CORPUS_STATE when the state is malformed. */
  static fromJSON(state: unknown, hooks: StoryLayerHooks = {}, opts: Pick<StoryLayerOptions, 'recentTexts' | 'trackChanges'> = {}): StoryLayer {
    const s = state as Partial<StoryLayerState> | null;
    if (!s || typeof s !== 'object' || s.version !== 1 || !Array.isArray(s.reports) || !Array.isArray(s.stories) || !Array.isArray(s.relatives) || !Array.isArray(s.adopted) || !s.clusterer || !s.origins) {
      throw new CorroborateError('CRB_ERR_CORPUS_STATE', 'story layer state is malformed or of an unknown version');
    }
    const texts = hooks.loadText ? new TextSource(opts.recentTexts ?? DEFAULT_RECENT_TEXTS, hooks.loadText) : undefined;
    let origins: OriginIndex;
    if (texts) {
      // Texts saved by a layer that kept them are dropped: the hook reads them back.
      const o = s.origins as OriginIndexState;
      const docs = Array.isArray(o.docs) ? o.docs.map(({ text: _t, ...d }) => d) : o.docs;
      origins = originIndexFromJSON({ ...o, docs, options: { ...o.options, keepText: false } }, { loadText: (id) => texts.get(id), trackChanges: !!opts.trackChanges });
    } else origins = originIndexFromJSON(s.origins, { trackChanges: !!opts.trackChanges });
    const layer = new StoryLayer(localClusterer(restoreStoryClusterer(s.clusterer, { trackChanges: !!opts.trackChanges })), origins, texts, !!opts.trackChanges);
    for (const r of s.reports) layer.indexReport(r);
    for (const [id, rel] of s.relatives) layer.relatives.set(id, new Set(rel));
    for (const [id, rel] of s.adopted) layer.adopt(id, rel);
    for (const st of s.stories) layer.putStory(st);
    for (const [doc, cluster] of layer.clusterer.assignments()) layer.clusterOfDoc.set(doc, cluster);
    layer.clusterer.takeMoves();
    layer.nextFresh = s.nextFresh ?? 1;
    return layer;
  }

  /** Lets go of the clusterer's worker thread, if it has one; the layer is not used again. */
  close(): void {
    this.clusterer.close();
  }

  /** Whether the clusterer runs on a worker thread. */
  get clustererThreaded(): boolean {
    return this.clusterer.threaded;
  }

  /** Reports in the layer. */
  get size(): number {
    return this.sketches.size;
  }

  has(docId: string): boolean {
    return this.sketches.has(docId);
  }

  /** The story a report is about. */
  storyOf(docId: string): string | undefined {
    return this.storyOfDoc.get(docId);
  }

  story(id: string): LayerStory | undefined {
    return this.stories.get(id);
  }

  /** Stories in the layer. */
  get storyCount(): number {
    return this.stories.size;
  }

  /** Story ids, in the order the stories opened. */
  storyIds(): string[] {
    return [...this.stories.keys()];
  }

  sketch(docId: string): ReportSketch | undefined {
    return this.sketches.get(docId);
  }

  /** The origin group of a report (its own id when independent or unknown). */
  originOf(docId: string): string {
    return this.origins.originOf(docId) ?? docId;
  }

  /**
   * Reports whose texts adding `docs` may need and the layer does not hold (when texts are read
   * back through `loadText`): a store-backed caller fetches them before {@link add}, which reads
   * them through the hook. Empty when the layer keeps every text.
   */
  textsWanted(docs: readonly CleanDocument[]): string[] {
    if (!this.texts) return [];
    const batch = new Set(docs.map((d) => d.id));
    const out = new Set<string>();
    for (const d of docs) {
      if (this.sketches.has(d.id)) continue;
      for (const id of this.origins.textsFor(d)) if (!batch.has(id) && !this.texts.has(id)) out.add(id);
    }
    return [...out];
  }

  /**
   * Adds analysed reports with their facts (in the same order). Reports already in the layer are
   * skipped. Returns the stories to rebuild.
   */
  add(docs: readonly CleanDocument[], facts: readonly ReportFacts[]): LayerChange {
    const links: OriginLink[] = [];
    const fresh: ReportSketch[] = [];
    const freshDocs: CleanDocument[] = [];
    const clusterDocs: ClusterDocument[] = [];
    docs.forEach((doc, i) => {
      if (this.sketches.has(doc.id)) return;
      const f = facts[i]!;
      const sketch = sketchOf(doc, f, this.sketches.size);
      this.indexReport(sketch);
      fresh.push(sketch);
      if (this.track) this.unsavedReports.push(sketch);
      freshDocs.push(doc);
      clusterDocs.push(clusterDocumentOf(doc, f));
    });
    if (fresh.length === 0) return { changed: [], removed: [], links };
    // The clusterer and the origin index know nothing of each other until the split below: on a
    // worker thread the clusterer takes the batch while the origin index reads it here.
    this.clusterer.addAll(clusterDocs);
    for (const doc of freshDocs) {
      this.texts?.put(doc.id, doc.text);
      for (const l of this.origins.add(doc)) {
        links.push(l);
        if (l.relation === 'relays-statement' || l.derivedFrom.startsWith('external:')) continue;
        this.relate(l.docId, l.derivedFrom);
        if (this.track) this.unsavedRelatives.push([l.docId, l.derivedFrom]);
      }
    }

    // Clusterer stories that changed: those of new reports and of reports that moved (the
    // clusterer says which), and those of reports whose copies or originals just arrived.
    const touched = new Set<string>();
    for (const [moved, movedTo] of this.clusterer.takeMoves()) {
      const doc = this.own(moved);
      // One copy of a clusterer story's id for all its reports (a thread's answers are copies).
      const cluster = this.clusterer.threaded ? share(movedTo) : movedTo;
      const was = this.clusterOfDoc.get(doc);
      if (was !== cluster) {
        touched.add(cluster);
        if (was !== undefined) touched.add(was);
        this.clusterOfDoc.set(doc, cluster);
      }
    }
    for (const l of links) {
      for (const id of [l.docId, l.derivedFrom]) {
        const c = this.clusterOfDoc.get(id);
        if (c) touched.add(c);
      }
    }
    // Members of a clusterer story, in arrival order (an empty story is gone).
    const clusterMembers = new Map<string, string[]>();
    const membersOfCluster = (c: string): string[] => {
      let m = clusterMembers.get(c);
      if (!m) clusterMembers.set(c, (m = (this.clusterer.membersOf(c) ?? []).map((d) => this.own(d))));
      return m;
    };
    // One round trip for all of them when the clusterer is on a worker thread.
    const ask = [...touched];
    this.clusterer.membersOfAll(ask).forEach((m, k) => clusterMembers.set(ask[k]!, (m ?? []).map((d) => this.own(d))));
    const byCluster = new Map<string, string[]>();
    for (const c of touched) {
      const m = membersOfCluster(c);
      if (m.length) byCluster.set(c, m);
    }

    // A lone report with no incident of its own that copies or translates another goes with it.
    for (const [cluster, docs] of byCluster) {
      for (const d of docs) {
        const r = this.adopted.get(d);
        if (r === undefined) continue;
        this.unadopt(d);
        const c = this.clusterOfDoc.get(r);
        if (c) touched.add(c);
      }
      const doc = docs.length === 1 ? docs[0]! : undefined;
      if (doc === undefined || this.sketches.get(doc)?.primary !== undefined) continue;
      const rel = [...(this.relatives.get(doc) ?? [])].sort((a, b) => this.orderOf(a) - this.orderOf(b)).find((r) => this.clusterOfDoc.has(r) && this.clusterOfDoc.get(r) !== cluster);
      if (rel === undefined) continue;
      this.adopt(doc, rel);
      touched.add(this.clusterOfDoc.get(rel)!);
    }
    // Each touched clusterer story's reports, less those adopted elsewhere, plus those adopted by
    // one of its reports (their order does not matter: parts are ordered by arrival).
    const membersOf = new Map<string, string[]>();
    const affected = new Set<string>();
    for (const c of touched) {
      const own: string[] = [];
      for (const doc of membersOfCluster(c)) {
        affected.add(doc);
        if (!this.adopted.has(doc)) own.push(doc);
        for (const a of this.adoptedBy.get(doc) ?? []) own.push(a);
      }
      membersOf.set(c, own);
      for (const d of own) affected.add(d);
    }

    // Take the affected reports out of their stories, then place each clusterer story's parts.
    const changed = new Set<string>();
    const formerly = new Map<string, string>();
    for (const doc of affected) {
      const sid = this.storyOfDoc.get(doc);
      if (sid === undefined) continue;
      formerly.set(doc, sid);
      changed.add(sid);
    }
    // What the stories looked like, so that a story re-split into the same reports is not rebuilt.
    const before = new Map<string, { members: string[]; anchor: string }>();
    for (const sid of changed) {
      const st = this.stories.get(sid);
      if (!st) continue;
      before.set(sid, { members: st.members, anchor: JSON.stringify(st.anchor ?? null) });
      this.unindexAnchor(st);
      st.members = st.members.filter((m) => !affected.has(m));
    }
    for (const m of affected) {
      const sid = this.storyOfDoc.get(m);
      if (sid !== undefined && changed.has(sid)) this.storyOfDoc.delete(m);
    }
    const reused = new Set<string>();
    for (const [cluster, members] of [...membersOf].sort((a, b) => a[0].localeCompare(b[0], 'en', { numeric: true }))) {
      for (const part of this.split(members)) {
        const join = part.anchor ? this.joinable(part.anchor, part.eventType) : undefined;
        if (join) {
          const st = this.stories.get(join)!;
          this.unindexAnchor(st);
          st.members = [...st.members, ...part.docs].sort((a, b) => this.orderOf(a) - this.orderOf(b));
          for (const m of part.docs) this.storyOfDoc.set(m, join);
          this.refreshAnchor(st);
          changed.add(join);
          continue;
        }
        const id = this.idFor(part, cluster, formerly, reused);
        reused.add(id);
        const st: LayerStory = { id, members: part.docs };
        this.stories.delete(id);
        this.stories.set(id, st);
        this.storySeq.set(id, this.nextStorySeq++);
        for (const m of part.docs) this.storyOfDoc.set(m, id);
        this.refreshAnchor(st);
        changed.add(id);
      }
    }
    const removed: string[] = [];
    for (const sid of changed) {
      const st = this.stories.get(sid);
      if (!st) continue;
      if (st.members.length === 0) {
        this.stories.delete(sid);
        this.storySeq.delete(sid);
        removed.push(sid);
      } else if (!reused.has(sid)) this.refreshAnchor(st);
    }
    for (const sid of removed) changed.delete(sid);
    // Listing order and ids may have moved: everything re-placed is saved, but only stories whose
    // reports or anchor changed, or that hold a new report or one whose origins changed, are rebuilt.
    const rewritten = new Set(changed);
    const holding = new Set<string>();
    for (const s of fresh) holding.add(this.storyOfDoc.get(s.id) ?? '');
    for (const l of links) for (const id of [l.docId, l.derivedFrom]) holding.add(this.storyOfDoc.get(id) ?? '');
    for (const sid of [...changed]) {
      const was = before.get(sid);
      const st = this.stories.get(sid);
      if (!was || !st || holding.has(sid)) continue;
      if (was.members.length === st.members.length && was.members.every((m, i) => st.members[i] === m) && was.anchor === JSON.stringify(st.anchor ?? null)) changed.delete(sid);
    }

    // Stories a new report now links to.
    for (const s of fresh) {
      for (const inc of s.incidents) {
        for (const key of this.keysOf(inc.placeKey, inc.first ?? s.pubDay, inc.last ?? inc.first ?? s.pubDay)) {
          for (const id of this.anchorIndex.get(key) ?? []) if (this.stories.has(id)) changed.add(id);
        }
      }
    }
    if (this.track) {
      for (const sid of rewritten) this.dirtyStories.add(sid);
      for (const sid of changed) this.dirtyStories.add(sid);
      for (const sid of removed) {
        this.dirtyStories.delete(sid);
        this.droppedStories.add(sid);
      }
    }
    return { changed: [...changed].sort(), removed: removed.sort(), links };
  }

  /**
   * Reports that are not members of the story but tell of its incident: an incident at the
   * story's place on its days (an undated incident counts by the report's publication day).
   */
  linkedTo(storyId: string): Array<{ docId: string; incidentIds: string[] }> {
    const st = this.stories.get(storyId);
    if (!st?.anchor) return [];
    const a = st.anchor;
    const lo = a.first;
    const hi = a.last ?? a.first;
    if (lo === undefined || hi === undefined) return [];
    const members = new Set(st.members);
    const seen = new Set<string>();
    const out: Array<{ docId: string; incidentIds: string[] }> = [];
    for (const key of this.keysOf(a.placeKey, lo - LINK_TOLERANCE, hi + LINK_TOLERANCE)) {
      for (const doc of this.incidentIndex.get(key) ?? []) {
        if (members.has(doc) || seen.has(doc)) continue;
        seen.add(doc);
        const s = this.sketches.get(doc)!;
        const ids = s.incidents
          .filter((inc) => {
            if (!sameAt(inc, a)) return false;
            // An undated incident counts by the report's publication day, which may be the day after.
            return inc.first !== undefined ? daysFit(inc, { first: lo, last: hi }) : daysFit({ first: s.pubDay, last: s.pubDay }, { first: lo, last: hi }, LINK_TOLERANCE + 1);
          })
          .map((inc) => inc.id);
        if (ids.length) out.push({ docId: doc, incidentIds: ids });
      }
    }
    return out.sort((x, y) => this.orderOf(x.docId) - this.orderOf(y.docId));
  }

  /**
   * The incidents of a member report that are the story's: its main incident when it is at the
   * story's place, and other incidents there dated to the story's days (an undated second incident
   * at the same place is more often background — an earlier strike — than the story's own).
   */
  memberIncidents(storyId: string, docId: string): string[] {
    const a = this.stories.get(storyId)?.anchor;
    const s = this.sketches.get(docId);
    if (!a || !s) return [];
    return s.incidents
      .filter((inc, i) => sameAt(inc, a) && (i === s.primary || (inc.first !== undefined && a.first !== undefined && daysFit(inc, a))))
      .map((i) => i.id);
  }

  /**
   * The layer's own copy of a report id: ids that come back from a clusterer on another thread
   * are copies, and the stories and indexes would otherwise hold a second copy of every id.
   */
  private own(docId: string): string {
    return this.sketches.get(docId)?.id ?? docId;
  }

  /** Arrival order of a report. */
  orderOf(docId: string): number {
    return this.sketches.get(docId)?.order ?? Number.MAX_SAFE_INTEGER;
  }

  /**
   * What changed since the last call, to save by parts (see {@link StoryLayerHeader}). The first
   * call on a layer not restored from parts writes everything, and says so with `full`.
   */
  takeDelta(): StoryLayerDelta & { full: boolean } {
    if (!this.track) throw new Error('takeDelta needs a layer created with trackChanges');
    const full = this.saved === undefined;
    const cd = this.clusterer.takeDelta();
    const od = this.origins.takeDelta();
    const prev: StoryLayerHeader = this.saved ?? {
      format: 'story-layer-parts',
      version: 2,
      batches: 0,
      reports: 0,
      nextFresh: 1,
      clusterer: { options: cd.options, nextStory: 0 },
      origins: { options: od.options },
      sketchBatches: -1,
      sketchLogChars: 0,
      sketchChars: 0,
    };
    const header: StoryLayerHeader = { ...prev, nextFresh: this.nextFresh, reports: this.sketches.size, clusterer: { options: cd.options, nextStory: cd.nextStory }, origins: { options: od.options } };
    const put: Array<[string, string]> = [];
    const drop: string[] = [];
    if (full) {
      // Everything the layer holds counts as changed (a new layer, or one saved whole before).
      for (const id of this.stories.keys()) this.dirtyStories.add(id);
      for (const id of this.adopted.keys()) this.dirtyAdopted.add(id);
      this.unsavedReports = [...this.sketches.values()];
      this.unsavedRelatives = [...this.relatives].flatMap(([a, rel]) => [...rel].filter((b) => a < b).map((b) => [a, b] as [string, string]));
    }
    if (cd.batch || this.unsavedReports.length || od.batch) {
      if (!cd.batch || !od.batch || cd.batch.reports.length !== this.unsavedReports.length || od.batch.reports.length !== this.unsavedReports.length) {
        throw new CorroborateError('CRB_ERR_CORPUS_STATE', 'the layer and its parts disagree on the reports of a batch');
      }
      const seq = header.batches++;
      const batch: SavedBatch = { reports: this.unsavedReports, relatives: this.unsavedRelatives, clusterer: cd.batch, origins: od.batch.reports };
      put.push([seqKey('b:', seq), JSON.stringify(batch)]);
      put.push([seqKey('k:', seq), od.batch.sketch]);
      header.sketchLogChars += od.batch.sketch.length;
    }
    for (const st of cd.stories) put.push([seqKey('c:', st.no), JSON.stringify(st)]);
    for (const no of cd.dropped) drop.push(seqKey('c:', no));
    for (const sl of od.slots) {
      if (sl.links.length || sl.resolved) put.push([seqKey('l:', sl.no), JSON.stringify(sl)]);
      else drop.push(seqKey('l:', sl.no));
    }
    for (const [k, list] of od.pending) {
      if (list.length) put.push([`p:${k}`, JSON.stringify(list)]);
      else drop.push(`p:${k}`);
    }
    for (const id of [...this.dirtyStories].sort()) {
      const st = this.stories.get(id);
      if (st) put.push([`s:${id}`, JSON.stringify({ seq: this.storySeq.get(id), story: st })]);
    }
    for (const id of [...this.droppedStories].sort()) if (!this.stories.has(id)) drop.push(`s:${id}`);
    for (const id of [...this.dirtyAdopted].sort()) {
      const rel = this.adopted.get(id);
      if (rel !== undefined) put.push([`a:${id}`, rel]);
      else drop.push(`a:${id}`);
    }
    // The sketch is saved whole when the logs since would take longer to replay than to read it.
    if (header.sketchBatches < 0 || header.sketchLogChars > Math.max(header.sketchChars, MIN_SKETCH_LOG_CHARS)) {
      const sketch = JSON.stringify(this.origins.sketchState());
      put.push(['ks', sketch]);
      for (let k = Math.max(0, header.sketchBatches); k < header.batches; k++) drop.push(seqKey('k:', k));
      header.sketchBatches = header.batches;
      header.sketchChars = sketch.length;
      header.sketchLogChars = 0;
    }
    this.unsavedReports = [];
    this.unsavedRelatives = [];
    this.dirtyStories = new Set();
    this.droppedStories = new Set();
    this.dirtyAdopted = new Set();
    this.saved = header;
    return { header, put, drop, full };
  }

  /**
   * Restores a layer saved by parts ({@link takeDelta}): the saved batches are read one at a time,
   * so the whole state is never held as one string. Throws CRB_ERR_CORPUS_STATE when the parts do
   * not fit together.
   */
  static async fromParts(header: StoryLayerHeader, read: PartReader, hooks: StoryLayerHooks = {}, opts: Pick<StoryLayerOptions, 'recentTexts' | 'clustererThread'> = {}): Promise<StoryLayer> {
    if (!isPartsHeader(header) || header.version !== 2) throw new CorroborateError('CRB_ERR_CORPUS_STATE', 'story layer parts are of an unknown version');
    const parse = <T>(key: string, value: string): T => {
      try {
        return JSON.parse(value) as T;
      } catch (e) {
        throw new CorroborateError('CRB_ERR_CORPUS_STATE', `saved part ${key} is not valid JSON`, { cause: e });
      }
    };
    const clusterStories: SavedClusterStory[] = [];
    for await (const [k, v] of read('c:')) clusterStories.push(parse(k, v));
    const clustererParts = { options: header.clusterer.options, nextStory: header.clusterer.nextStory, stories: clusterStories };
    const clusterer = opts.clustererThread ? startThreadedRestore(clustererParts) : ((r) => ({ batch: r.batch, finish: () => localClusterer(r.finish()) }))(startClustererRestore(clustererParts));
    clusterStories.length = 0;
    let sketch: ShingleSketchState | undefined;
    for await (const [k, v] of read('ks')) if (k === 'ks') sketch = parse(k, v);
    const texts = hooks.loadText ? new TextSource(opts.recentTexts ?? DEFAULT_RECENT_TEXTS, hooks.loadText) : undefined;
    const origins = startOriginRestore({ ...header.origins.options, ...(texts ? { keepText: false } : {}) }, sketch, texts ? { loadText: (id) => texts.get(id), trackChanges: true } : { trackChanges: true });
    const sketches: ReportSketch[] = [];
    const relatives: Array<[string, string]> = [];
    let batches = 0;
    for await (const [k, v] of read('b:')) {
      if (k !== seqKey('b:', batches)) throw new CorroborateError('CRB_ERR_CORPUS_STATE', `saved batch ${k} is out of order (expected ${seqKey('b:', batches)})`);
      batches++;
      const b = parse<SavedBatch>(k, v);
      clusterer.batch(b.clusterer);
      origins.batch(b.origins);
      for (const r of b.reports) sketches.push(shareSketch(r));
      relatives.push(...b.relatives);
    }
    if (batches !== header.batches || sketches.length !== header.reports) throw new CorroborateError('CRB_ERR_CORPUS_STATE', `saved batches hold ${sketches.length} reports, the header says ${header.reports}`);
    for await (const [k, v] of read('k:')) if (Number(k.slice(2)) >= header.sketchBatches) origins.sketch(v);
    const slots: SavedSlots[] = [];
    for await (const [k, v] of read('l:')) slots.push(parse(k, v));
    const pending: Array<[string, number[]]> = [];
    for await (const [k, v] of read('p:')) pending.push([k.slice(2), parse(k, v)]);
    const restored = new StoryLayer(clusterer.finish(), origins.finish(slots, pending), texts, true);
    for (const r of sketches) restored.indexReport(r);
    for (const [a, b] of relatives) restored.relate(a, b);
    const saved: Array<{ seq: number; story: LayerStory }> = [];
    for await (const [k, v] of read('s:')) saved.push(parse(k, v));
    saved.sort((x, y) => x.seq - y.seq);
    for (const { seq, story } of saved) restored.putStory(story, seq);
    for await (const [k, v] of read('a:')) restored.adopt(k.slice(2), v);
    for (const [doc, cluster] of restored.clusterer.assignments()) restored.clusterOfDoc.set(restored.own(doc), share(cluster));
    restored.clusterer.takeMoves();
    restored.nextFresh = header.nextFresh;
    restored.dirtyAdopted = new Set();
    restored.saved = header;
    return restored;
  }

  toJSON(): StoryLayerState {
    return {
      version: 1,
      clusterer: this.clusterer.toJSON(),
      origins: this.origins.toJSON(),
      reports: [...this.sketches.values()],
      stories: [...this.stories.values()],
      relatives: [...this.relatives].map(([id, rel]) => [id, [...rel].sort()]),
      adopted: [...this.adopted],
      nextFresh: this.nextFresh,
    };
  }

  private adopt(doc: string, rel: string): void {
    if (this.track) this.dirtyAdopted.add(doc);
    this.adopted.set(doc, rel);
    let s = this.adoptedBy.get(rel);
    if (!s) this.adoptedBy.set(rel, (s = new Set()));
    s.add(doc);
  }

  private unadopt(doc: string): void {
    const rel = this.adopted.get(doc);
    if (rel === undefined) return;
    if (this.track) this.dirtyAdopted.add(doc);
    this.adopted.delete(doc);
    const s = this.adoptedBy.get(rel);
    s?.delete(doc);
    if (s?.size === 0) this.adoptedBy.delete(rel);
  }

  private relate(a: string, b: string): void {
    for (const [x, y] of [[a, b], [b, a]] as const) {
      const s = this.relatives.get(x) ?? new Set<string>();
      s.add(y);
      this.relatives.set(x, s);
    }
  }

  private keysOf(placeKey: string, first: number | undefined, last: number | undefined): string[] {
    if (first === undefined) return [];
    const end = Math.min(last ?? first, first + MAX_LINK_SPAN);
    const out: string[] = [];
    for (let d = first; d <= end; d++) out.push(`${placeKey}|${d}`);
    return out;
  }

  private indexReport(s: ReportSketch): void {
    this.sketches.set(s.id, s);
    for (const inc of s.incidents) {
      const first = inc.first ?? s.pubDay;
      const last = inc.first !== undefined ? inc.last : s.pubDay;
      for (const key of this.keysOf(inc.placeKey, first, last)) {
        const set = this.incidentIndex.get(key) ?? new Set<string>();
        set.add(s.id);
        this.incidentIndex.set(key, set);
      }
    }
  }

  private putStory(st: LayerStory, seq = this.nextStorySeq): void {
    this.stories.set(st.id, st);
    this.storySeq.set(st.id, seq);
    this.nextStorySeq = Math.max(this.nextStorySeq, seq + 1);
    for (const m of st.members) this.storyOfDoc.set(m, st.id);
    this.indexAnchor(st);
  }

  private indexAnchor(st: LayerStory): void {
    if (!st.anchor) return;
    for (const key of this.keysOf(st.anchor.placeKey, st.anchor.first, st.anchor.last)) {
      const set = this.anchorIndex.get(key) ?? new Set<string>();
      set.add(st.id);
      this.anchorIndex.set(key, set);
    }
  }

  private unindexAnchor(st: LayerStory): void {
    if (!st.anchor) return;
    for (const key of this.keysOf(st.anchor.placeKey, st.anchor.first, st.anchor.last)) this.anchorIndex.get(key)?.delete(st.id);
  }

  /** Recomputes a story's anchor from its members and re-indexes it. */
  private refreshAnchor(st: LayerStory): void {
    this.unindexAnchor(st);
    delete st.anchor;
    delete st.eventType;
    const mains = st.members.flatMap((m) => {
      const s = this.sketches.get(m);
      const main = s?.primary === undefined ? undefined : s.incidents[s.primary];
      return main ? [main] : [];
    });
    const seed = mains[0];
    if (!seed) return;
    st.anchor = this.anchorOf(st.members, seed);
    st.eventType = seed.eventType;
    this.indexAnchor(st);
  }

  /** An existing story anchored on the same incident: same place, days that fit, same kind of event. */
  private joinable(anchor: StoryAnchor, eventType: string | undefined): string | undefined {
    if (anchor.first === undefined) return undefined;
    const ids = new Set<string>();
    for (const key of this.keysOf(anchor.placeKey, anchor.first, anchor.last)) for (const id of this.anchorIndex.get(key) ?? []) ids.add(id);
    return [...ids]
      .filter((id) => {
        const st = this.stories.get(id);
        return st?.anchor && st.members.length > 0 && st.eventType === eventType && sameAt(st.anchor, anchor) && daysFit(st.anchor, anchor, 0);
      })
      .sort((a, b) => this.stories.get(b)!.members.length - this.stories.get(a)!.members.length || a.localeCompare(b))[0];
  }

  /** The id of a new part: the former story of most of its reports when free, else a new one. */
  private idFor(part: { docs: string[]; anchor?: StoryAnchor }, cluster: string, formerly: ReadonlyMap<string, string>, reused: ReadonlySet<string>): string {
    const votes = new Map<string, number>();
    for (const d of part.docs) {
      const sid = formerly.get(d);
      if (sid !== undefined) votes.set(sid, (votes.get(sid) ?? 0) + 1);
    }
    const free = (id: string) => !reused.has(id) && (this.stories.get(id)?.members.length ?? 0) === 0;
    const best = [...votes.entries()].filter(([id]) => free(id)).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
    if (best) return best[0];
    for (const base of [cluster, part.anchor ? `${cluster}~${slug(part.anchor.placeKey)}` : `${cluster}~${this.nextFresh}`]) {
      if (!this.stories.has(base) && !reused.has(base)) return base;
    }
    let id: string;
    do id = `${cluster}~${this.nextFresh++}`;
    while (this.stories.has(id) || reused.has(id));
    return id;
  }

  /** Splits one clusterer story's reports by the place (and near-publication days) of their main incidents. */
  private split(members: readonly string[]): Array<{ docs: string[]; anchor?: StoryAnchor; eventType?: string }> {
    const ordered = [...members].sort((a, b) => this.orderOf(a) - this.orderOf(b));
    const parts: Array<{ seed: IncidentSketch; docs: string[] }> = [];
    const floating: string[] = [];
    for (const doc of ordered) {
      const s = this.sketches.get(doc);
      const main = s?.primary === undefined ? undefined : s.incidents[s.primary];
      if (!main) {
        floating.push(doc);
        continue;
      }
      const part = parts.find((p) => sameAt(p.seed, main) && daysFit(p.seed, main));
      if (part) part.docs.push(doc);
      else parts.push({ seed: main, docs: [doc] });
    }
    if (parts.length === 0) return [{ docs: ordered }];
    let largest = 0;
    parts.forEach((p, i) => {
      if (p.docs.length > parts[largest]!.docs.length) largest = i;
    });
    parts[largest]!.docs.push(...floating);
    // The largest part first, so it is the one that keeps the clusterer's id.
    const inOrder = [parts[largest]!, ...parts.filter((_, i) => i !== largest)];
    return inOrder.map((p) => {
      const docs = p.docs.sort((a, b) => this.orderOf(a) - this.orderOf(b));
      return { docs, anchor: this.anchorOf(docs, p.seed), eventType: p.seed.eventType };
    });
  }

  /** A story's anchor: its place, and the days its members date the incident to (else their publication days). */
  private anchorOf(docs: readonly string[], seed: IncidentSketch): StoryAnchor {
    let first: number | undefined;
    let last: number | undefined;
    const pubs: number[] = [];
    for (const doc of docs) {
      const s = this.sketches.get(doc)!;
      if (s.pubDay !== undefined) pubs.push(s.pubDay);
      const main = s.primary === undefined ? undefined : s.incidents[s.primary];
      if (main?.first === undefined || !sameAt(main, seed)) continue;
      first = first === undefined ? main.first : Math.min(first, main.first);
      last = last === undefined ? main.last ?? main.first : Math.max(last, main.last ?? main.first);
    }
    if (first === undefined && pubs.length) {
      // Undated incidents: the event is on or shortly before the day its reports came out.
      first = Math.min(...pubs) - 1;
      last = Math.max(...pubs);
    }
    return { placeKey: seed.placeKey, place: seed.place, ...(seed.geo ? { geo: seed.geo } : {}), ...(first !== undefined ? { first, last: last ?? first } : {}) };
  }
}
