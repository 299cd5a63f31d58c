/**
 * Reads the metadata a page declares about itself: meta tags (Open Graph, article:*, Dublin
 * Core, parsely/sailthru), JSON-LD, `<time>` elements, the `<h1>` and `<title>`, bylines and the
 * canonical link. Each value records where it was read; the metadata stage decides among them.
 */
import type { MetaOrigin, PublishedDate } from '../../model/document.js';
import type { MetaCandidates } from '../meta-candidates.js';
import { readDate, type DateReading } from './date-value.js';
import { ELEMENT_NODE, TEXT_NODE, type DomDocument, type DomElement, type DomNode } from './parse-html.js';
import { bylineNames, isByline } from './boilerplate-cues.js';

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ndash: '–', mdash: '—', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', hellip: '…', pound: '£', euro: '€' };

/** Decodes the HTML entities that JSON-LD and double-escaped meta values often carry. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(n) && n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    }
    return NAMED_ENTITIES[code.toLowerCase()] ?? whole;
  });
}

/** Collapses whitespace and decodes stray entities; returns undefined for blank or overlong text. */
function clean(text: string | null | undefined, max = 400): string | undefined {
  const t = decodeEntities(text ?? '').replace(/\s+/g, ' ').trim();
  return t.length === 0 || t.length > max ? undefined : t;
}

/** All meta tags keyed by lower-cased property/name/itemprop, in document order. */
function metaTags(doc: DomDocument): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const el of Array.from(doc.getElementsByTagName('meta'))) {
    const content = el.getAttribute('content');
    if (content === null) continue;
    for (const keyAttr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(keyAttr)?.trim().toLowerCase();
      if (!key) continue;
      const list = out.get(key) ?? [];
      list.push(content);
      out.set(key, list);
    }
  }
  return out;
}

function firstMeta(tags: Map<string, string[]>, keys: readonly string[], accept: (v: string) => boolean = () => true): string | undefined {
  for (const key of keys) {
    for (const v of tags.get(key) ?? []) {
      const c = clean(v, 2000);
      if (c !== undefined && accept(c)) return c;
    }
  }
  return undefined;
}

type JsonObject = Record<string, unknown>;

const ARTICLE_TYPES =
  /^(Article|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|WebPage|ItemPage)$/;

function isObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function typesOf(o: JsonObject): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string').map((x) => x.replace(/^https?:\/\/schema\.org\//, ''));
}

/** Every JSON-LD object on the page, flattening arrays, `@graph` and `mainEntity`. */
function jsonLdObjects(doc: DomDocument): JsonObject[] {
  const out: JsonObject[] = [];
  const scripts = Array.from(doc.querySelectorAll('script')).filter((s) => /ld\+json/i.test(s.getAttribute('type') ?? ''));
  for (const script of scripts) {
    const raw = (script.textContent ?? '')
      .replace(/^\s*(<!--|\/\/\s*<!\[CDATA\[|<!\[CDATA\[)/, '')
      .replace(/(-->|\/\/\s*\]\]>|\]\]>)\s*$/, '')
      // Raw line breaks inside strings are common and invalid JSON.
      .replace(/[\u0000-\u001f]+/g, ' ');
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      continue;
    }
    const queue: unknown[] = [parsed];
    let guard = 0;
    while (queue.length > 0 && guard++ < 500) {
      const item = queue.shift();
      if (Array.isArray(item)) queue.push(...item);
      else if (isObject(item)) {
        out.push(item);
        if (item['@graph'] !== undefined) queue.push(item['@graph']);
        if (isObject(item['mainEntity'])) queue.push(item['mainEntity']);
      }
    }
  }
  return out;
}

/** The article object of the page's JSON-LD: an Article type first, any object with a headline next. */
function jsonLdArticle(objects: readonly JsonObject[]): JsonObject | undefined {
  const articles = objects.filter((o) => typesOf(o).some((t) => ARTICLE_TYPES.test(t) && !/^(WebPage|ItemPage)$/.test(t)));
  return articles.find((o) => typeof o['headline'] === 'string') ?? articles[0] ?? objects.find((o) => typeof o['headline'] === 'string');
}

/** Names in a JSON-LD person/organisation value: a string, `{name}`, or a list of them. */
function jsonLdNames(v: unknown): string[] {
  if (typeof v === 'string') return clean(v, 200) ? [clean(v, 200)!] : [];
  if (Array.isArray(v)) return v.flatMap(jsonLdNames);
  if (isObject(v) && typeof v['name'] === 'string') return jsonLdNames(v['name']);
  return [];
}

/** Separators between a headline and the site name in titles (captured, to rebuild the rest). */
const TITLE_SEPARATOR = /(\s+[|\-–—·•»:]{1,2}\s+)/;

function comparable(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * Removes a site name from the start or end of a title: "Headline | Site", "Site - Headline".
 * Without a known site name, a short last segment after " | " is taken to be one.
 */
export function stripSiteName(title: string, siteNames: readonly string[]): string {
  const pieces = title.split(TITLE_SEPARATOR);
  const segments = pieces.filter((_, i) => i % 2 === 0);
  if (segments.length < 2) return title;
  const names = siteNames.map(comparable).filter((n) => n.length > 0);
  const isSite = (p: string): boolean => {
    const c = comparable(p);
    return c.length > 0 && names.some((n) => c === n || (n.length >= 4 && (c.includes(n) || n.includes(c))));
  };
  let start = 0;
  let end = segments.length;
  while (end - start > 1 && isSite(segments[end - 1]!)) end--;
  while (end - start > 1 && isSite(segments[start]!)) start++;
  if (start === 0 && end === segments.length && pieces[pieces.length - 2]?.includes('|')) {
    // No site name to match: a short segment after the last " | " is one.
    const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;
    if (words(segments[end - 1]!) <= 4 && words(segments.slice(0, -1).join(' ')) >= 3) end--;
  }
  // Segments [start, end) with the separators between them.
  return pieces.slice(start * 2, end * 2 - 1).join('').trim() || title;
}

/**
 * The site name in a title that also holds the headline: "Headline :: Site", "Site | Headline".
 * The headline is recognised by one of the page's other headline candidates.
 */
export function siteFromTitle(title: string, headlines: ReadonlyArray<string | undefined>): string | undefined {
  const pieces = title.split(TITLE_SEPARATOR);
  const segments = pieces.filter((_, i) => i % 2 === 0);
  if (segments.length < 2) return undefined;
  const heads = headlines.filter((h): h is string => !!h).map(comparable).filter((h) => h.length > 0);
  const isHead = (from: number, to: number): boolean => heads.includes(comparable(pieces.slice(from * 2, to * 2 - 1).join('')));
  const plausible = (s: string | undefined): string | undefined => {
    const t = s?.trim();
    return t && t.split(/\s+/).length <= 6 && !heads.includes(comparable(t)) ? t : undefined;
  };
  for (let k = segments.length - 1; k >= 1; k--) {
    if (isHead(0, k)) return plausible(segments[segments.length - 1]);
    if (isHead(segments.length - k, segments.length)) return plausible(segments[0]);
  }
  return undefined;
}

/** The site's name as its masthead or logo writes it (text or image alt). */
function mastheadName(doc: DomDocument): string | undefined {
  const el = doc.querySelector('[class*="masthead"], [id*="masthead"], [class*="site-title"], [id*="site-title"], [class*="site-name"], [id*="site-name"], [class*="logo"], [id*="logo"]');
  if (!el) return undefined;
  const text = clean(el.textContent, 60) ?? clean(el.querySelector('img[alt]')?.getAttribute('alt'), 60);
  return text && text.length >= 2 && !/\d{3}/.test(text) ? text : undefined;
}

function hostOf(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) ? u.hostname.replace(/^www\d?\./, '') : undefined;
  } catch {
    return undefined;
  }
}

function absoluteUrl(href: string | undefined, base: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const u = base ? new URL(href, base) : new URL(href);
    return /^https?:$/.test(u.protocol) ? u.href : undefined;
  } catch {
    return undefined;
  }
}

function isUrlLike(s: string): boolean {
  return /^(https?:)?\/\//i.test(s) || /^www\./i.test(s);
}

function published(reading: DateReading | undefined, from: MetaOrigin, quote?: string): PublishedDate | undefined {
  if (!reading) return undefined;
  const out: PublishedDate = { value: reading.value, precision: reading.precision, from };
  if (quote !== undefined) out.quote = quote;
  return out;
}

const PUBLISHED_META = [
  'article:published_time', 'article:published', 'og:article:published_time', 'og:published_time',
  'published_time', 'datepublished', 'pubdate', 'publishdate', 'publish-date', 'publish_date',
  'article.published', 'article_date_original', 'original-publish-date', 'parsely-pub-date',
  'sailthru.date', 'dc.date.issued', 'dcterms.issued', 'dc.date', 'dcterms.date', 'dc.date.created',
  'dcterms.created', 'date', 'cxenseparse:recs:publishtime', 'datecreated',
];

const AUTHOR_META = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'dcterms.creator', 'byl'];

/** Class/id words of page parts whose dates belong to other stories or to comments. */
const ELSEWHERE = /sidebar|related|popular|widget|trending|recommend|teaser|footer|\bnav|menu|comment|latest|most-?read|more-?stories/i;

/** The first `<time>` that dates the article: marked as publication time, or inside the article header. */
function publicationTime(doc: DomDocument): DomElement | undefined {
  const times = Array.from(doc.querySelectorAll('time'));
  const dated = times.filter((t) => readDate(t.getAttribute('datetime')) !== undefined);
  const marked = dated.find((t) => t.hasAttribute('pubdate') || /datepublished/i.test(t.getAttribute('itemprop') ?? '') || /publish|posted|created/i.test(t.getAttribute('class') ?? ''));
  if (marked) return marked;
  // Otherwise the first one outside sidebars, teaser lists, comments and page chrome.
  return dated.find((t) => {
    for (let p = t.parentElement; p; p = p.parentElement) {
      if (p.tagName === 'ASIDE' || p.tagName === 'NAV' || p.tagName === 'FOOTER') return false;
      if (ELSEWHERE.test(`${p.getAttribute('class') ?? ''} ${p.getAttribute('id') ?? ''}`)) return false;
    }
    return true;
  });
}

function stripBy(name: string): string {
  return name.replace(/^(by|von|par|por|di|door|av)\s*:?\s+/i, '').trim();
}

/** Elements whose text never holds the article's byline. */
const NOT_BYLINE = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'NAV', 'FOOTER', 'ASIDE', 'HEAD', 'SELECT', 'BUTTON']);

/**
 * The article's visible byline: an element marked as the author, or else the first short line
 * of the page that reads "By Name …". Returns the names without "By" and trailing dates.
 */
function bylineText(doc: DomDocument): string | undefined {
  const el =
    doc.querySelector('[itemprop="author"] [itemprop="name"]') ??
    doc.querySelector('[itemprop="author"]') ??
    doc.querySelector('a[rel="author"]') ??
    doc.querySelector('[class*="byline"]') ??
    doc.querySelector('[class~="author"], [class*="author-name"]');
  if (el && el.tagName !== 'META' && el.tagName !== 'LINK') {
    const text = clean(el.textContent, 160);
    const name = text === undefined ? undefined : bylineNames(text);
    if (name) return name;
  }
  return firstByByline(doc) ?? nameBesideTime(doc);
}

/** A person's name as bylines write it: two to four capitalised words. */
const PERSON_NAME = /^\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Lu}[\p{L}'’.-]*|van|von|de|der|da|di|le|la|al|bin|ibn)){1,3}$/u;

/**
 * A name standing next to the article's <time> in the same short line without a "By":
 * "Oksana Mirecki · Sat 14 Mar 2026, 20:30".
 */
function nameBesideTime(doc: DomDocument): string | undefined {
  for (const time of Array.from(doc.querySelectorAll('time')).slice(0, 5)) {
    const line = clean(time.parentElement?.textContent, 120);
    const stamp = clean(time.textContent, 120);
    if (!line || !stamp) continue;
    for (const part of line.replace(stamp, '|').split(/\s*[|·•,–—]\s*/)) {
      const name = part.trim();
      if (PERSON_NAME.test(name) && !/\d/.test(name)) return name;
    }
  }
  return undefined;
}

/** A byline cue inside a text node: "By Name" at its start, or "Author: Name" after a separator. */
const BYLINE_CUE = /(?:^\s*|[|•·,]\s*)((?:by|von|par|por)\s+\p{Lu}|(?:author|автор|autor|auteur|autore)\s*:\s*\p{Lu})/iu;

/** The first short line in the body with a byline cue that yields a name. */
function firstByByline(doc: DomDocument): string | undefined {
  if (!doc.body) return undefined;
  const stack: DomNode[] = [doc.body];
  let seen = 0;
  while (stack.length > 0 && seen++ < 20_000) {
    const node = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      const value = node.textContent ?? '';
      const cue = BYLINE_CUE.exec(value);
      if (!cue) continue;
      // The line is the text of the nearest block around the cue, read from the cue on.
      let block = node.parentNode as DomElement | null;
      while (block && INLINE.has(block.tagName)) block = block.parentElement;
      const line = clean(block?.textContent, 160);
      if (line === undefined) continue;
      const from = line.indexOf(cue[1]!.trim().slice(0, 3));
      const rest = from >= 0 ? line.slice(from) : line;
      const names = isByline(rest) || /^(author|автор|autor|auteur|autore)\s*:/i.test(rest) ? bylineNames(rest) : undefined;
      if (names) return names;
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE || NOT_BYLINE.has((node as DomElement).tagName)) continue;
    const kids = node.childNodes;
    for (let i = kids.length - 1; i >= 0; i--) {
      const kid = kids[i];
      if (kid) stack.push(kid);
    }
  }
  return undefined;
}

const INLINE = new Set(['A', 'SPAN', 'B', 'STRONG', 'EM', 'I', 'SMALL', 'TIME', 'ABBR', 'CITE', 'FONT', 'U']);

/** The page's visible headline: the first <h1> of the article (or page) that is not a logo. */
function pageHeading(doc: DomDocument, siteNames: readonly string[]): string | undefined {
  const all = [...Array.from(doc.querySelectorAll('article h1, main h1')), ...Array.from(doc.getElementsByTagName('h1'))];
  for (const el of all) {
    if (/logo|brand|site-?(title|name)|masthead/i.test(`${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`)) continue;
    const text = clean(el.textContent, 300);
    if (!text || siteNames.some((n) => comparable(n) === comparable(text))) continue;
    return text;
  }
  return undefined;
}

/** The date in a page address such as `/2019/11/19/slug`. */
function dateFromUrl(url: string | undefined): DateReading | undefined {
  if (!url) return undefined;
  const m = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|$)/.exec(url);
  if (!m) return undefined;
  return readDate(`${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`);
}

/** Options for {@link readHtmlMeta}. */
export interface HtmlMetaOptions {
  /** The page's address: resolves a relative canonical link, and gives the domain fallback. */
  url?: string;
  /** Visible date lines found at the top of the article, tried when nothing else dates it. */
  datelines?: readonly string[];
}

/** Reads metadata candidates from a parsed page (before anything mutates it). */
export function readHtmlMeta(doc: DomDocument, opts: HtmlMetaOptions = {}): MetaCandidates {
  const tags = metaTags(doc);
  const ld = jsonLdObjects(doc);
  const article = jsonLdArticle(ld);
  const meta: MetaCandidates = {};

  // Canonical address first: it is the base for the domain fallback.
  const canonicalHref = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined;
  const canonical = absoluteUrl(canonicalHref ?? undefined, opts.url) ?? absoluteUrl(firstMeta(tags, ['og:url']), opts.url);
  if (canonical) meta.canonicalUrl = canonical;

  // Outlet.
  const siteName = firstMeta(tags, ['og:site_name', 'application-name'], (v) => v.length <= 100 && !isUrlLike(v));
  const publisher = article ? jsonLdNames(article['publisher'])[0] : undefined;
  const host = hostOf(opts.url) ?? hostOf(canonical);
  const ldHeadline = article && typeof article['headline'] === 'string' ? clean(article['headline']) : undefined;
  const ogTitle = firstMeta(tags, ['og:title', 'twitter:title'], (v) => v.length <= 400);
  const title = clean(doc.title);
  const rawH1 = clean(doc.querySelector('h1')?.textContent, 300);
  if (siteName) meta.outlet = { value: siteName, from: 'meta-tag' };
  else if (publisher) meta.outlet = { value: publisher, from: 'json-ld' };
  else {
    const fromTitle = title === undefined ? undefined : siteFromTitle(title, [ldHeadline, ogTitle, rawH1]);
    const chrome = fromTitle === undefined ? mastheadName(doc) : undefined;
    if (fromTitle) meta.outlet = { value: fromTitle, from: 'title-tag' };
    else if (chrome) meta.outlet = { value: chrome, from: 'site-chrome' };
    else if (host) meta.outlet = { value: host, from: 'domain' };
  }

  // Headline.
  const names = [siteName, publisher, meta.outlet?.value, host, host?.split('.')[0]].filter((x): x is string => !!x);
  const h1 = pageHeading(doc, names);
  const strippedTitle = title === undefined ? undefined : stripSiteName(title, names);
  // An <h1> the title does not contain, on a page whose title names the site, is a logo or a section name.
  const h1Trusted = h1 !== undefined && (title === undefined || strippedTitle === title || comparable(title).includes(comparable(h1)));
  if (ldHeadline) meta.headline = { value: ldHeadline, from: 'json-ld' };
  else if (ogTitle) meta.headline = { value: stripSiteName(ogTitle, names), from: 'meta-tag' };
  else if (h1 && h1Trusted) meta.headline = { value: h1, from: 'heading' };
  else if (strippedTitle) meta.headline = { value: strippedTitle, from: 'title-tag' };
  else if (h1) meta.headline = { value: h1, from: 'heading' };

  // Publication date.
  const pubMeta = firstMeta(tags, PUBLISHED_META, (v) => readDate(v) !== undefined);
  const ldDate = article ? [article['datePublished'], article['dateCreated']].find((v): v is string => typeof v === 'string' && readDate(v) !== undefined) : undefined;
  const itempropEl = doc.querySelector('[itemprop="datePublished"]:not(meta)');
  const itemprop = itempropEl ? itempropEl.getAttribute('datetime') ?? itempropEl.getAttribute('content') ?? itempropEl.textContent : undefined;
  const timeEl = publicationTime(doc);
  const dateline = opts.datelines?.map((d) => ({ d, r: readDate(d) })).find((x) => x.r !== undefined);
  meta.published =
    published(readDate(pubMeta), 'meta-tag') ??
    published(readDate(ldDate), 'json-ld') ??
    published(readDate(itemprop), 'meta-tag') ??
    published(readDate(timeEl?.getAttribute('datetime')), 'time-element', clean(timeEl?.textContent, 120)) ??
    published(dateline?.r, 'dateline', dateline?.d) ??
    published(dateFromUrl(opts.url ?? canonical), 'url');
  if (meta.published === undefined) delete meta.published;

  // Author.
  const authorMeta = firstMeta(tags, AUTHOR_META, (v) => !isUrlLike(v) && v.length <= 200 && !names.some((n) => comparable(n) === comparable(v)));
  const ldAuthors = article ? jsonLdNames(article['author']).filter((n) => !isUrlLike(n)) : [];
  const byline = bylineText(doc);
  // JSON-LD lists every author where a meta tag often has only the first.
  if (ldAuthors.length > 0) meta.author = { value: [...new Set(ldAuthors.map(stripBy))].join(', '), from: 'json-ld' };
  else if (authorMeta) meta.author = { value: stripBy(authorMeta), from: 'meta-tag' };
  else if (byline) meta.author = { value: byline, from: 'byline' };

  return meta;
}
