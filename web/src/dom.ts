/**
 * The only way the dashboard makes DOM: elements with attributes, and strings as text nodes.
 * Nothing here parses HTML (no innerHTML, outerHTML, insertAdjacentHTML, document.write), so
 * article text, whatever it contains, is shown as the characters it is. Event handlers are
 * functions only; an `on…` attribute given as a string, a `style` string, or a link to
 * anything but our own paths and http(s) URLs is refused. Computed positions go through
 * `setCssNumber`, which takes numbers only.
 */
import { externalHref, isInternalPath } from './safe-url.js';

/** What can be a child: text, a node, or nothing; arrays are flattened. */
export type Child = Node | string | number | null | undefined | false | readonly Child[];

type Handler = (ev: Event) => void;

/** Attributes: strings (set as attributes), booleans (present or not), handlers for `on…`. */
export type Attrs = Record<string, string | number | boolean | null | undefined | Handler>;

function append(parent: Node, child: Child): void {
  if (child === null || child === undefined || child === false) return;
  if (Array.isArray(child)) {
    for (const c of child as readonly Child[]) append(parent, c);
    return;
  }
  if (child instanceof Node) parent.appendChild(child);
  else parent.appendChild(document.createTextNode(String(child)));
}

function setAttr(el: HTMLElement, key: string, value: Attrs[string]): void {
  if (value === null || value === undefined || value === false) return;
  if (key.startsWith('on')) {
    if (typeof value !== 'function') throw new TypeError(`refusing a non-function ${key} handler`);
    el.addEventListener(key.slice(2).toLowerCase(), value);
    return;
  }
  if (typeof value === 'function') throw new TypeError(`attribute ${key} cannot be a function`);
  if (key === 'style' || key === 'srcdoc' || key === 'innerHTML') throw new TypeError(`refusing attribute ${key}`);
  if (key === 'href' || key === 'src' || key === 'action' || key === 'formaction') {
    const s = String(value);
    const safe = isInternalPath(s) ? s : externalHref(s);
    if (safe === undefined) return; // an unsafe link becomes no link; its text stays visible
    el.setAttribute(key, safe);
    return;
  }
  el.setAttribute(key, value === true ? '' : String(value));
}

/** Builds an element: `h('a', { href: '/reports', class: 'x' }, 'text', child)`. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs?: Attrs | null, ...children: Child[]): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (attrs) for (const [k, v] of Object.entries(attrs)) setAttr(el, k, v);
  for (const c of children) append(el, c);
  return el;
}

/** Replaces a node's children. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  for (const c of children) append(parent, c);
}

/** Joins class names, skipping empty ones. */
export function cls(...names: Array<string | false | null | undefined>): string {
  return names.filter((n): n is string => typeof n === 'string' && n !== '').join(' ');
}

/**
 * Sets a numeric CSS custom property (`--pos: 0.42`) through the CSSOM, for positions computed
 * from data (a timeline). Numbers only: no text from a report can become style this way.
 */
export function setCssNumber(el: HTMLElement, name: string, value: number): void {
  if (!/^--[a-z][a-z0-9-]*$/.test(name) || !Number.isFinite(value)) throw new TypeError(`refusing CSS property ${name}`);
  el.style.setProperty(name, String(value));
}
