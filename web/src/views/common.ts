/** Pieces several views share: page titles, loading and error states, small badges. */
import { ApiFailure } from '../api.js';
import { h, type Child } from '../dom.js';
import { count, languageName } from '../format.js';
import { pageSizes } from '../router.js';

/** A view's title row: heading and an optional line under it. */
export function pageHead(title: Child, sub?: Child, actions?: Child): HTMLElement {
  return h('div', { class: 'page-head' }, h('div', null, h('h1', null, title), sub ? h('p', { class: 'sub' }, sub) : null), actions ? h('div', { class: 'actions' }, actions) : null);
}

/** Shown while a view waits for the API. */
export function loading(what: string): HTMLElement {
  return h('p', { class: 'loading', role: 'status' }, `Loading ${what}…`);
}

/** An error from the API (with its code) or from the dashboard itself. */
export function errorBox(e: unknown, context?: string): HTMLElement {
  const code = e instanceof ApiFailure ? e.code : 'ERROR';
  const message = e instanceof Error ? e.message : String(e);
  return h(
    'div',
    { class: 'error-box', role: 'alert' },
    h('strong', null, context ?? 'Something went wrong'),
    h('div', null, h('code', null, code), ' ', message),
  );
}

/** A language code as a small badge with the language's name on hover. */
export function langBadge(code: string | undefined): HTMLElement {
  return h('span', { class: 'lang', title: languageName(code) }, code ?? '—');
}

/** A finding's severity as a coloured tag. */
export function severityTag(sev: string): HTMLElement {
  return h('span', { class: `sev sev-${sev === 'error' || sev === 'warning' ? sev : 'info'}` }, sev);
}

/** A definition table from label/value rows; a value may be any child. */
export function defTable(rows: Array<[string, Child]>, cls = 'kv'): HTMLElement {
  return h('table', { class: cls }, h('tbody', null, rows.map(([k, v]) => h('tr', null, h('th', { scope: 'row' }, k), h('td', null, v)))));
}

/**
 * Previous/next links and page sizes for a paged list; `pathOf` gives the address of a page.
 * `noun` names what is listed when there is nothing ("No reports").
 */
export function pager(total: number, limit: number, offset: number, shown: number, pathOf: (limit: number, offset: number) => string, noun: string): HTMLElement {
  const prev = offset > 0 ? pathOf(limit, Math.max(0, offset - limit)) : undefined;
  const next = offset + shown < total ? pathOf(limit, offset + limit) : undefined;
  const sizes = h(
    'span',
    { class: 'page-sizes' },
    'Per page:',
    pageSizes.map((n) => (n === limit ? h('strong', null, String(n)) : h('a', { href: pathOf(n, 0) }, String(n)))),
  );
  return h(
    'nav',
    { class: 'pager', 'aria-label': 'pages' },
    h('span', { class: 'range' }, total === 0 ? `No ${noun}` : shown === 0 ? `none here of ${count(total)}` : `${count(offset + 1)}–${count(offset + shown)} of ${count(total)}`),
    prev ? h('a', { href: prev, class: 'btn', rel: 'prev' }, '‹ Previous') : h('span', { class: 'btn disabled' }, '‹ Previous'),
    next ? h('a', { href: next, class: 'btn', rel: 'next' }, 'Next ›') : h('span', { class: 'btn disabled' }, 'Next ›'),
    sizes,
  );
}
