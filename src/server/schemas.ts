/**
 * JSON Schemas (2020-12, the dialect of OpenAPI 3.1) of the API: request parts are validated with
 * them at the edge, and the OpenAPI document is built from the very same objects, so the two
 * cannot drift. Response schemas are checked against real responses by the server's tests.
 */
import { ERRORS } from '../core/errors.js';

export type JsonSchema = { readonly [key: string]: unknown };

const ref = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });
const str: JsonSchema = { type: 'string' };
const int: JsonSchema = { type: 'integer' };
const errorCodes = Object.keys(ERRORS);

/** A report id, or an unambiguous prefix of at least 6 hex characters. */
export const ID_PATTERN = '^[0-9a-fA-F]{6,64}$';

// ——— requests ———

export const reportIdParams: JsonSchema = {
  type: 'object',
  properties: { id: { type: 'string', pattern: ID_PATTERN, description: 'Report id (16 hex characters) or a prefix of at least 6.' } },
  required: ['id'],
  additionalProperties: false,
};

/** Largest page the list answers; a client wanting more pages on. */
export const MAX_PAGE = 500;

export const listQuery: JsonSchema = {
  type: 'object',
  properties: {
    limit: { type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 50, description: 'Reports per page.' },
    offset: { type: 'integer', minimum: 0, maximum: 1_000_000_000, default: 0, description: 'Reports to skip.' },
  },
  additionalProperties: false,
};

export const searchQuery: JsonSchema = {
  type: 'object',
  properties: {
    q: { type: 'string', minLength: 1, maxLength: 500, description: 'Words to look for; `"a phrase"` in double quotes stays a phrase.' },
    limit: { type: 'integer', minimum: 1, maximum: 100, default: 20 },
  },
  required: ['q'],
  additionalProperties: false,
};

/** A story id: the clusterer's `story-<n>`, with `~<place>` for a story split off by place. */
export const STORY_ID_PATTERN = '^[A-Za-z0-9][A-Za-z0-9~._-]{0,199}$';

export const storyIdParams: JsonSchema = {
  type: 'object',
  properties: { id: { type: 'string', pattern: STORY_ID_PATTERN, description: 'Story id, as `GET /api/stories` lists it (`story-4`, `story-1~tolvany`).' } },
  required: ['id'],
  additionalProperties: false,
};

export const storyListQuery: JsonSchema = {
  type: 'object',
  properties: {
    limit: { type: 'integer', minimum: 1, maximum: MAX_PAGE, default: 50, description: 'Stories per page.' },
    offset: { type: 'integer', minimum: 0, maximum: 1_000_000_000, default: 0, description: 'Stories to skip.' },
  },
  additionalProperties: false,
};

export const storyMapQuery: JsonSchema = {
  type: 'object',
  properties: {
    width: { type: 'integer', minimum: 160, maximum: 2000, default: 640, description: 'Width of the map in pixels.' },
    height: { type: 'integer', minimum: 120, maximum: 2000, default: 400, description: 'Height of the map in pixels.' },
  },
  additionalProperties: false,
};

const metaString = (description: string): JsonSchema => ({ type: 'string', maxLength: 4096, description });

/** A report posted as JSON: the fields of one JSONL line. */
export const ingestRecordBody: JsonSchema = {
  type: 'object',
  description: 'A report given inline, with the fields of a JSONL line. When both `html` and `text` are given, `html` is read.',
  properties: {
    text: { type: 'string', description: 'The report as plain text.' },
    html: { type: 'string', description: 'The report as an HTML page or fragment.' },
    id: metaString('The caller\'s own id for the record (kept as `source.recordId`).'),
    title: metaString('Headline.'),
    url: metaString('Where the report was published.'),
    published: metaString('Publication date or instant, ISO 8601 preferred.'),
    outlet: metaString('Publishing outlet.'),
    author: metaString('Byline.'),
  },
  anyOf: [{ required: ['text'] }, { required: ['html'] }],
  additionalProperties: false,
};

/** A page or feed for the server to fetch. */
export const ingestUrlBody: JsonSchema = {
  type: 'object',
  description: 'A page or RSS/Atom feed for the server to fetch. Private, loopback and link-local addresses are refused.',
  properties: { url: { type: 'string', pattern: '^[Hh][Tt][Tt][Pp][Ss]?://', maxLength: 4096, description: 'An http(s) URL.' } },
  required: ['url'],
  additionalProperties: false,
};

export const ingestMultipartBody: JsonSchema = {
  type: 'object',
  properties: {
    file: {
      type: 'array',
      items: { type: 'string', contentMediaType: 'application/octet-stream' },
      description: 'One or more files (`file` repeated): .txt, .html, .jsonl, .warc, .warc.gz, .rss, .atom, .xml, or .gz of these.',
    },
  },
  required: ['file'],
};

// ——— responses ———

const range: JsonSchema = {
  type: 'array',
  description: 'Half-open `[start, end)` in UTF-16 code units of the cleaned text.',
  prefixItems: [int, int],
  minItems: 2,
  maxItems: 2,
};

const summaryProperties = {
  id: str,
  headline: str,
  outlet: str,
  published: str,
  language: str,
  location: { type: 'string', description: 'The input it was read from (path, URL, upload name).' },
  url: str,
  chars: { type: 'integer', description: 'Length of the cleaned text.' },
  removedCount: { type: 'integer', description: 'How many cuts cleaning made.' },
} as const;

const summaryRequired = ['id', 'location', 'chars', 'removedCount'];

const issue: JsonSchema = {
  type: 'object',
  properties: { in: { enum: ['path', 'query', 'body'] }, path: str, message: str },
  required: ['in', 'path', 'message'],
  additionalProperties: false,
};

const failure: JsonSchema = {
  type: 'object',
  properties: { input: str, line: int, code: { enum: errorCodes }, message: str },
  required: ['input', 'code', 'message'],
  additionalProperties: false,
};

const num: JsonSchema = { type: 'number' };
const strList: JsonSchema = { type: 'array', items: str };
const statusEnum: JsonSchema = { enum: ['corroborated', 'single-source', 'contradicted', 'denied'], description: 'corroborated: two or more independent origins agree; single-source: one origin (copies count once); contradicted: values conflict and no update explains it; denied: a party denies it.' };
const facetKind: JsonSchema = { enum: ['date', 'place', 'count', 'casualties', 'damage', 'attribution', 'statement'] };
const timeSpan: JsonSchema = { type: 'object', properties: { start: str, end: str }, required: ['start', 'end'], additionalProperties: false };
const publishedSpan: JsonSchema = { type: 'object', properties: { first: str, last: str }, required: ['first', 'last'], additionalProperties: false };
const geoPlace: JsonSchema = {
  type: 'object',
  description: 'A place resolved against the offline gazetteer; `precision` is ACLED\'s geo-precision (1 town, 2 near a town or part of a region, 3 region or country).',
  properties: { name: str, country: str, admin1: str, lat: num, lon: num, population: int, geonameId: int, precision: { enum: [1, 2, 3] } },
  required: ['name', 'country', 'lat', 'lon', 'precision'],
  additionalProperties: false,
};

const storySummaryProperties = {
  id: str,
  title: str,
  label: str,
  timeSpan,
  published: publishedSpan,
  places: {
    type: 'array',
    items: { type: 'object', properties: { name: str, geo: ref('GeoPlace') }, required: ['name'], additionalProperties: false },
  },
  counts: ref('StoryCounts'),
  worst: { type: 'array', items: ref('StoryConflict') },
} as const;

const storySummaryRequired = ['id', 'title', 'label', 'places', 'counts', 'worst'];

/** Schemas of the cross-report layer (stories, facets, verdicts). */
const STORY_COMPONENTS: Readonly<Record<string, JsonSchema>> = {
  GeoPlace: geoPlace,
  FacetValue: {
    type: 'object',
    description: 'A value as one report states it: `number` (value, low, high, approx), `days` (first, last, text, interval, resolution), `label` (key, label) or `attribution` (party, stance, by, hedged).',
    properties: {
      type: { enum: ['number', 'days', 'label', 'attribution'] },
      value: num,
      low: num,
      high: num,
      approx: { enum: ['exact', 'more-than', 'less-than', 'about', 'at-least', 'up-to', 'range', 'vague'] },
      first: str,
      last: str,
      text: str,
      interval: timeSpan,
      resolution: { enum: ['resolved', 'inferred', 'unresolved'] },
      key: str,
      label: str,
      party: str,
      stance: { enum: ['claimed', 'blamed', 'denied'] },
      by: str,
      hedged: { type: 'boolean' },
    },
    required: ['type'],
    additionalProperties: false,
  },
  GroupReport: {
    type: 'object',
    properties: {
      docId: str,
      display: { type: 'string', description: 'The value as this report states it.' },
      origin: { type: 'string', description: 'The report\'s origin group: its own id when independent.' },
      published: str,
      outlet: str,
      source: { type: 'string', description: 'Whose figure or statement it is, as the report names them.' },
      weak: { type: 'boolean', description: 'A weak reading (an inferred date, one person described for a toll): shown, never the basis of a conflict.' },
      evidence: { type: 'array', items: ref('Evidence') },
    },
    required: ['docId', 'display', 'origin', 'evidence'],
    additionalProperties: false,
  },
  ValueGroup: {
    type: 'object',
    description: 'Reports agreeing on one value, side by side with the other groups of the facet.',
    properties: {
      display: str,
      value: ref('FacetValue'),
      role: { enum: ['current', 'earlier', 'conflicting', 'compatible', 'weak', 'denial', 'reference'] },
      origins: { type: 'integer', description: 'Independent origins among the reports.' },
      reports: { type: 'array', items: ref('GroupReport') },
      firstCarrier: { type: 'string', description: 'The report that carried the value first.' },
      firstPublished: str,
      fromFacet: { type: 'string', description: 'For `reference` groups: the facet the values come from.' },
    },
    required: ['display', 'value', 'role', 'origins', 'reports', 'firstCarrier'],
    additionalProperties: false,
  },
  TimelineEntry: {
    type: 'object',
    properties: { published: str, docId: str, display: str, change: { enum: ['first', 'rise', 'repeat', 'conflict'] } },
    required: ['docId', 'display', 'change'],
    additionalProperties: false,
  },
  FacetVerdict: {
    type: 'object',
    description: 'What a story\'s reports say together about one facet.',
    properties: {
      key: { type: 'string', description: 'Normalised facet key: `count:intercepted:drones@velmorsk`, `casualties:killed@velmorsk`, `date@velmorsk`, …' },
      kind: facetKind,
      label: str,
      place: str,
      status: statusEnum,
      updated: { type: 'boolean', description: 'The value rose over time and the rise is read as an update, not a conflict.' },
      value: { type: 'string', description: 'The agreed or latest value.' },
      consensusDay: { type: 'string', description: 'For a date facet: the day (ISO) the independent origins agree on.' },
      groups: { type: 'array', items: ref('ValueGroup') },
      timeline: { type: 'array', items: ref('TimelineEntry') },
      origins: int,
      reports: int,
      note: str,
    },
    required: ['key', 'kind', 'label', 'place', 'status', 'updated', 'groups', 'timeline', 'origins', 'reports'],
    additionalProperties: false,
  },
  StoryReportEntry: {
    type: 'object',
    properties: {
      docId: str,
      headline: str,
      outlet: str,
      published: str,
      language: str,
      role: { enum: ['member', 'linked'], description: 'member: the story is what the report is about; linked: the report also tells of the story\'s incident.' },
      origin: str,
      independent: { type: 'boolean' },
      derivedFrom: {
        type: 'object',
        properties: { docId: str, relation: { enum: ['syndicated-copy', 'near-duplicate', 'rewrite', 'credited-translation', 'credited-source', 'relays-statement'] } },
        required: ['docId', 'relation'],
        additionalProperties: false,
      },
      firstCarried: { ...strList, description: 'Facets where this report carried a value first.' },
      claims: int,
      incidentIds: strList,
    },
    required: ['docId', 'role', 'origin', 'independent', 'firstCarried', 'claims', 'incidentIds'],
    additionalProperties: false,
  },
  StoryPlace: {
    type: 'object',
    properties: { name: str, key: str, geo: ref('GeoPlace'), sites: strList, reports: int },
    required: ['name', 'key', 'sites', 'reports'],
    additionalProperties: false,
  },
  StoryCounts: {
    type: 'object',
    properties: {
      reports: int,
      members: int,
      linked: int,
      independentOrigins: { type: 'integer', description: 'Origin groups among the reports: copies count once.' },
      facets: int,
      corroborated: int,
      singleSource: int,
      contradicted: int,
      denied: int,
    },
    required: ['reports', 'members', 'linked', 'independentOrigins', 'facets', 'corroborated', 'singleSource', 'contradicted', 'denied'],
    additionalProperties: false,
  },
  StoryConflict: {
    type: 'object',
    properties: { facet: str, label: str, status: statusEnum, values: strList },
    required: ['facet', 'label', 'status', 'values'],
    additionalProperties: false,
  },
  StorySummary: {
    type: 'object',
    properties: storySummaryProperties,
    required: storySummaryRequired,
    additionalProperties: false,
  },
  StoryPage: {
    type: 'object',
    properties: {
      items: { type: 'array', items: ref('StorySummary') },
      total: { type: 'integer', description: 'Stories in all.' },
      limit: int,
      offset: int,
      next: { type: ['string', 'null'], description: 'Path of the next page, or null on the last.' },
    },
    required: ['items', 'total', 'limit', 'offset', 'next'],
    additionalProperties: false,
  },
  ReportStories: {
    type: 'object',
    description: 'A report across reports: the stories it is in (with its role in each) and the cross-report findings on it.',
    properties: {
      id: { type: 'string', description: 'The report\'s full id.' },
      stories: {
        type: 'array',
        items: {
          type: 'object',
          properties: { ...storySummaryProperties, role: { enum: ['member', 'linked'], description: 'member: the story is what the report is about; linked: the report also tells of its incident.' } },
          required: [...storySummaryRequired, 'role'],
          additionalProperties: false,
        },
      },
      findings: { type: 'array', items: ref('Finding'), description: 'Evidence in this report; the other reports\' words in `related`.' },
      reports: {
        type: 'array',
        description: 'The other reports the findings point into, with what is known of them.',
        items: { type: 'object', properties: { docId: str, headline: str, outlet: str, published: str }, required: ['docId'], additionalProperties: false },
      },
      profile: {
        type: 'object',
        description: 'The report\'s credibility profile (as stored in `data.profile`) with the cross-report findings counted in: corroboration (contradicted-claim, single-source-claim), originality (copied-content), time consistency (date-conflict).',
      },
    },
    required: ['id', 'stories', 'findings', 'reports'],
    additionalProperties: false,
  },
  StoreSnapshot: {
    type: 'object',
    description: 'What the store holds, as `GET /api/events` says on connecting.',
    properties: { reports: int, runs: int, stories: int, revision: { type: 'integer', description: 'Revision of the story layer (bumped by every save).' } },
    required: ['reports', 'runs', 'stories', 'revision'],
    additionalProperties: false,
  },
  Story: {
    type: 'object',
    description: 'A story whole: the incident, its places and actors, the facet table with verdicts, the reports by what they add, and the cross-report findings.',
    properties: {
      id: str,
      title: str,
      label: str,
      timeSpan,
      published: publishedSpan,
      places: { type: 'array', items: ref('StoryPlace') },
      keyActors: {
        type: 'array',
        items: { type: 'object', properties: { name: str, kind: { enum: ['person', 'institution', 'party'] }, origins: int }, required: ['name', 'kind', 'origins'], additionalProperties: false },
      },
      incidents: {
        type: 'array',
        items: {
          type: 'object',
          properties: { place: str, eventType: str, subEventType: str, date: str, reports: int },
          required: ['place', 'eventType', 'reports'],
          additionalProperties: false,
        },
      },
      facets: { type: 'array', items: ref('FacetVerdict') },
      reports: { type: 'array', items: ref('StoryReportEntry') },
      counts: ref('StoryCounts'),
      worst: { type: 'array', items: ref('StoryConflict') },
      findings: { type: 'array', items: ref('Finding'), description: 'contradicted-claim, single-source-claim, copied-content, date-conflict; other reports\' words in `related`.' },
    },
    required: ['id', 'title', 'label', 'places', 'keyActors', 'incidents', 'facets', 'reports', 'counts', 'worst', 'findings'],
    additionalProperties: false,
  },
};

/** Shared schemas, referenced as `#/components/schemas/<name>`. */
export const COMPONENTS: Readonly<Record<string, JsonSchema>> = {
  ErrorObject: {
    type: 'object',
    properties: {
      code: { enum: errorCodes, description: 'Stable code, listed in docs/errors.md.' },
      message: str,
      details: { type: 'array', items: issue, description: 'Each schema violation, for validation errors.' },
    },
    required: ['code', 'message'],
    additionalProperties: false,
  },
  Error: { type: 'object', properties: { error: ref('ErrorObject') }, required: ['error'], additionalProperties: false },
  IngestFailure: failure,
  ReportSummary: { type: 'object', properties: summaryProperties, required: summaryRequired, additionalProperties: false },
  ReportListItem: {
    type: 'object',
    description: 'A report summary with its finding counts.',
    properties: {
      ...summaryProperties,
      findingCount: { type: 'integer', description: 'Findings of the report itself (reading stages and credibility signals).' },
      crossFindingCount: { type: 'integer', description: 'Cross-report findings on it now; these change as its stories grow.' },
    },
    required: [...summaryRequired, 'findingCount', 'crossFindingCount'],
    additionalProperties: false,
  },
  SearchHit: {
    type: 'object',
    properties: {
      ...summaryProperties,
      snippet: { type: 'string', description: 'Best-matching passage, matches wrapped in `[` `]`.' },
      score: { type: 'number', description: 'Higher is better.' },
    },
    required: [...summaryRequired, 'snippet', 'score'],
    additionalProperties: false,
  },
  ReportPage: {
    type: 'object',
    properties: {
      items: { type: 'array', items: ref('ReportListItem') },
      total: { type: 'integer', description: 'Reports stored in all.' },
      limit: int,
      offset: int,
      next: { type: ['string', 'null'], description: 'Path of the next page, or null on the last.' },
    },
    required: ['items', 'total', 'limit', 'offset', 'next'],
    additionalProperties: false,
  },
  SearchResult: {
    type: 'object',
    properties: { query: str, items: { type: 'array', items: ref('SearchHit') } },
    required: ['query', 'items'],
    additionalProperties: false,
  },
  IngestResult: {
    type: 'object',
    properties: {
      ids: { type: 'array', items: str, description: 'Reports of the request now in the store (stored by it or before), in input order.' },
      stored: { type: 'array', items: str, description: 'Reports this request stored.' },
      existing: { type: 'array', items: str, description: 'Reports that were stored already (same content).' },
      failures: { type: 'array', items: failure, description: 'Inputs (or records of them) that could not be read or analysed.' },
      run: { type: 'integer', description: 'The run recorded for this request.' },
    },
    required: ['ids', 'stored', 'existing', 'failures', 'run'],
    additionalProperties: false,
  },
  IngestRefused: {
    type: 'object',
    description: 'Nothing in the request could be stored: `error` repeats the first failure.',
    properties: { error: ref('ErrorObject'), failures: { type: 'array', items: failure } },
    required: ['error', 'failures'],
    additionalProperties: false,
  },
  Health: {
    type: 'object',
    properties: { status: { const: 'ok' }, version: str, reports: int, readOnly: { type: 'boolean' } },
    required: ['status', 'version', 'reports', 'readOnly'],
    additionalProperties: false,
  },
  Range: range,
  Evidence: {
    type: 'object',
    properties: { docId: str, range: ref('Range'), quote: { type: 'string', description: 'Exactly the text at `range`.' } },
    required: ['docId', 'range', 'quote'],
  },
  Finding: {
    type: 'object',
    properties: {
      ruleId: str,
      messageId: str,
      message: str,
      severity: { enum: ['info', 'warning', 'error'] },
      docId: str,
      evidence: { type: 'array', items: ref('Evidence') },
      related: { type: 'array', items: ref('Evidence') },
      data: { type: 'object' },
    },
    required: ['ruleId', 'messageId', 'message', 'severity', 'docId', 'evidence'],
  },
  Source: {
    type: 'object',
    properties: {
      kind: { enum: ['file', 'url', 'feed-item', 'warc-record', 'jsonl-line', 'stdin'] },
      location: str,
      line: int,
      url: str,
      recordId: str,
      fetchedAt: str,
      contentType: str,
      charset: { type: 'object', properties: { name: str, from: str }, required: ['name', 'from'] },
    },
    required: ['kind', 'location', 'fetchedAt'],
  },
  MetaValue: {
    type: 'object',
    properties: { value: str, from: { type: 'string', description: 'Where it was read: given, meta-tag, json-ld, byline, …' }, range: ref('Range') },
    required: ['value', 'from'],
  },
  ReportMeta: {
    type: 'object',
    properties: {
      headline: ref('MetaValue'),
      outlet: ref('MetaValue'),
      author: ref('MetaValue'),
      published: {
        type: 'object',
        properties: { value: str, precision: { enum: ['year', 'month', 'day', 'minute', 'second'] }, from: str, quote: str },
        required: ['value', 'precision', 'from'],
      },
      creditedOrigin: {
        type: 'object',
        properties: { name: str, cue: str, range: ref('Range'), quote: str },
        required: ['name', 'cue', 'quote'],
      },
      canonicalUrl: str,
      language: str,
    },
  },
  Removal: {
    type: 'object',
    description: 'A cut: `range` into `extracted`, `at` its place in `text`.',
    properties: { range: ref('Range'), at: int, reason: str, detail: str, text: str },
    required: ['range', 'at', 'reason', 'detail', 'text'],
  },
  Paragraph: {
    type: 'object',
    properties: {
      range: ref('Range'),
      lang: str,
      confidence: { type: 'number' },
      foreign: {
        type: 'array',
        items: { type: 'object', properties: { range: ref('Range'), lang: str, confidence: { type: 'number' } }, required: ['range', 'lang', 'confidence'] },
      },
    },
    required: ['range', 'lang', 'confidence', 'foreign'],
  },
  Report: {
    type: 'object',
    description: 'The whole stored document: input, cleaned text, cuts, paragraphs, reading results (`data`) and findings.',
    properties: {
      id: str,
      source: ref('Source'),
      format: { enum: ['html', 'text'] },
      given: { type: 'object', additionalProperties: str },
      raw: { type: 'string', description: 'The input as decoded (hostile: never render it as HTML).' },
      extracted: str,
      text: { type: 'string', description: 'The cleaned body; every range points into it.' },
      meta: ref('ReportMeta'),
      removed: { type: 'array', items: ref('Removal') },
      paragraphs: { type: 'array', items: ref('Paragraph') },
      data: { type: 'object', description: 'Typed results of the reading stages (entities, times, quotes, numbers, claims, …) by stage key.' },
      findings: { type: 'array', items: ref('Finding') },
    },
    required: ['id', 'source', 'format', 'given', 'raw', 'extracted', 'text', 'meta', 'removed', 'paragraphs', 'data', 'findings'],
  },
  ...STORY_COMPONENTS,
};

/** Reference to a shared schema by name. */
export const schemaRef = ref;
