/**
 * Parses HTML into a linkedom document, guarding the inputs linkedom mishandles: fragments
 * without `<html>`/`<body>` (it drops or misplaces them), empty strings (it throws) and very
 * large pages (inline scripts and styles dominate their size and parse time).
 */
import { parseHTML } from 'linkedom';

/** The part of the DOM this module's users rely on; linkedom implements it. */
export interface DomNode {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly parentNode: DomNode | null;
  readonly childNodes: ArrayLike<DomNode>;
  readonly firstChild: DomNode | null;
  readonly nextSibling: DomNode | null;
  textContent: string | null;
}

export interface DomElement extends DomNode {
  readonly tagName: string;
  readonly parentElement: DomElement | null;
  readonly children: ArrayLike<DomElement>;
  readonly firstElementChild: DomElement | null;
  readonly nextElementSibling: DomElement | null;
  readonly previousElementSibling: DomElement | null;
  readonly ownerDocument: DomDocument;
  getAttribute(name: string): string | null;
  hasAttribute(name: string): boolean;
  setAttribute(name: string, value: string): void;
  appendChild(node: DomNode): DomNode;
  replaceChild(newChild: DomNode, oldChild: DomNode): DomNode;
  remove(): void;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  getElementsByTagName(name: string): ArrayLike<DomElement>;
}

export interface DomDocument extends DomNode {
  readonly documentElement: DomElement | null;
  readonly head: DomElement | null;
  readonly body: DomElement | null;
  readonly title: string;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  getElementsByTagName(name: string): ArrayLike<DomElement>;
  createElement(tag: string): DomElement;
}

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Above this size, scripts, styles and comments are cut from the source before parsing. */
const LARGE_PAGE_CHARS = 1_500_000;

/** Inline scripts except JSON-LD (read for metadata), styles and comments. */
const HEAVY_PARTS =
  /<script\b(?![^>]*ld\+json)[^>]*>[\s\S]*?<\/script\s*>|<style\b[^>]*>[\s\S]*?<\/style\s*>|<!--[\s\S]*?-->/gi;

/**
 * Gives linkedom a complete `<html><head>…</head><body>…</body></html>` skeleton: without a
 * `<body>` tag it leaves content outside `document.body`, and without `<html>` it makes the
 * first element the document element.
 */
export function completeSkeleton(html: string): string {
  const hasHtml = /<html[\s>]/i.test(html);
  const hasBody = /<body[\s>]/i.test(html);
  if (hasHtml && hasBody) return html;
  if (!hasHtml && hasBody) return `<html>${html}</html>`;
  if (hasHtml) {
    // Open a body right after the head (or after <html> when there is no head).
    const open = /<\/head\s*>/i.exec(html) ?? /<html[^>]*>/i.exec(html);
    const at = open ? open.index + open[0].length : 0;
    return `${html.slice(0, at)}<body>${html.slice(at)}`;
  }
  // A fragment: head-only tags (title, meta, link) still parse inside the body for our readers.
  const headEnd = /<\/head\s*>/i.exec(html);
  if (headEnd) {
    const at = headEnd.index + headEnd[0].length;
    return `<html>${html.slice(0, at)}<body>${html.slice(at)}</body></html>`;
  }
  return `<html><head></head><body>${html}</body></html>`;
}

/** Parses a page; `url` becomes a `<base href>` because linkedom has no notion of a base URI. */
export function parseHtml(html: string, opts: { url?: string } = {}): DomDocument {
  let source = html.length > LARGE_PAGE_CHARS ? html.replace(HEAVY_PARTS, '') : html;
  source = completeSkeleton(source);
  const { document } = parseHTML(source) as unknown as { document: DomDocument };
  if (opts.url && document.head && !document.querySelector('base[href]')) {
    const base = document.createElement('base');
    base.setAttribute('href', opts.url);
    (document.head as unknown as { prepend(n: DomElement): void }).prepend(base);
  }
  return document;
}
