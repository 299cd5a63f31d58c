import { DOMParser, parseHTML } from 'linkedom';
import { CorroborateError } from '../core/errors.js';

/** One feed entry as found. */
export interface FeedEntry {
  title?: string;
  link?: string;
  /** pubDate / updated / published / dc:date, as written. */
  published?: string;
  author?: string;
  /** guid (RSS) or id (Atom). */
  guid?: string;
  /** The richest body: content:encoded, Atom content, then description / summary. */
  body?: { format: 'html' | 'text'; value: string };
}

/** A parsed RSS 2.0, RSS 1.0 (RDF) or Atom feed. */
export interface ParsedFeed {
  flavour: 'rss' | 'atom' | 'rdf';
  title?: string;
  entries: FeedEntry[];
  /** False when the root element is not closed: the feed was cut off and the last entry may be partial. */
  complete: boolean;
}

// linkedom's XML mode is lenient (no DTD, no namespace resolution): names are matched on their local part.
type El = {
  tagName: string;
  children: ArrayLike<El>;
  textContent: string | null;
  innerHTML: string;
  getAttribute(name: string): string | null;
};

function local(el: El): string {
  const name = el.tagName;
  const i = name.indexOf(':');
  return (i === -1 ? name : name.slice(i + 1)).toLowerCase();
}

function prefix(el: El): string {
  const i = el.tagName.indexOf(':');
  return i === -1 ? '' : el.tagName.slice(0, i).toLowerCase();
}

function kids(el: El): El[] {
  return Array.from(el.children);
}

function child(el: El, name: string, pred: (e: El) => boolean = () => true): El | undefined {
  return kids(el).find((c) => local(c) === name && pred(c));
}

let htmlDoc: { createElement(tag: string): { innerHTML: string; textContent: string | null } } | undefined;

/**
 * Decodes HTML named entities left in XML text (`&eacute;`, `&nbsp;`): not defined in XML, yet
 * common in feeds, and the XML parser passes them through verbatim.
 */
function decodeHtmlEntities(s: string): string {
  if (!/&[a-z][a-z0-9]*;/i.test(s)) return s;
  const doc = (htmlDoc ??= parseHTML('<!DOCTYPE html><html><body></body></html>').document);
  const el = doc.createElement('p');
  el.innerHTML = s.replace(/</g, '&lt;');
  return el.textContent ?? s;
}

function text(el: El | undefined): string | undefined {
  const t = el?.textContent?.trim();
  return t === undefined || t === '' ? undefined : decodeHtmlEntities(t);
}

/** Atom text constructs: `type="html"` holds escaped HTML, `xhtml` holds markup, `text` is plain. */
function atomBody(el: El | undefined): FeedEntry['body'] {
  if (el === undefined) return undefined;
  const type = (el.getAttribute('type') ?? 'text').toLowerCase();
  if (type === 'xhtml') {
    const html = el.innerHTML.trim();
    return html === '' ? undefined : { format: 'html', value: html };
  }
  const value = el.textContent ?? '';
  if (value.trim() === '') return undefined;
  const html = type === 'html' || type === 'text/html';
  // HTML keeps its entities for the HTML parser downstream; plain text gets them decoded now.
  return html ? { format: 'html', value } : { format: 'text', value: decodeHtmlEntities(value) };
}

function rssEntry(item: El): FeedEntry {
  const encoded = child(item, 'encoded');
  const description = child(item, 'description');
  const bodyEl = text(encoded) !== undefined ? encoded : description;
  const body = bodyEl === undefined ? undefined : (bodyEl.textContent ?? '');
  const creator = text(child(item, 'creator', (c) => prefix(c) !== ''));
  return {
    title: text(child(item, 'title')),
    link: text(child(item, 'link')),
    published: text(child(item, 'pubdate')) ?? text(child(item, 'date')),
    // RSS `author` is "email (Name)"; keep the name when it is there.
    author: creator ?? text(child(item, 'author'))?.replace(/^\S+@\S+\s*\((.+)\)$/, '$1'),
    guid: text(child(item, 'guid')) ?? item.getAttribute('rdf:about') ?? undefined,
    body: body === undefined || body.trim() === '' ? undefined : { format: 'html', value: body },
  };
}

function atomLink(entry: El): string | undefined {
  const links = kids(entry).filter((c) => local(c) === 'link');
  const alt = links.find((l) => (l.getAttribute('rel') ?? 'alternate') === 'alternate') ?? links[0];
  return alt?.getAttribute('href')?.trim() || undefined;
}

function atomAuthor(el: El | undefined): string | undefined {
  return el === undefined ? undefined : text(child(el, 'name')) ?? text(el);
}

function atomEntry(entry: El, feedAuthor: string | undefined): FeedEntry {
  return {
    title: text(child(entry, 'title')),
    link: atomLink(entry),
    published: text(child(entry, 'published')) ?? text(child(entry, 'updated')),
    author: atomAuthor(child(entry, 'author')) ?? feedAuthor,
    guid: text(child(entry, 'id')),
    body: atomBody(child(entry, 'content')) ?? atomBody(child(entry, 'summary')),
  };
}

/**
 * Parses a feed document. Throws CRB_ERR_FEED_FORMAT when the root is not `rss`, `feed` or
 * `rdf:RDF`. Parsing is lenient like a feed reader's: a cut-off feed yields the entries found,
 * with `complete: false`.
 */
export function parseFeed(xml: string, input: string): ParsedFeed {
  const doc = new DOMParser().parseFromString(xml, 'text/xml') as unknown as { documentElement: El | null };
  const root = doc.documentElement;
  const rootName = root === null ? '' : local(root);
  const flavour = rootName === 'rss' ? 'rss' : rootName === 'feed' ? 'atom' : rootName === 'rdf' ? 'rdf' : undefined;
  if (root === null || flavour === undefined) {
    throw new CorroborateError('CRB_ERR_FEED_FORMAT', `not an RSS or Atom feed (root element <${root?.tagName ?? 'none'}>)`, { input });
  }
  const complete = new RegExp(`</${root.tagName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*>\\s*$`).test(xml.trimEnd());
  if (flavour === 'atom') {
    const feedAuthor = atomAuthor(child(root, 'author'));
    const entries = kids(root).filter((c) => local(c) === 'entry').map((e) => atomEntry(e, feedAuthor));
    return { flavour, title: text(child(root, 'title')), entries, complete };
  }
  const channel = child(root, 'channel');
  // RSS 2.0 nests items in the channel; RSS 1.0 puts them beside it.
  const itemParent = flavour === 'rss' ? channel : root;
  const entries = itemParent === undefined ? [] : kids(itemParent).filter((c) => local(c) === 'item').map(rssEntry);
  return { flavour, title: channel === undefined ? undefined : text(child(channel, 'title')), entries, complete };
}
