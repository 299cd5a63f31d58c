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
 * Cost: finding the clusterer stories a batch changed reads every report's assignment once per
 * batch (O(n) per batch, in memory); everything else is bounded by the stories touched.
 */
import { CorroborateError } from '../../core/errors.js';
import type { GeoPlace } from '../../analyze/places/geo-place.js';
import type { CleanDocument } from '../../model/document.js';
import type { ReportFacts } from '../align/facet-types.js';
import { samePlace } from '../align/place-key.js';
import { createStoryClusterer, restoreStoryClusterer, type StoryClusterer, type StoryClustererOptions, type StoryClustererState } from '../cluster/story-clusterer.js';
import { createOriginIndex, originIndexFromJSON, type OriginIndex, type OriginIndexOptions, type OriginIndexState, type OriginLink } from '../origins/index.js';
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

/** Options of the layer's parts. */
export interface StoryLayerOptions {
  clusterer?: StoryClustererOptions;
  origins?: OriginIndexOptions;
}

const DAY = 86_400_000;
/** Days either side of a story's days within which another report's incident there is the same incident. */
const LINK_TOLERANCE = 1;
/** Longest span of days the link index is read over for one story. */
const MAX_LINK_SPAN = 14;

function dayNumberOf(iso: string | undefined): number | undefined {
  if (!iso || !/^\d{4}-\d{2}-\d{2}/.test(iso)) return undefined;
  return Math.floor(Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / DAY);
}

function geoLite(g: GeoPlace | undefined): GeoLite | undefined {
  if (!g) return undefined;
  return { lat: g.lat, lon: g.lon, country: g.country, precision: g.precision, ...(g.admin1 ? { admin1: g.admin1 } : {}), ...(g.geonameId !== undefined ? { geonameId: g.geonameId } : {}), name: g.name };
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
        id: i.incidentId,
        placeKey: i.placeKey,
        place: i.place,
        ...(g ? { geo: g } : {}),
        ...(near && i.days ? { first: dayNumberOf(i.days.first)!, last: dayNumberOf(i.days.last)! } : {}),
        eventType: i.eventType,
      };
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
  /** `placeKey|day` → reports with an incident there that day (or published that day, when undated). */
  private readonly incidentIndex = new Map<string, Set<string>>();
  /** `placeKey|day` → stories anchored there. */
  private readonly anchorIndex = new Map<string, Set<string>>();
  private nextFresh = 1;

  private constructor(
    private readonly clusterer: StoryClusterer,
    readonly origins: OriginIndex,
  ) {}

  /** An empty layer. */
  static create(opts: StoryLayerOptions = {}): StoryLayer {
    return new StoryLayer(createStoryClusterer(opts.clusterer ?? {}), createOriginIndex(opts.origins ?? {}));
  }

  /** Restores a saved layer; throws CRB_ERR_CORPUS_STATE when the state is malformed. */
  static fromJSON(state: unknown): StoryLayer {
    const s = state as Partial<StoryLayerState> | null;
    if (!s || typeof s !== 'object' || s.version !== 1 || !Array.isArray(s.reports) || !Array.isArray(s.stories) || !Array.isArray(s.relatives) || !Array.isArray(s.adopted) || !s.clusterer || !s.origins) {
      throw new CorroborateError('CRB_ERR_CORPUS_STATE', 'story layer state is malformed or of an unknown version');
    }
    const layer = new StoryLayer(restoreStoryClusterer(s.clusterer), originIndexFromJSON(s.origins));
    for (const r of s.reports) layer.indexReport(r);
    for (const [id, rel] of s.relatives) layer.relatives.set(id, new Set(rel));
    for (const [id, rel] of s.adopted) layer.adopted.set(id, rel);
    for (const st of s.stories) layer.putStory(st);
    for (const [doc, cluster] of layer.clusterer.assignments()) layer.clusterOfDoc.set(doc, cluster);
    layer.nextFresh = s.nextFresh ?? 1;
    return layer;
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
   * Adds analysed reports with their facts (in the same order). Reports already in the layer are
   * skipped. Returns the stories to rebuild.
   */
  add(docs: readonly CleanDocument[], facts: readonly ReportFacts[]): LayerChange {
    const links: OriginLink[] = [];
    const fresh: ReportSketch[] = [];
    docs.forEach((doc, i) => {
      if (this.sketches.has(doc.id)) return;
      const f = facts[i]!;
      const sketch = sketchOf(doc, f, this.sketches.size);
      this.indexReport(sketch);
      fresh.push(sketch);
      this.clusterer.add(clusterDocumentOf(doc, f));
      for (const l of this.origins.add(doc)) {
        links.push(l);
        if (l.relation === 'relays-statement' || l.derivedFrom.startsWith('external:')) continue;
        this.relate(l.docId, l.derivedFrom);
      }
    });
    if (fresh.length === 0) return { changed: [], removed: [], links };

    // Clusterer stories that changed: those of new reports and of reports that moved, and those
    // of reports whose copies or originals just arrived.
    const touched = new Set<string>();
    const now = this.clusterer.assignments();
    for (const [doc, cluster] of now) {
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
    const byCluster = new Map<string, string[]>();
    for (const [doc, cluster] of now) if (touched.has(cluster)) byCluster.set(cluster, [...(byCluster.get(cluster) ?? []), doc]);

    // A lone report with no incident of its own that copies or translates another goes with it.
    for (const [cluster, docs] of byCluster) {
      for (const d of docs) {
        const r = this.adopted.get(d);
        if (r === undefined) continue;
        this.adopted.delete(d);
        const c = this.clusterOfDoc.get(r);
        if (c) touched.add(c);
      }
      const doc = docs.length === 1 ? docs[0]! : undefined;
      if (doc === undefined || this.sketches.get(doc)?.primary !== undefined) continue;
      const rel = [...(this.relatives.get(doc) ?? [])].sort((a, b) => this.orderOf(a) - this.orderOf(b)).find((r) => this.clusterOfDoc.has(r) && this.clusterOfDoc.get(r) !== cluster);
      if (rel === undefined) continue;
      this.adopted.set(doc, rel);
      touched.add(this.clusterOfDoc.get(rel)!);
    }
    const membersOf = new Map<string, string[]>();
    for (const c of touched) membersOf.set(c, []);
    for (const [doc, cluster] of now) if (!this.adopted.has(doc)) membersOf.get(cluster)?.push(doc);
    for (const [doc, rel] of this.adopted) {
      const c = this.clusterOfDoc.get(rel);
      if (c !== undefined) membersOf.get(c)?.push(doc);
    }

    // Take the affected reports out of their stories, then place each clusterer story's parts.
    const affected = new Set([...membersOf.values()].flat());
    for (const [doc, cluster] of now) if (touched.has(cluster)) affected.add(doc);
    const changed = new Set<string>();
    const formerly = new Map<string, string>();
    for (const doc of affected) {
      const sid = this.storyOfDoc.get(doc);
      if (sid === undefined) continue;
      formerly.set(doc, sid);
      changed.add(sid);
    }
    for (const sid of changed) {
      const st = this.stories.get(sid);
      if (!st) continue;
      this.unindexAnchor(st);
      st.members = st.members.filter((m) => !affected.has(m));
      for (const m of affected) if (this.storyOfDoc.get(m) === sid) this.storyOfDoc.delete(m);
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
        removed.push(sid);
      } else if (!reused.has(sid)) this.refreshAnchor(st);
    }
    for (const sid of removed) changed.delete(sid);

    // Stories a new report now links to.
    for (const s of fresh) {
      for (const inc of s.incidents) {
        for (const key of this.keysOf(inc.placeKey, inc.first ?? s.pubDay, inc.last ?? inc.first ?? s.pubDay)) {
          for (const id of this.anchorIndex.get(key) ?? []) if (this.stories.has(id)) changed.add(id);
        }
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

  /** Arrival order of a report. */
  orderOf(docId: string): number {
    return this.sketches.get(docId)?.order ?? Number.MAX_SAFE_INTEGER;
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

  private putStory(st: LayerStory): void {
    this.stories.set(st.id, st);
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
