/**
 * The API client: one function per route the dashboard uses. Errors come back as `ApiFailure`
 * with the server's stable code, so views can say what went wrong in the server's words.
 */
import type { ApiErrorBody, Health, IngestFailure, IngestResult, Report, ReportPage, ReportStories, SearchResult, Story, StoryPage } from './types.js';

/** An answer that was not a success: the HTTP status and the API's error code and message. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly failures: IngestFailure[] = [],
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

async function request<T>(path: string, init?: RequestInit): Promise<{ status: number; body: T }> {
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers: { Accept: 'application/json', ...(init?.headers ?? {}) } });
  } catch (e) {
    throw new ApiFailure(0, 'NETWORK', `the server did not answer (${(e as Error).message})`);
  }
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    throw new ApiFailure(res.status, 'BAD_RESPONSE', `the server answered ${res.status} without JSON`);
  }
  if (!res.ok) {
    const err = (body as Partial<ApiErrorBody>)?.error;
    const retry = Number(res.headers.get('retry-after'));
    throw new ApiFailure(
      res.status,
      err?.code ?? `HTTP_${res.status}`,
      err?.message ?? res.statusText,
      (body as Partial<ApiErrorBody>)?.failures ?? [],
      Number.isFinite(retry) && retry > 0 ? retry : undefined,
    );
  }
  return { status: res.status, body: body as T };
}

/** `GET /api/health`. */
export async function getHealth(): Promise<Health> {
  return (await request<Health>('/api/health')).body;
}

/** `GET /api/reports?limit&offset`. */
export async function listReports(limit: number, offset: number): Promise<ReportPage> {
  return (await request<ReportPage>(`/api/reports?limit=${limit}&offset=${offset}`)).body;
}

// A stored report never changes, so recent ones are kept; the oldest go first past the limit.
const REPORT_CACHE_SIZE = 120;
const reportCache = new Map<string, Promise<Report>>();

/** `GET /api/reports/:id`, remembered for a while (a stored report never changes). */
export function getReport(id: string): Promise<Report> {
  let p = reportCache.get(id);
  if (p) {
    reportCache.delete(id);
    reportCache.set(id, p);
    return p;
  }
  p = request<Report>(`/api/reports/${encodeURIComponent(id)}`).then((r) => r.body);
  p.catch(() => reportCache.delete(id));
  reportCache.set(id, p);
  if (reportCache.size > REPORT_CACHE_SIZE) reportCache.delete(reportCache.keys().next().value as string);
  return p;
}

/** `GET /api/reports/:id/stories`: never cached, since stories grow as reports arrive. */
export async function getReportStories(id: string): Promise<ReportStories> {
  return (await request<ReportStories>(`/api/reports/${encodeURIComponent(id)}/stories`)).body;
}

/** `GET /api/stories?limit&offset`. */
export async function listStories(limit: number, offset: number): Promise<StoryPage> {
  return (await request<StoryPage>(`/api/stories?limit=${limit}&offset=${offset}`)).body;
}

/** `GET /api/stories/:id`. */
export async function getStory(id: string): Promise<Story> {
  return (await request<Story>(`/api/stories/${encodeURIComponent(id)}`)).body;
}

/** The address of a story's map (`GET /api/stories/:id/map.svg`), for an `<img src>`. */
export function storyMapUrl(id: string, width?: number, height?: number): string {
  const size = width && height ? `?width=${Math.round(width)}&height=${Math.round(height)}` : '';
  return `/api/stories/${encodeURIComponent(id)}/map.svg${size}`;
}

/** `GET /api/search?q&limit`. */
export async function search(q: string, limit = 50): Promise<SearchResult> {
  return (await request<SearchResult>(`/api/search?q=${encodeURIComponent(q)}&limit=${limit}`)).body;
}

/** What an ingest request sends: a report inline, a URL, or files. */
export type IngestInput =
  | { kind: 'record'; record: Record<string, string> }
  | { kind: 'url'; url: string }
  | { kind: 'files'; files: readonly File[] };

/** `POST /api/reports` with the bearer token; the status tells new (201) from already stored (200). */
export async function ingest(input: IngestInput, token: string): Promise<{ status: number; result: IngestResult }> {
  const headers: Record<string, string> = { Authorization: `Bearer ${token}` };
  let body: BodyInit;
  if (input.kind === 'files') {
    const form = new FormData();
    for (const f of input.files) form.append('file', f, f.name);
    body = form;
  } else {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(input.kind === 'url' ? { url: input.url } : input.record);
  }
  const r = await request<IngestResult>('/api/reports', { method: 'POST', headers, body });
  return { status: r.status, result: r.body };
}
