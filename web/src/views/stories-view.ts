/**
 * Stories: reports about the same event, grouped by the cross-report layer. The API has no
 * stories routes yet; when it does, this view lists them (time span, places, report and
 * independent-origin counts, worst contradictions) and links each to its story view.
 */
import { h } from '../dom.js';
import { pageHead } from './common.js';

/** What the stories page says until the API serves stories. */
export function storiesView(): HTMLElement {
  return h(
    'section',
    { class: 'view stories' },
    pageHead('Stories'),
    h(
      'div',
      { class: 'empty' },
      h('p', null, 'Stories appear when the cross-report layer runs: reports about the same event grouped together, with their time span, places, independent origins and contradictions.'),
      h('p', null, 'Until then, each report can be read on its own from the ', h('a', { href: '/' }, 'reports list'), '.'),
    ),
  );
}
