/** Pieces several views share: page titles, loading and error states, small badges. */
import { ApiFailure } from '../api.js';
import { h, type Child } from '../dom.js';
import { languageName } from '../format.js';

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
