/**
 * The dashboard's shell: header with navigation and a search box, and the current view below.
 * Links to our own paths are followed without reloading; the back button works as usual. Live
 * updates from the server redraw the stories board and the reports list in place (new and changed
 * entries marked), and tell an open story that it has changed.
 */
import './styles.css';
import { getHealth, getStory } from './api.js';
import { h, replaceChildren } from './dom.js';
import { count } from './format.js';
import { connectLive, type LiveChange, type LiveState } from './live.js';
import { parseRoute, routePath, STORY_PAGE, type Route } from './router.js';
import { errorBox, pageHead } from './views/common.js';
import { ingestView, STORE_CHANGED } from './views/ingest-view.js';
import { reportView } from './views/report-view.js';
import { reportsListView } from './views/reports-list.js';
import { searchView } from './views/search-view.js';
import { storiesView } from './views/stories-view.js';
import { storyVersion, storyView } from './views/story-view.js';

const app = document.getElementById('app') as HTMLElement;
const main = h('main', { id: 'main' });
const status = h('span', { class: 'server-status', title: 'the server this dashboard reads' });
const liveBadge = h('span', { class: 'live-badge connecting', title: 'live updates from the server' }, 'connecting');
const headerSearch = h('input', { type: 'search', name: 'q', placeholder: 'Search reports', 'aria-label': 'search reports' });
const searchForm = h('form', { class: 'header-search', role: 'search' }, headerSearch);

const NAV: Array<{ name: Route['name']; label: string; href: string }> = [
  { name: 'stories', label: 'Stories', href: '/' },
  { name: 'reports', label: 'Reports', href: '/reports' },
  { name: 'search', label: 'Search', href: '/search' },
  { name: 'ingest', label: 'Ingest', href: '/ingest' },
];
const navLinks = NAV.map((n) => h('a', { href: n.href, 'data-route': n.name }, n.label));

replaceChildren(
  app,
  h('header', { class: 'top' }, h('a', { href: '/', class: 'brand' }, h('span', { class: 'logo', 'aria-hidden': 'true' }, '✓'), 'corroborate'), h('nav', { class: 'main-nav' }, navLinks), searchForm, status, liveBadge),
  main,
);

let generation = 0;

/** Goes to one of our paths without reloading. */
function navigate(path: string, replace = false): void {
  if (replace) history.replaceState(null, '', path);
  else history.pushState(null, '', path);
  void render();
}

async function refreshStatus(): Promise<void> {
  try {
    const health = await getHealth();
    status.replaceChildren(`${count(health.reports)} reports`, ' · ', health.readOnly ? h('span', { class: 'ro' }, 'read-only') : 'ingest on', ' · ', `v${health.version}`);
    status.classList.remove('down');
  } catch {
    status.replaceChildren('server unreachable');
    status.classList.add('down');
  }
}

/** The parent section of a route, for the navigation. */
function section(route: Route): Route['name'] {
  return route.name === 'report' ? 'reports' : route.name === 'story' ? 'stories' : route.name;
}

/** Entries of the current view by `data-id`, with their `data-version`. */
function entries(root: Element): Map<string, string> {
  return new Map([...root.querySelectorAll<HTMLElement>('[data-id]')].map((e) => [e.dataset.id ?? '', e.dataset.version ?? '']));
}

/**
 * Draws the view of the current address. A live redraw (`live`) keeps the scroll position and
 * marks entries that are new or changed since the view was last drawn.
 */
async function render(opts: { live?: boolean } = {}): Promise<void> {
  const mine = ++generation;
  const signal = { stale: () => mine !== generation };
  const route = parseRoute(location.pathname, location.search, location.hash);
  const before = opts.live ? entries(main) : undefined;
  for (const a of navLinks) a.classList.toggle('active', a.dataset.route === section(route));
  headerSearch.value = route.name === 'search' ? route.q : '';
  document.title = 'corroborate';
  let view: HTMLElement;
  try {
    switch (route.name) {
      case 'reports':
        view = await reportsListView(route.limit, route.offset, signal);
        break;
      case 'report':
        view = await reportView(route.id, route.focus, signal);
        break;
      case 'search':
        document.title = route.q ? `${route.q} · search · corroborate` : 'Search · corroborate';
        view = await searchView(route.q, navigate, signal);
        break;
      case 'ingest':
        document.title = 'Ingest · corroborate';
        view = await ingestView();
        break;
      case 'stories':
        document.title = 'Stories · corroborate';
        view = await storiesView(route.limit ?? STORY_PAGE, route.offset ?? 0, signal);
        break;
      case 'story':
        view = await storyView(route.id, signal);
        break;
      case 'not-found':
        view = h('section', { class: 'view' }, pageHead('Not found'), h('p', null, 'The dashboard has no page at ', h('code', null, route.path), '. ', h('a', { href: '/' }, 'Back to the stories'), '.'));
        break;
    }
  } catch (e) {
    view = h('section', { class: 'view' }, errorBox(e));
  }
  if (mine !== generation) return;
  replaceChildren(main, view);
  if (before) {
    for (const el of view.querySelectorAll<HTMLElement>('[data-id]')) {
      const was = before.get(el.dataset.id ?? '');
      if (was === undefined) el.classList.add('fresh', 'new');
      else if (was !== (el.dataset.version ?? '')) el.classList.add('fresh');
    }
  } else if (route.name !== 'report' || !route.focus) window.scrollTo(0, 0);
  void refreshStatus();
}

/** Tells an open story that it has changed, with a button to show the latest. */
async function checkOpenStory(id: string): Promise<void> {
  const view = main.querySelector<HTMLElement>('.view.story');
  if (!view || view.dataset.story !== id) return;
  let latest;
  try {
    latest = await getStory(id);
  } catch {
    return;
  }
  if (storyVersion(latest) === view.dataset.version || !view.isConnected) return;
  const notice = h(
    'div',
    { class: 'live-notice', role: 'status' },
    `This story has changed since it was opened: ${count(latest.counts.reports)} reports, ${count(latest.counts.independentOrigins)} independent origins now. `,
    h('button', { type: 'button', class: 'btn', onclick: () => void render({ live: true }) }, 'Show the latest'),
  );
  view.querySelector('.live-notice')?.remove();
  view.prepend(notice);
}

// Changes often come in bursts (a batch of reports, then its stories): redraw once per burst.
let pending = new Set<LiveChange>();
let pendingTimer: ReturnType<typeof setTimeout> | undefined;
function onLive(change: LiveChange): void {
  pending.add(change);
  if (pendingTimer !== undefined) return;
  pendingTimer = setTimeout(() => {
    const changes = pending;
    pending = new Set();
    pendingTimer = undefined;
    void refreshStatus();
    const route = parseRoute(location.pathname, location.search, location.hash);
    // The reports list shows cross-report counts too, so it follows story changes as well.
    if (route.name === 'reports' || (route.name === 'stories' && changes.has('stories'))) void render({ live: true });
    else if (route.name === 'story' && changes.has('stories')) void checkOpenStory(route.id);
  }, 250);
}

const LIVE_TEXT: Readonly<Record<LiveState, string>> = { connecting: 'connecting', live: 'live', down: 'not live' };
const live = connectLive();
const showLive = (s: LiveState): void => {
  liveBadge.className = `live-badge ${s}`;
  liveBadge.textContent = LIVE_TEXT[s];
  liveBadge.title = s === 'live' ? 'live: new reports and stories appear as they are stored' : 'live updates are not connected; pages show what was stored when they were opened';
};
showLive(live.state);
live.onState(showLive);
live.onChange(onLive);

// Same-origin links to our own paths are handled here; others (new tab, modifier keys, external) are left alone.
document.addEventListener('click', (ev) => {
  if (ev.defaultPrevented || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
  const a = (ev.target as Element | null)?.closest?.('a');
  if (!a || a.target || a.hasAttribute('download')) return;
  const href = a.getAttribute('href');
  // In-page anchors scroll without touching the address (a new fragment would redraw the view).
  if (href && /^#[\w-]+$/.test(href)) {
    const target = document.getElementById(href.slice(1));
    if (!target) return;
    ev.preventDefault();
    target.scrollIntoView({ block: 'center', behavior: 'smooth' });
    target.classList.add('flash-box');
    setTimeout(() => target.classList.remove('flash-box'), 1600);
    return;
  }
  if (!href || !href.startsWith('/') || href.startsWith('//')) return;
  ev.preventDefault();
  if (href !== `${location.pathname}${location.search}${location.hash}`) navigate(href);
});

searchForm.addEventListener('submit', (ev) => {
  ev.preventDefault();
  const q = headerSearch.value.trim();
  if (q) navigate(routePath({ name: 'search', q }));
});

window.addEventListener('popstate', () => void render());
window.addEventListener(STORE_CHANGED, () => void refreshStatus());
void render();
