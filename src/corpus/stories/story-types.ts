/**
 * A story as the cross-report layer gives it: what happened where and when, which reports tell
 * of it (and which merely copy one another), and for every facet whether independent origins
 * agree, only one says it, they conflict, or a party denies it.
 */
import type { GeoPlace } from '../../analyze/places/geo-place.js';
import type { Finding } from '../../model/finding.js';
import type { OriginRelation } from '../origins/origin-types.js';
import type { FacetStatus, FacetVerdict } from '../corroborate/verdict-types.js';

/** One report's place in a story. */
export interface StoryReportEntry {
  docId: string;
  headline?: string;
  outlet?: string;
  published?: string;
  language?: string;
  /** `member`: the story is what the report is about; `linked`: the report also tells of the story's incident. */
  role: 'member' | 'linked';
  /** The report's origin group: its own id when independent. */
  origin: string;
  independent: boolean;
  /** What the report derives from, when it is a copy, translation or relay. */
  derivedFrom?: { docId: string; relation: OriginRelation };
  /** Facets where this report carried a value first. */
  firstCarried: string[];
  /** Facet claims the report brings to the story. */
  claims: number;
  /** The report's incidents that are the story's (`i1`, …). */
  incidentIds: string[];
}

/** A place of the story, with coordinates when the gazetteer knows it. */
export interface StoryPlace {
  name: string;
  key: string;
  geo?: GeoPlace;
  sites: string[];
  /** Reports placing an incident of the story there. */
  reports: number;
}

/** A person, institution or party the story's reports bring up. */
export interface StoryActor {
  name: string;
  kind: 'person' | 'institution' | 'party';
  /** Independent origins that name them. */
  origins: number;
}

/** The incident the story is about, as its reports give it. */
export interface StoryIncident {
  place: string;
  eventType: string;
  subEventType?: string;
  /** The consensus date (ISO day), when reports date it. */
  date?: string;
  reports: number;
}

/** The worst conflicts of a story, for listings. */
export interface StoryConflict {
  facet: string;
  label: string;
  status: FacetStatus;
  /** The values side by side, the agreed or latest one first. */
  values: string[];
}

/** Counts of a story. */
export interface StoryCounts {
  /** Reports of the story (members and linked). */
  reports: number;
  members: number;
  linked: number;
  /** Origin groups among the reports: copies count once. */
  independentOrigins: number;
  facets: number;
  corroborated: number;
  singleSource: number;
  contradicted: number;
  denied: number;
}

/** A whole story record. */
export interface StoryRecord {
  id: string;
  title: string;
  /** "drone-strike · Velmorsk · 2026-03-14". */
  label: string;
  /** When the incident happened, as the reports agree. */
  timeSpan?: { start: string; end: string };
  /** When its reports came out (dated ones). */
  published?: { first: string; last: string };
  places: StoryPlace[];
  keyActors: StoryActor[];
  incidents: StoryIncident[];
  facets: FacetVerdict[];
  /** By what they add: first carriers and independent reports first, copies last. */
  reports: StoryReportEntry[];
  counts: StoryCounts;
  worst: StoryConflict[];
  /** Cross-report findings (contradicted-claim, single-source-claim, copied-content, date-conflict). */
  findings: Finding[];
}

/** A story as listings show it. */
export interface StorySummary {
  id: string;
  title: string;
  label: string;
  timeSpan?: { start: string; end: string };
  published?: { first: string; last: string };
  places: Array<Pick<StoryPlace, 'name' | 'geo'>>;
  counts: StoryCounts;
  worst: StoryConflict[];
}

/** The listing form of a record. */
export function summaryOf(r: StoryRecord): StorySummary {
  return {
    id: r.id,
    title: r.title,
    label: r.label,
    ...(r.timeSpan ? { timeSpan: r.timeSpan } : {}),
    ...(r.published ? { published: r.published } : {}),
    places: r.places.map((p) => ({ name: p.name, ...(p.geo ? { geo: p.geo } : {}) })),
    counts: r.counts,
    worst: r.worst,
  };
}
