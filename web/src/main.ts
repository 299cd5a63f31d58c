/**
 * The dashboard's shell: header with navigation and a search box, and the current view below.
 * Links to our own paths are followed without reloading; the back button works as usual.
 */
import './styles.css';
import { getHealth } from './api.js';
import { h, replaceChildren } from './dom.js';
import { count } from './format.js';
import { parseRoute, routePath, type Route } from './router.js';
import { errorBox, pageHead } from './views/common.js';
import { ingestView, STORE_CHANGED } from './views/ingest-view.js';
import { reportView } from './views/report-view.js';
import { reportsListView } from './views/reports-list.js';
import { searchView } from './views/search-view.js';
import { storiesView } from './views/stories-view.js';

const app = document.getElementById('app') as HTMLElement;
const main = h('main', { id: 'main' });
const status = h('span', { class: 'server-status', title: 'the server this dashboard reads' });
const headerSearch = h('input', { type: 'search', name: 'q', placeholder: 'Search reports', 'aria-label': 'search reports' });
const searchForm = h('form', { class: 'header-search', role: 'search' }, headerSearch);

const NAV: Array<{ name: Route['name']; label: string; href: string }> = [
  { name: 'reports', label: 'Reports', href: '/' },
  { name: 'stories', label: 'Stories', href: '/stories' },
  { name: 'search', label: 'Search', href: '/search' },
  { name: 'ingest', label: 'Ingest', href: '/ingest' },
];
const navLinks = NAV.map((n) => h('a', { href: n.href, 'data-route': n.name }, n.label));

replaceChildren(
  app,
  h('header', { class: 'top' }, h('a', { href: '/', class: 'brand' }, h('span', { class: 'logo', 'aria-hidden': 'true' }, '✓'), 'corroborate'), h('nav', { class: 'main-nav' }, navLinks), searchForm, status),
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

async function render(): Promise<void> {
  const mine = ++generation;
  const signal = { stale: () => mine !== generation };
  const route = parseRoute(location.pathname, location.search, location.hash);
  for (const a of navLinks) a.classList.toggle('active', a.dataset.route === (route.name === 'report' ? 'reports' : route.name));
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
        view = storiesView();
        break;
      case 'not-found':
        view = h('section', { class: 'view' }, pageHead('Not found'), h('p', null, 'The dashboard has no page at ', h('code', null, route.path), '. ', h('a', { href: '/' }, 'Back to the reports'), '.'));
        break;
    }
  } catch (e) {
    view = h('section', { class: 'view' }, errorBox(e));
  }
  if (mine !== generation) return;
  replaceChildren(main, view);
  if (route.name !== 'report' || !route.focus) window.scrollTo(0, 0);
  void refreshStatus();
}

// Same-origin links to our own paths are handled here; others (new tab, modifier keys, external) are left alone.
document.addEventListener('click', (ev) => {
  if (ev.defaultPrevented || ev.button !== 0 || ev.metaKey || ev.ctrlKey || ev.shiftKey || ev.altKey) return;
  const a = (ev.target as Element | null)?.closest?.('a');
  if (!a || a.target || a.hasAttribute('download')) return;
  const href = a.getAttribute('href');
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
