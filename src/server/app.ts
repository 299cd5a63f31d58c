import { join } from 'node:path';
import type { IncomingMessage } from 'node:http';
import { Hono, type Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { isCorroborateError } from '../core/errors.js';
import type { ReportRunner } from '../run/report-runner.js';
import type { Store } from '../store/store.js';
import { ApiError, statusOfCode } from './api-error.js';
import { createTokenCheck } from './bearer-token.js';
import { DEFAULT_MAX_BODY_BYTES, DEFAULT_RATE_LIMIT } from './defaults.js';
import { createServerRunner } from './ingest-service.js';
import { createStoryUpdater } from '../corpus/stories/story-updater.js';
import { createEventStreams, type EventStreams } from './event-stream.js';
import { createFindingCounter } from './finding-counts.js';
import { jsonResponse } from './json-response.js';
import { buildOpenApi, type OpenApiDocument } from './openapi.js';
import { packageRoot, packageVersion } from './package-root.js';
import { createRateLimiter, type RateLimitOptions } from './rate-limit.js';
import type { RouteSpec } from './route-spec.js';
import { apiRoutes } from './routes.js';
import { findStaticFile, staticRoot } from './static-files.js';
import { createStoreWatch } from './store-watch.js';
import { createStoryMaps } from './story-map.js';
import { compilePart, type PartValidator } from './validate.js';

/** How the API server behaves. */
export interface ApiOptions {
  store: Store;
  /** Bearer token for write routes. Without one the server is read-only. */
  token?: string;
  /** Disables every write route, token or not. */
  readOnly?: boolean;
  /** Largest request body (and largest page fetched for `{ url }`). Default 10 MiB. */
  maxBodyBytes?: number;
  /** Files per upload request. Default 100. */
  maxFiles?: number;
  /** Ingest requests per client address. Default a burst of 10, then 30 a minute. */
  rateLimit?: RateLimitOptions;
  /** URL fetching for `{ url }` ingest; `allowPrivateAddresses` is for tests on loopback only. */
  fetch?: { allowPrivateAddresses?: boolean; timeoutMs?: number };
  /** The dashboard's build folder; default `web/dist` of the package; null serves none. */
  staticDir?: string | null;
  /** Runs the per-report pipeline; default one in this thread, started on the first ingest. */
  runner?: ReportRunner;
  /** The client a request counts against for rate limits; default the socket's remote address. */
  clientAddress?: (c: Context) => string;
  /** Where unexpected errors (bugs) are written. */
  log?: (line: string) => void;
  /**
   * Live updates (`GET /api/events`): how often the store is looked at while a stream is open
   * (default 1500 ms), how many streams may be open (default 200), and the keep-alive interval.
   */
  events?: { intervalMs?: number; maxStreams?: number; heartbeatMs?: number };
}

/** The app and what it was built from. */
export interface Api {
  app: Hono;
  routes: readonly RouteSpec[];
  openapi: OpenApiDocument;
  readOnly: boolean;
  /** The open event streams of `GET /api/events`. */
  events: EventStreams;
  /**
   * Stops what the API started: ends the event streams (waiting briefly for their connections to
   * close), stops watching the store, and closes the pipeline runner. The store is the caller's.
   */
  close(): Promise<void>;
}


const HTML_CSP = "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'; object-src 'none'";
// Nothing the API answers is meant to run or be framed: JSON opened in a tab stays inert.
const DATA_CSP = "default-src 'none'; frame-ancestors 'none'";
// A map opened on its own may style itself but never run or fetch anything.
const SVG_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

const NO_QUERY = { type: 'object', additionalProperties: false } as const;

function remoteAddress(c: Context): string {
  const incoming = (c.env as { incoming?: IncomingMessage } | undefined)?.incoming;
  return incoming?.socket?.remoteAddress ?? 'unknown';
}

function errorResponse(e: ApiError): Response {
  return jsonResponse(e.body(), e.status, e.headers);
}

/** `/api/reports/:id` as a regular expression over request paths. */
function pathPattern(path: string): RegExp {
  const escaped = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/:[A-Za-z_][A-Za-z0-9_]*/g, '[^/]+');
  return new RegExp(`^${escaped}$`);
}

/**
 * Builds the HTTP API: the routes of routes.ts with their parameters validated by schema, writes
 * guarded by token, read-only mode and a rate limit, one error shape with stable codes, security
 * headers on every answer, and the dashboard's files for GET paths outside /api/.
 */
export function createApi(opts: ApiOptions): Api {
  const readOnly = opts.readOnly === true || opts.token === undefined || opts.token === '';
  const tokenOk = opts.token ? createTokenCheck(opts.token) : () => false;
  const limiter = createRateLimiter(opts.rateLimit ?? DEFAULT_RATE_LIMIT);
  const clientOf = opts.clientAddress ?? remoteAddress;
  const root = opts.staticDir === null ? undefined : staticRoot(opts.staticDir ?? join(packageRoot(), 'web', 'dist'));
  const log = opts.log ?? ((line: string) => process.stderr.write(`${line}\n`));

  let runner: Promise<ReportRunner> | undefined = opts.runner ? Promise.resolve(opts.runner) : undefined;
  const ownRunner = opts.runner === undefined;

  const watch = createStoreWatch(opts.store, { ...(opts.events?.intervalMs ? { intervalMs: opts.events.intervalMs } : {}), log });
  const events = createEventStreams(watch, {
    ...(opts.events?.maxStreams ? { maxStreams: opts.events.maxStreams } : {}),
    ...(opts.events?.heartbeatMs ? { heartbeatMs: opts.events.heartbeatMs } : {}),
  });

  let openapi: OpenApiDocument | undefined;
  const routes = apiRoutes({
    store: opts.store,
    readOnly,
    version: packageVersion(),
    staticRoot: root,
    ingest: {
      maxBodyBytes: opts.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
      maxFiles: opts.maxFiles ?? 100,
      fetch: { allowPrivateAddresses: opts.fetch?.allowPrivateAddresses ?? false, ...(opts.fetch?.timeoutMs ? { timeoutMs: opts.fetch.timeoutMs } : {}) },
    },
    runner: () => (runner ??= createServerRunner()),
    stories: createStoryUpdater(opts.store),
    openapi: () => openapi as OpenApiDocument,
    findingCounts: createFindingCounter(opts.store),
    events,
    changed: () => watch.poke(),
    storyMap: createStoryMaps(),
  });
  openapi = buildOpenApi(routes, packageVersion());

  const app = new Hono();

  app.use('*', async (c, next) => {
    await next();
    const h = c.res.headers;
    h.set('X-Content-Type-Options', 'nosniff');
    h.set('Referrer-Policy', 'no-referrer');
    h.set('Cross-Origin-Resource-Policy', 'same-origin');
    h.set('X-Frame-Options', 'DENY');
    // Pages and their assets (a worker script takes its policy from its own response) get the page policy.
    const type = h.get('content-type') ?? '';
    h.set('Content-Security-Policy', type.startsWith('application/json') ? DATA_CSP : type.startsWith('image/svg+xml') ? SVG_CSP : HTML_CSP);
    if (c.req.path.startsWith('/api/')) h.set('Cache-Control', 'no-store');
  });

  for (const route of routes) {
    const checkParams: PartValidator | undefined = route.params ? compilePart(route.params, 'path') : undefined;
    // API routes without query parameters refuse any, so a misspelt one is never silently ignored.
    const querySchema = route.query ?? (route.path.startsWith('/api/') ? NO_QUERY : undefined);
    const checkQuery: PartValidator | undefined = querySchema ? compilePart(querySchema, 'query') : undefined;
    app.on(route.method, route.path, async (c) => {
      if (route.write === true) {
        if (readOnly) {
          throw new ApiError(403, 'CRB_ERR_API_READ_ONLY', opts.readOnly ? 'the server was started read-only' : 'writes are disabled: the server was started without a token (--token or CORROBORATE_TOKEN)');
        }
        const take = limiter.take(clientOf(c));
        if (!take.ok) {
          throw new ApiError(429, 'CRB_ERR_API_RATE_LIMITED', `too many ingest requests: try again in ${take.retryAfter} s`, { 'Retry-After': String(take.retryAfter) });
        }
        if (!tokenOk(c.req.header('authorization'))) {
          throw new ApiError(401, 'CRB_ERR_API_UNAUTHORIZED', 'send the server\'s token as "Authorization: Bearer <token>"', { 'WWW-Authenticate': 'Bearer' });
        }
      }
      const params: Record<string, unknown> = { ...c.req.param() };
      const query: Record<string, unknown> = { ...c.req.query() };
      checkParams?.(params);
      checkQuery?.(query);
      return route.handle(c, { params, query });
    });
  }

  app.notFound(async (c) => {
    const path = c.req.path;
    const method = c.req.method;
    const allowed = routes.filter((r) => pathPattern(r.path).test(path)).map((r) => r.method);
    if (allowed.length > 0 && !allowed.includes(method as RouteSpec['method'])) {
      const allow = [...new Set(allowed.flatMap((m) => (m === 'GET' ? ['GET', 'HEAD'] : [m])))].join(', ');
      return errorResponse(new ApiError(405, 'CRB_ERR_API_METHOD', `${method} is not allowed here; use ${allow}`, { Allow: allow }));
    }
    if ((method === 'GET' || method === 'HEAD') && root !== undefined && !path.startsWith('/api/')) {
      const file = await findStaticFile(root, new URL(c.req.url).pathname);
      if (file !== undefined) return c.body(new Uint8Array(file.body), 200, { 'Content-Type': file.contentType });
    }
    return errorResponse(new ApiError(404, 'CRB_ERR_API_NOT_FOUND', `nothing at ${method} ${path.slice(0, 200)}`));
  });

  app.onError((err, c) => {
    if (err instanceof ApiError) return errorResponse(err);
    if (isCorroborateError(err)) {
      const status = statusOfCode(err.code);
      if (status >= 500) log(`${c.req.method} ${c.req.path}: ${err.stack ?? err.message}`);
      return errorResponse(new ApiError(status, err.code, err.message));
    }
    if (err instanceof HTTPException && err.status < 500) {
      return errorResponse(new ApiError(err.status, 'CRB_ERR_API_VALIDATION', err.message || 'the request is not valid'));
    }
    log(`${c.req.method} ${c.req.path}: internal error: ${err.stack ?? String(err)}`);
    return errorResponse(new ApiError(500, 'CRB_ERR_API_INTERNAL', 'the server failed unexpectedly; the error is in its log'));
  });

  return {
    app,
    routes,
    openapi,
    readOnly,
    events,
    async close() {
      await events.close();
      watch.close();
      if (ownRunner && runner !== undefined) await (await runner).close();
    },
  };
}
