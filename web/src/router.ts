/**
 * The dashboard's routes. Paths are real paths (the server answers index.html for any path
 * without an extension), so a report's or a story's address can be copied and opened directly.
 * The stories board is the landing page; the reports list is at `/reports`.
 */

/** A parsed location. Page fields of the board are there only when they differ from the defaults. */
export type Route =
  | { name: 'stories'; limit?: number; offset?: number }
  | { name: 'story'; id: string }
  | { name: 'reports'; limit: number; offset: number }
  | { name: 'report'; id: string; focus?: string }
  | { name: 'search'; q: string }
  | { name: 'ingest' }
  | { name: 'not-found'; path: string };

const PAGE_SIZES = [25, 50, 100];

/** Page sizes the reports list and the stories board offer. */
export const pageSizes: readonly number[] = PAGE_SIZES;

/** Stories on a board page unless the address says otherwise. */
export const STORY_PAGE = 25;

/** A story id as the API gives it (`story-4`, `story-1~tolvany`). */
const STORY_ID = /^[A-Za-z0-9][A-Za-z0-9~._-]{0,199}$/;

function intParam(params: URLSearchParams, key: string, fallback: number, min: number, max: number): number {
  const raw = params.get(key);
  if (raw === null || !/^\d{1,9}$/.test(raw)) return fallback;
  return Math.min(max, Math.max(min, Number(raw)));
}

function storyId(segment: string): string | undefined {
  let id: string;
  try {
    id = decodeURIComponent(segment);
  } catch {
    return undefined;
  }
  return STORY_ID.test(id) ? id : undefined;
}

/** Reads a route from a path, query string and fragment. */
export function parseRoute(pathname: string, search: string, hash = ''): Route {
  const params = new URLSearchParams(search);
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/' || path === '/stories') {
    const limit = intParam(params, 'limit', STORY_PAGE, 1, 500);
    const offset = intParam(params, 'offset', 0, 0, 1_000_000_000);
    return { name: 'stories', ...(limit !== STORY_PAGE ? { limit } : {}), ...(offset !== 0 ? { offset } : {}) };
  }
  const story = /^\/stories\/([^/]+)$/.exec(path);
  if (story) {
    const id = storyId(story[1] as string);
    return id === undefined ? { name: 'not-found', path } : { name: 'story', id };
  }
  if (path === '/reports') {
    return { name: 'reports', limit: intParam(params, 'limit', 25, 1, 500), offset: intParam(params, 'offset', 0, 0, 1_000_000_000) };
  }
  const report = /^\/reports\/([0-9a-fA-F]{6,64})$/.exec(path);
  if (report) {
    const focus = /^#([a-z]+-[\w-]+)$/.exec(hash)?.[1];
    return focus ? { name: 'report', id: (report[1] as string).toLowerCase(), focus } : { name: 'report', id: (report[1] as string).toLowerCase() };
  }
  if (path === '/search') return { name: 'search', q: params.get('q') ?? '' };
  if (path === '/ingest') return { name: 'ingest' };
  return { name: 'not-found', path };
}

/** The path of a route, for links. */
export function routePath(route: Route): string {
  switch (route.name) {
    case 'stories': {
      const limit = route.limit ?? STORY_PAGE;
      const offset = route.offset ?? 0;
      return limit === STORY_PAGE && offset === 0 ? '/' : `/stories?limit=${limit}&offset=${offset}`;
    }
    case 'story':
      return `/stories/${encodeURIComponent(route.id)}`;
    case 'reports':
      return route.offset === 0 && route.limit === 25 ? '/reports' : `/reports?limit=${route.limit}&offset=${route.offset}`;
    case 'report':
      return `/reports/${route.id}${route.focus ? `#${route.focus}` : ''}`;
    case 'search':
      return route.q ? `/search?q=${encodeURIComponent(route.q)}` : '/search';
    case 'ingest':
      return '/ingest';
    case 'not-found':
      return route.path;
  }
}

/** The path of a report scrolled to the words at `range` (a span of its cleaned text). */
export function spanPath(docId: string, range: readonly [number, number]): string {
  return routePath({ name: 'report', id: docId, focus: `span-${range[0]}-${range[1]}` });
}

/** The range a `span-<start>-<end>` focus names, or undefined. */
export function spanOfFocus(focus: string | undefined): [number, number] | undefined {
  const m = focus === undefined ? null : /^span-(\d{1,9})-(\d{1,9})$/.exec(focus);
  if (!m) return undefined;
  const start = Number(m[1]);
  const end = Number(m[2]);
  return start <= end ? [start, end] : undefined;
}
