/**
 * What the API answers, as the dashboard reads it (see docs/api.md and /openapi.json). The
 * reading stages' `data` is typed loosely on purpose: stages grow fields, and the dashboard shows
 * what it knows and ignores the rest rather than breaking on a new one.
 */

/** Half-open `[start, end)` in UTF-16 code units of the cleaned text. */
export type Range = readonly [number, number];

export interface ReportSummary {
  id: string;
  headline?: string;
  outlet?: string;
  published?: string;
  language?: string;
  location: string;
  url?: string;
  chars: number;
  removedCount: number;
  /** The report's own findings (listings; read from the report when a server does not send it). */
  findingCount?: number;
  /** Cross-report findings on the report now (listings). */
  crossFindingCount?: number;
}

export interface ReportPage {
  items: ReportSummary[];
  total: number;
  limit: number;
  offset: number;
  next: string | null;
}

export interface SearchHit extends ReportSummary {
  snippet: string;
  score: number;
}

export interface SearchResult {
  query: string;
  items: SearchHit[];
}

export interface Health {
  status: 'ok';
  version: string;
  reports: number;
  readOnly: boolean;
}

export interface Evidence {
  docId: string;
  range: Range;
  quote: string;
}

export interface Finding {
  ruleId: string;
  messageId: string;
  message: string;
  severity: 'info' | 'warning' | 'error';
  docId: string;
  evidence: Evidence[];
  related?: Evidence[];
  data?: Record<string, unknown>;
}

export interface MetaValue {
  value: string;
  from: string;
  range?: Range;
}

export interface ReportMeta {
  headline?: MetaValue;
  outlet?: MetaValue;
  author?: MetaValue;
  published?: { value: string; precision: string; from: string; quote?: string };
  creditedOrigin?: { name: string; cue: string; range?: Range; quote: string };
  canonicalUrl?: string;
  language?: string;
}

export interface Removal {
  range: Range;
  at: number;
  reason: string;
  detail: string;
  text: string;
}

export interface Paragraph {
  range: Range;
  lang: string;
  confidence: number;
  foreign: Array<{ range: Range; lang: string; confidence: number }>;
}

export interface Source {
  kind: string;
  location: string;
  line?: number;
  url?: string;
  recordId?: string;
  fetchedAt: string;
  contentType?: string;
  charset?: { name: string; from: string };
}

/** A stored report, whole. */
export interface Report {
  id: string;
  source: Source;
  format: 'html' | 'text';
  given: Record<string, string>;
  raw: string;
  extracted: string;
  text: string;
  meta: ReportMeta;
  removed: Removal[];
  paragraphs: Paragraph[];
  data: Record<string, unknown>;
  findings: Finding[];
}

export interface IngestFailure {
  input: string;
  line?: number;
  code: string;
  message: string;
}

export interface IngestResult {
  ids: string[];
  stored: string[];
  existing: string[];
  failures: IngestFailure[];
  run: number;
}

/** The API's one error shape. */
export interface ApiErrorBody {
  error: { code: string; message: string; details?: Array<{ in: string; path: string; message: string }> };
  failures?: IngestFailure[];
}

// ——— stories (the cross-report layer; see docs/corroboration.md) ———

/** A facet's status: see docs/corroboration.md. */
export type FacetStatus = 'corroborated' | 'single-source' | 'contradicted' | 'denied';

/** The kinds of facet, in the order the story view lists them. */
export type FacetKind = 'date' | 'place' | 'count' | 'casualties' | 'damage' | 'attribution' | 'statement';

export interface GeoPlace {
  name: string;
  country: string;
  admin1?: string;
  lat: number;
  lon: number;
  population?: number;
  geonameId?: number;
  precision: 1 | 2 | 3;
}

export interface StoryCounts {
  reports: number;
  members: number;
  linked: number;
  independentOrigins: number;
  facets: number;
  corroborated: number;
  singleSource: number;
  contradicted: number;
  denied: number;
}

export interface StoryConflict {
  facet: string;
  label: string;
  status: FacetStatus;
  /** The values side by side, the agreed or latest one first. */
  values: string[];
}

export interface StorySummary {
  id: string;
  title: string;
  label: string;
  timeSpan?: { start: string; end: string };
  published?: { first: string; last: string };
  places: Array<{ name: string; geo?: GeoPlace }>;
  counts: StoryCounts;
  worst: StoryConflict[];
}

export interface StoryPage {
  items: StorySummary[];
  total: number;
  limit: number;
  offset: number;
  next: string | null;
}

export interface GroupReport {
  docId: string;
  display: string;
  origin: string;
  published?: string;
  outlet?: string;
  source?: string;
  weak?: boolean;
  evidence: Evidence[];
}

export type GroupRole = 'current' | 'earlier' | 'conflicting' | 'compatible' | 'weak' | 'denial' | 'reference';

export interface ValueGroup {
  display: string;
  value: Record<string, unknown>;
  role: GroupRole;
  origins: number;
  reports: GroupReport[];
  firstCarrier: string;
  firstPublished?: string;
  fromFacet?: string;
}

export interface TimelineEntry {
  published?: string;
  docId: string;
  display: string;
  change: 'first' | 'rise' | 'repeat' | 'conflict';
}

export interface FacetVerdict {
  key: string;
  kind: FacetKind;
  label: string;
  place: string;
  status: FacetStatus;
  updated: boolean;
  value?: string;
  groups: ValueGroup[];
  timeline: TimelineEntry[];
  origins: number;
  reports: number;
  note?: string;
}

export interface StoryReportEntry {
  docId: string;
  headline?: string;
  outlet?: string;
  published?: string;
  language?: string;
  role: 'member' | 'linked';
  origin: string;
  independent: boolean;
  derivedFrom?: { docId: string; relation: string };
  firstCarried: string[];
  claims: number;
  incidentIds: string[];
}

export interface StoryPlace {
  name: string;
  key: string;
  geo?: GeoPlace;
  sites: string[];
  reports: number;
}

/** A story whole, as `GET /api/stories/:id` answers it. */
export interface Story extends StorySummary {
  places: StoryPlace[];
  keyActors: Array<{ name: string; kind: 'person' | 'institution' | 'party'; origins: number }>;
  incidents: Array<{ place: string; eventType: string; subEventType?: string; date?: string; reports: number }>;
  facets: FacetVerdict[];
  reports: StoryReportEntry[];
  findings: Finding[];
}

/** `GET /api/reports/:id/stories`: a report's stories and the cross-report findings on it. */
export interface ReportStories {
  id: string;
  stories: Array<StorySummary & { role: 'member' | 'linked' }>;
  findings: Finding[];
  reports: Array<{ docId: string; headline?: string; outlet?: string; published?: string }>;
  /** The report's profile with these findings counted in (over its own findings, then these). */
  profile?: unknown;
}

/** What `GET /api/events` says on connecting. */
export interface StoreSnapshot {
  reports: number;
  runs: number;
  stories: number;
  revision: number;
}
