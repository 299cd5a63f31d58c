/**
 * The route table: each route is one entry here, documented by its schemas. Stories (with their
 * facets, verdicts and cross-report findings) come from the cross-report layer, which
 * `corroborate analyze` and `POST /api/reports` keep up to date.
 */
import type { Context } from 'hono';
import type { Store } from '../store/store.js';
import type { ReportRunner } from '../run/report-runner.js';
import type { StoryUpdater } from '../corpus/stories/story-updater.js';
import type { StoryRecord } from '../corpus/stories/story-types.js';
import { ApiError } from './api-error.js';
import type { EventStreams } from './event-stream.js';
import type { FindingCounter } from './finding-counts.js';
import { readIngestRequest, type IngestRequestOptions } from './ingest-request.js';
import { storeItems } from './ingest-service.js';
import { jsonResponse } from './json-response.js';
import type { OpenApiDocument } from './openapi.js';
import type { ResponseSpec, RouteSpec } from './route-spec.js';
import { reportStories } from './report-stories.js';
import { ingestMultipartBody, ingestRecordBody, ingestUrlBody, listQuery, reportIdParams, schemaRef, searchQuery, storyIdParams, storyListQuery, storyMapQuery } from './schemas.js';
import { findStaticFile, NOT_BUILT_PAGE } from './static-files.js';

/** What the handlers work with. */
export interface RouteDeps {
  store: Store;
  readOnly: boolean;
  version: string;
  /** The dashboard's build folder, when built. */
  staticRoot: string | undefined;
  ingest: IngestRequestOptions;
  /** The pipeline runner, started on first use (loading models takes a moment). */
  runner(): Promise<ReportRunner>;
  /** Keeps the stories up to date as reports are ingested. */
  stories?: StoryUpdater;
  openapi(): OpenApiDocument;
  /** Finding counts for report listings. */
  findingCounts: FindingCounter;
  /** `GET /api/events`. */
  events: EventStreams;
  /** Tells the event streams to look at the store now (this server just wrote to it). */
  changed(): void;
  /** A story's map as SVG. */
  storyMap(story: StoryRecord, size: { width?: number; height?: number }): string;
}

const ERROR_TEXT: Readonly<Record<string, string>> = {
  '400': 'The request does not match the schema (CRB_ERR_API_VALIDATION), with each issue in `details`.',
  '401': 'Missing or wrong bearer token (CRB_ERR_API_UNAUTHORIZED).',
  '403': 'The server is read-only (CRB_ERR_API_READ_ONLY).',
  '404': 'Not found (CRB_ERR_STORE_NOT_FOUND for a report id, CRB_ERR_STORY_NOT_FOUND for a story id).',
  '503': 'Too many event streams are open, or the server is stopping (CRB_ERR_API_UNAVAILABLE).',
  '413': 'The body is over the size limit (CRB_ERR_API_BODY_TOO_LARGE).',
  '415': 'The body is neither JSON nor multipart/form-data (CRB_ERR_API_MEDIA_TYPE).',
  '429': 'Too many ingest requests from this client (CRB_ERR_API_RATE_LIMITED).',
  '500': 'A bug (CRB_ERR_API_INTERNAL).',
};

const retryAfter = { 'Retry-After': { description: 'Seconds to wait before trying again.', schema: { type: 'integer', minimum: 1 } } };
const wwwAuthenticate = { 'WWW-Authenticate': { description: 'Always `Bearer`.', schema: { type: 'string' } } };

/** Documented error responses, all with the one error schema. */
function errors(...statuses: string[]): Record<string, ResponseSpec> {
  const out: Record<string, ResponseSpec> = {};
  for (const s of statuses) {
    out[s] = {
      description: ERROR_TEXT[s] ?? 'Error.',
      schema: schemaRef('Error'),
      ...(s === '429' || s === '503' ? { headers: retryAfter } : s === '401' ? { headers: wwwAuthenticate } : {}),
    };
  }
  return out;
}

const json = (body: unknown, status = 200): Response => jsonResponse(body, status);

/** The full id of a stored report given by id or prefix, or a 404. */
async function storedId(store: Store, idOrPrefix: string): Promise<string> {
  const id = idOrPrefix.toLowerCase();
  // A full id is checked without reading the document; a prefix has to be resolved.
  if (id.length === 16 && (await store.existing([id])).has(id)) return id;
  const doc = id.length === 16 ? undefined : await store.getReport(id);
  if (doc === undefined) throw new ApiError(404, 'CRB_ERR_STORE_NOT_FOUND', `no stored report has id "${id}" (or that prefix is shared by several)`);
  return doc.id;
}

const EVENTS_TEXT =
  'Server-sent events (`text/event-stream`). On connecting: `ready` with the store\'s counts (schema `StoreSnapshot`). Then ' +
  '`report` (`{ "type": "report", "reports", "added" }`) when reports were stored, by this server or by any other process writing the same database, and ' +
  '`stories` (`{ "type": "stories", "stories", "revision" }`) when the story layer was saved; `close` when the server stops. ' +
  'Every event has an `id`; `data` is one line of JSON. The store is looked at every 1.5 s while a stream is open.';

/** The HTML served at `/`: the built dashboard, or a page saying how to build it. */
async function dashboard(c: Context, deps: RouteDeps): Promise<Response> {
  const file = deps.staticRoot === undefined ? undefined : await findStaticFile(deps.staticRoot, '/');
  const body = file === undefined ? NOT_BUILT_PAGE : file.body.toString('utf8');
  return c.html(body);
}

/** Every route the server answers, in registration order. */
export function apiRoutes(deps: RouteDeps): RouteSpec[] {
  const { store } = deps;
  return [
    {
      method: 'GET',
      path: '/api/health',
      operationId: 'getHealth',
      summary: 'Liveness, version, report count, whether writes are enabled',
      tag: 'server',
      responses: { '200': { description: 'The server is up.', schema: schemaRef('Health') }, ...errors('400', '500') },
      async handle(c) {
        const stats = await store.stats();
        return json({ status: 'ok', version: deps.version, reports: stats.reports, readOnly: deps.readOnly });
      },
    },
    {
      method: 'GET',
      path: '/api/reports',
      operationId: 'listReports',
      summary: 'Stored reports by publication date, a page at a time',
      description:
        'Follow `next` until it is null. Reports without a date come last, in the order they were stored. ' +
        'Each item has `findingCount` (the report\'s own findings) and `crossFindingCount` (cross-report findings on it now).',
      tag: 'reports',
      query: listQuery,
      responses: { '200': { description: 'One page of report summaries.', schema: schemaRef('ReportPage') }, ...errors('400', '500') },
      async handle(c, { query }) {
        const limit = query.limit as number;
        const offset = query.offset as number;
        const [page, stats] = await Promise.all([store.listReports({ limit, offset }), store.stats()]);
        const counts = await deps.findingCounts(page.map((r) => r.id));
        const items = page.map((r) => ({ ...r, ...(counts.get(r.id) ?? { findingCount: 0, crossFindingCount: 0 }) }));
        const more = offset + items.length < stats.reports && items.length > 0;
        return json({ items, total: stats.reports, limit, offset, next: more ? `/api/reports?limit=${limit}&offset=${offset + items.length}` : null });
      },
    },
    {
      method: 'GET',
      path: '/api/reports/:id',
      operationId: 'getReport',
      summary: 'One stored report, whole: source, cleaned text, cuts, paragraphs, reading results, findings',
      tag: 'reports',
      params: reportIdParams,
      responses: { '200': { description: 'The stored document.', schema: schemaRef('Report') }, ...errors('400', '404', '500') },
      async handle(c, { params }) {
        const id = String(params.id).toLowerCase();
        const doc = await store.getReport(id);
        if (doc === undefined) throw new ApiError(404, 'CRB_ERR_STORE_NOT_FOUND', `no stored report has id "${id}" (or that prefix is shared by several)`);
        return json(doc);
      },
    },
    {
      method: 'GET',
      path: '/api/reports/:id/stories',
      operationId: 'getReportStories',
      summary: 'A report across reports: the stories it is in and the cross-report findings on it',
      description:
        'The stories the report belongs to (`member`) or is linked to, as `GET /api/stories` lists them, the cross-report findings ' +
        'whose evidence is in this report (contradicted-claim, single-source-claim, copied-content, date-conflict; the other reports\' words in `related`) ' +
        'and the headline and outlet of each report those findings point into. Apart from `GET /api/reports/:id` because these change as stories grow.',
      tag: 'reports',
      params: reportIdParams,
      responses: { '200': { description: 'Stories and cross-report findings of the report.', schema: schemaRef('ReportStories') }, ...errors('400', '404', '500') },
      async handle(c, { params }) {
        return json(await reportStories(store, await storedId(store, String(params.id))));
      },
    },
    {
      method: 'GET',
      path: '/api/search',
      operationId: 'searchReports',
      summary: 'Full-text search over headlines and cleaned text, best match first',
      tag: 'reports',
      query: searchQuery,
      responses: { '200': { description: 'Matching reports with a snippet each.', schema: schemaRef('SearchResult') }, ...errors('400', '500') },
      async handle(c, { query }) {
        const q = String(query.q);
        return json({ query: q, items: await store.search(q, { limit: query.limit as number }) });
      },
    },
    {
      method: 'GET',
      path: '/api/stories',
      operationId: 'listStories',
      summary: 'Stories (one incident each), most independent origins first, a page at a time',
      description:
        'Each story: title, incident label, time span, places (with coordinates when known), report and independent-origin counts, ' +
        'facet counts by status and its worst conflicts. Follow `next` until it is null.',
      tag: 'stories',
      query: storyListQuery,
      responses: { '200': { description: 'One page of stories.', schema: schemaRef('StoryPage') }, ...errors('400', '500') },
      async handle(c, { query }) {
        const limit = query.limit as number;
        const offset = query.offset as number;
        const [items, total] = await Promise.all([store.listStories({ limit, offset }), store.countStories()]);
        const more = offset + items.length < total && items.length > 0;
        return json({ items, total, limit, offset, next: more ? `/api/stories?limit=${limit}&offset=${offset + items.length}` : null });
      },
    },
    {
      method: 'GET',
      path: '/api/stories/:id',
      operationId: 'getStory',
      summary: 'One story whole: facet table with statuses, values side by side with evidence, timeline, reports in order, findings',
      description:
        'Facet statuses: corroborated (two or more independent origins agree, allowing for approximations), single-source, ' +
        'contradicted (values conflict; each group of values with its reports\' words), denied (a party denies it). A figure that ' +
        'rose over time is an update (`updated`, with the `timeline`), not a conflict.',
      tag: 'stories',
      params: storyIdParams,
      responses: { '200': { description: 'The story.', schema: schemaRef('Story') }, ...errors('400', '404', '500') },
      async handle(c, { params }) {
        const id = String(params.id);
        const story = await store.getStory(id);
        if (story === undefined) throw new ApiError(404, 'CRB_ERR_STORY_NOT_FOUND', `no story has id "${id}"`);
        return json(story);
      },
    },
    {
      method: 'GET',
      path: '/api/stories/:id/map.svg',
      operationId: 'getStoryMap',
      summary: 'A map of the story\'s incident places as a standalone SVG image',
      description:
        'Each place the gazetteer located is marked, coloured by the status of its place facet; the caption counts places without coordinates. ' +
        'The SVG has no scripts and no external references; show it with `<img src>`.',
      tag: 'stories',
      params: storyIdParams,
      query: storyMapQuery,
      responses: { '200': { description: 'The map.', contentType: 'image/svg+xml', schema: { type: 'string' } }, ...errors('400', '404', '500') },
      async handle(c, { params, query }) {
        const id = String(params.id);
        const story = await store.getStory(id);
        if (story === undefined) throw new ApiError(404, 'CRB_ERR_STORY_NOT_FOUND', `no story has id "${id}"`);
        const svg = deps.storyMap(story, { width: query.width as number, height: query.height as number });
        return new Response(svg, { status: 200, headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' } });
      },
    },
    {
      method: 'GET',
      path: '/api/events',
      operationId: 'streamEvents',
      summary: 'Live updates: server-sent events when reports are stored or stories change',
      description: EVENTS_TEXT,
      tag: 'server',
      responses: {
        '200': { description: 'An event stream that stays open.', contentType: 'text/event-stream', schema: { type: 'string' } },
        ...errors('400', '500', '503'),
      },
      async handle(c) {
        return deps.events.respond(c);
      },
    },
    {
      method: 'POST',
      path: '/api/reports',
      operationId: 'ingestReports',
      summary: 'Ingest a report (JSON), a URL to fetch, or uploaded files; analyse and store them',
      description:
        'JSON: one report with the fields of a JSONL line, or `{ "url": … }` alone to fetch a page or feed. ' +
        'multipart/form-data: files in field `file` (repeatable), any format `corroborate analyze` reads. ' +
        'Answers 201 when something new was stored, 200 when everything was stored already, 422 when nothing could be. ' +
        'Inputs that fail are listed in `failures` with their codes while the others are stored.',
      tag: 'reports',
      write: true,
      requestBody: {
        description: 'A report, a URL, or files.',
        content: {
          'application/json': { oneOf: [ingestRecordBody, ingestUrlBody] },
          'multipart/form-data': ingestMultipartBody,
        },
      },
      responses: {
        '201': { description: 'At least one new report was stored.', schema: schemaRef('IngestResult') },
        '200': { description: 'Every report was stored already.', schema: schemaRef('IngestResult') },
        '422': { description: 'Nothing could be stored: `error` is the first failure, `failures` all of them.', schema: schemaRef('IngestRefused') },
        ...errors('400', '401', '403', '413', '415', '429', '500'),
      },
      async handle(c) {
        const read = await readIngestRequest(c.req.raw, deps.ingest);
        const result = await storeItems(read.items, read.inputs, store, await deps.runner(), deps.stories);
        if (result.stored.length > 0) deps.changed();
        if (result.ids.length === 0) {
          const first = result.failures[0];
          const error = first === undefined ? { code: 'CRB_ERR_INGEST_EMPTY', message: 'the request held no report' } : { code: first.code, message: first.message };
          return json({ error, failures: result.failures }, 422);
        }
        return json(result, result.stored.length > 0 ? 201 : 200);
      },
    },
    {
      method: 'GET',
      path: '/openapi.json',
      operationId: 'getOpenApi',
      summary: 'This API described as OpenAPI 3.1',
      tag: 'server',
      responses: { '200': { description: 'The OpenAPI document.', schema: { type: 'object', required: ['openapi', 'paths'] } } },
      async handle(c) {
        return json(deps.openapi());
      },
    },
    {
      method: 'GET',
      path: '/',
      operationId: 'getDashboard',
      summary: 'The dashboard (or, before it is built, a page saying how to build it)',
      description: 'Other paths outside /api/ serve the dashboard\'s files; paths without an extension get its index.html.',
      tag: 'dashboard',
      responses: { '200': { description: 'HTML.', contentType: 'text/html', schema: { type: 'string' } } },
      async handle(c) {
        return dashboard(c, deps);
      },
    },
  ];
}
