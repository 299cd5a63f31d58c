/**
 * The stories board, the dashboard's landing page: one card per story (one incident each), most
 * independent origins first — title, incident label, when it happened and when it was reported,
 * places, report and independent-origin counts, facets by status as coloured chips, and the worst
 * contradictions with their values side by side. A page at a time.
 */
import { listStories } from '../api.js';
import { h } from '../dom.js';
import { routePath, STORY_PAGE } from '../router.js';
import type { StorySummary } from '../types.js';
import { errorBox, loading, pageHead, pager } from './common.js';
import { statusChips, storyCounts, storyFacts, worstConflicts } from './story-common.js';

/** What changes on a card when its story grows, so live updates can mark it. */
function version(s: StorySummary): string {
  const c = s.counts;
  return [c.reports, c.independentOrigins, c.facets, c.corroborated, c.singleSource, c.contradicted, c.denied, s.worst.length].join('.');
}

function card(s: StorySummary): HTMLElement {
  return h(
    'li',
    { class: 'story-card', 'data-id': s.id, 'data-version': version(s) },
    h(
      'div',
      { class: 'story-card-head' },
      h('a', { href: routePath({ name: 'story', id: s.id }), class: 'story-title' }, s.title || s.id),
      storyCounts(s.counts),
    ),
    h('div', { class: 'facts story-facts' }, storyFacts(s)),
    h('div', { class: 'story-card-status' }, s.counts.facets > 0 ? statusChips(s.counts) : h('span', { class: 'muted small' }, 'No facets: its reports tell of no located incident the reading layer could read.')),
    worstConflicts(s.worst),
  );
}

/** The stories board for one page. */
export async function storiesView(limit: number = STORY_PAGE, offset = 0, signal: { stale(): boolean } = { stale: () => false }): Promise<HTMLElement> {
  const root = h(
    'section',
    { class: 'view stories' },
    pageHead('Stories', 'Reports about the same incident, grouped; copies count once. Most independent origins first.'),
    loading('stories'),
  );
  let page;
  try {
    page = await listStories(limit, offset);
  } catch (e) {
    root.lastChild?.replaceWith(errorBox(e, 'Could not list the stories'));
    return root;
  }
  if (signal.stale()) return root;
  const pathOf = (l: number, o: number): string => routePath({ name: 'stories', limit: l, offset: o });
  root.lastChild?.replaceWith(
    page.total === 0
      ? h(
          'div',
          { class: 'empty' },
          h('p', null, 'No stories yet. Stories form as reports are stored: reports about one incident grouped together, with their time span, places, independent origins and contradictions.'),
          h('p', null, 'Add reports on the ', h('a', { href: '/ingest' }, 'Ingest'), ' page, or run ', h('code', null, 'corroborate analyze <folder> --db <file>'), '. The ', h('a', { href: '/reports' }, 'reports list'), ' shows every stored report.'),
        )
      : h('div', null, h('ol', { class: 'story-board' }, page.items.map(card)), pager(page.total, page.limit, page.offset, page.items.length, pathOf, 'stories')),
  );
  return root;
}
