/** Full-text search over headlines and cleaned text, best match first. */
import { search } from '../api.js';
import { h } from '../dom.js';
import { shortDate } from '../format.js';
import { routePath } from '../router.js';
import { parseSnippet } from '../text/snippet.js';
import { errorBox, langBadge, loading, pageHead } from './common.js';

/** The search form, and the hits for `q` when there is one. */
export async function searchView(q: string, navigate: (path: string) => void, signal: { stale(): boolean }): Promise<HTMLElement> {
  const input = h('input', { type: 'search', name: 'q', value: q, placeholder: 'Words, or "a phrase" in double quotes', 'aria-label': 'search words', autofocus: true, class: 'search-input' });
  const form = h('form', { class: 'search-form', role: 'search' }, input, h('button', { type: 'submit', class: 'btn primary' }, 'Search'));
  form.addEventListener('submit', (ev) => {
    ev.preventDefault();
    const v = input.value.trim();
    if (v) navigate(routePath({ name: 'search', q: v }));
  });
  const root = h('section', { class: 'view search' }, pageHead('Search', 'Whole words over headlines and cleaned text; punctuation is ignored.'), form);
  if (!q.trim()) return root;
  const results = h('div', { class: 'results' }, loading('results'));
  root.appendChild(results);
  try {
    const res = await search(q);
    if (signal.stale()) return root;
    if (res.items.length === 0) {
      results.replaceChildren(h('p', { class: 'empty' }, 'No report matches ', h('q', null, res.query), '.'));
      return root;
    }
    results.replaceChildren(
      h('p', { class: 'muted' }, `${res.items.length} report${res.items.length === 1 ? '' : 's'} match `, h('q', null, res.query), res.items.length === 50 ? ' (the best 50)' : '', '.'),
      h(
        'ol',
        { class: 'hits' },
        res.items.map((hit) =>
          h(
            'li',
            { class: 'hit', title: `match score ${hit.score.toPrecision(3)} (higher is better)` },
            h('a', { href: routePath({ name: 'report', id: hit.id }), class: 'hit-title' }, hit.headline ?? hit.location),
            h('div', { class: 'hit-meta' }, hit.outlet ?? h('span', { class: 'muted' }, 'unknown outlet'), ' · ', shortDate(hit.published) || 'no date', ' · ', langBadge(hit.language)),
            h('p', { class: 'snippet' }, parseSnippet(hit.snippet).map((p) => (p.match ? h('mark', null, p.text) : p.text))),
          ),
        ),
      ),
    );
  } catch (e) {
    results.replaceChildren(errorBox(e, 'The search failed'));
  }
  return root;
}
