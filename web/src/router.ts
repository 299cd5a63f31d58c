/**
 * The dashboard's routes. Paths are real paths (the server answers index.html for any path
 * without an extension), so a report's address can be copied and opened directly. A stories
 * view joins this table when the API serves stories.
 */

/** A parsed location. */
export type Route =
  | { name: 'reports'; limit: number; offset: number }
  | { name: 'report'; id: string; focus?: string }
  | { name: 'search'; q: string }
  | { name: 'ingest' }
  | { name: 'stories' }
  | { name: 'not-found'; path: string };

const PAGE_SIZES = [25, 50, 100];

/** Page sizes the reports list offers. */
export const pageSizes: readonly number[] = PAGE_SIZES;

function intParam(params: URLSearchParams, key: string, fallback: number, min: number, max: number): number {
  const raw = params.get(key);
  if (raw === null || !/^\d{1,9}$/.test(raw)) return fallback;
  return Math.min(max, Math.max(min, Number(raw)));
}

/** Reads a route from a path, query string and fragment. */
export function parseRoute(pathname: string, search: string, hash = ''): Route {
  const params = new URLSearchParams(search);
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/' || path === '/reports') {
    return { name: 'reports', limit: intParam(params, 'limit', 25, 1, 500), offset: intParam(params, 'offset', 0, 0, 1_000_000_000) };
  }
  const report = /^\/reports\/([0-9a-fA-F]{6,64})$/.exec(path);
  if (report) {
    const focus = /^#([a-z]+-[\w-]+)$/.exec(hash)?.[1];
    return focus ? { name: 'report', id: (report[1] as string).toLowerCase(), focus } : { name: 'report', id: (report[1] as string).toLowerCase() };
  }
  if (path === '/search') return { name: 'search', q: params.get('q') ?? '' };
  if (path === '/ingest') return { name: 'ingest' };
  if (path === '/stories') return { name: 'stories' };
  return { name: 'not-found', path };
}

/** The path of a route, for links. */
export function routePath(route: Route): string {
  switch (route.name) {
    case 'reports':
      return route.offset === 0 && route.limit === 25 ? '/' : `/reports?limit=${route.limit}&offset=${route.offset}`;
    case 'report':
      return `/reports/${route.id}${route.focus ? `#${route.focus}` : ''}`;
    case 'search':
      return route.q ? `/search?q=${encodeURIComponent(route.q)}` : '/search';
    case 'ingest':
      return '/ingest';
    case 'stories':
      return '/stories';
    case 'not-found':
      return route.path;
  }
}
