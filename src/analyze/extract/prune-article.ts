/**
 * Cleans inside the article container: skips furniture elements (captions, share bars, related
 * boxes, bylines) and drops furniture blocks (datelines, "read more" pointers, link lists,
 * promos), favouring precision only where the cue is strong.
 */
import { collectBlocks, type Block } from './html-blocks.js';
import { RELATED_HEADING, isByline, isBylineOrDate, isFurnitureLine, isFurnitureName, sourceLineName } from './boilerplate-cues.js';
import { ELEMENT_NODE, TEXT_NODE, type DomElement, type DomNode } from './parse-html.js';
import { classAt, CJK, LETTER, NUMBER, widthAt } from '../text/char-class.js';

/** Elements inside an article that never hold body text (headers hold title, dek and byline). */
const FURNITURE_TAGS = new Set(['FIGCAPTION', 'NAV', 'ASIDE', 'FOOTER', 'FORM', 'LABEL', 'MENU', 'HEADER']);

/** Attribute that carries a furniture mark (the element's text length) through Readability's re-parses. */
const MARK_ATTR = 'data-furniture-chars';

/** A line that stamps publication; kept aside to date the page. */
const PUBLICATION_STAMP = /^(first |last )?(published|posted|updated|modified)\b.{0,80}\d/i;

/** A furniture-named element holding more than this share of the article's text is kept. */
const MAX_FURNITURE_SHARE = 0.35;

function attr(el: DomElement, name: string): string {
  return el.getAttribute(name) ?? '';
}

function isHidden(el: DomElement): boolean {
  if (el.hasAttribute('hidden') || attr(el, 'aria-hidden') === 'true') return true;
  const style = attr(el, 'style');
  return style !== '' && /(display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** Raw text length; only ever compared with other raw lengths, so whitespace runs cancel out. */
function textLength(el: DomElement): number {
  return (el.textContent ?? '').length;
}

/**
 * Word count, counting each CJK character as half a word since those scripts do not space words:
 * runs of letters and digits, plus half the Han, Hiragana, Katakana and Hangul characters (by
 * code point), counted in one scan over character classes.
 */
export function wordCount(text: string): number {
  let words = 0;
  let cjk = 0;
  let inWord = false;
  for (let i = 0; i < text.length; ) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      const ln = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
      if (ln && !inWord) words++;
      inWord = ln;
      i++;
      continue;
    }
    const k = classAt(text, i);
    const ln = (k & (LETTER | NUMBER)) !== 0;
    if (ln && !inWord) words++;
    inWord = ln;
    if (k & CJK) cjk++;
    i += widthAt(text, i);
  }
  return words + Math.floor(cjk / 2);
}

function linkDensity(b: Block): number {
  return b.text.length === 0 ? 0 : b.linkChars / b.text.length;
}

/** A paragraph that reads as running prose: long enough and ending a sentence. */
function isProse(b: Block): boolean {
  if (b.kind === 'heading' || b.kind === 'caption') return false;
  if (linkDensity(b) > 0.5) return false;
  const words = wordCount(b.text);
  return words >= 12 && /[.!?。！？…:;"”»’)\]]$/u.test(b.text);
}

function isFurnitureElement(el: DomElement): boolean {
  if (isHidden(el)) return true;
  const tag = el.tagName;
  // Embedded posts (tweets, quoted statements) are body text whatever their widget is called;
  // links inside a paragraph are text too, even when auto-tagging names them `tag-…`.
  if (tag === 'BLOCKQUOTE' || tag === 'A') return false;
  // A figure is an image with its caption and credit, unless it wraps a quote, table or code.
  if (tag === 'FIGURE') return el.querySelector('blockquote, table, pre') === null;
  if (FURNITURE_TAGS.has(tag)) return true;
  const name = `${attr(el, 'class')} ${attr(el, 'id')}`;
  if (name === ' ') return false;
  let known = nameCache.get(name);
  if (known === undefined) {
    known = isFurnitureName(name);
    if (nameCache.size > 5000) nameCache.clear();
    nameCache.set(name, known);
  }
  return known;
}

/** Class/id verdicts: pages repeat the same few names on many elements. */
const nameCache = new Map<string, boolean>();

/** Furniture marks kept in memory, and what marking saw of the page's shape. */
export interface FurnitureMarks {
  /** Elements and text nodes inside furniture, with the innermost furniture element's text length. */
  nodes: Map<DomNode, number>;
  /** Deepest element nesting seen. */
  depth: number;
  /** Number of elements seen. */
  elements: number;
}

/**
 * Marks furniture-looking elements of the page with the text length of the innermost such
 * element. Done before Readability runs, because Readability rebuilds some elements without their
 * class and id: a caption <div> is replaced by its only <p>, or its bare text is wrapped in a new
 * <p>. Three kinds of mark cover that: an attribute on each furniture element, an in-memory mark
 * on every node inside one (nodes survive rebuilding), and a marked <span> around bare text
 * directly inside a furniture <div> (attributes survive Readability's re-parse from HTML; DOM
 * attributes are costly in linkedom, so only these few get one).
 */
export function markFurniture(scope: DomElement): FurnitureMarks {
  let depth = 0;
  let elements = 0;
  // One iterative pass with enter/exit steps: text lengths add up on exit, so no element's
  // textContent is ever built; marking waits until every furniture length is known.
  const stack: Array<{ node: DomNode; exit: boolean }> = [{ node: scope, exit: false }];
  const counts: number[] = [0];
  const furniture: DomElement[] = [];
  const lengths = new Map<DomElement, number>();
  const inside: Array<{ node: DomNode; within: DomElement }> = [];
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      const value = node.textContent ?? '';
      counts[counts.length - 1]! += value.length;
      const within = furniture[furniture.length - 1];
      if (within) inside.push({ node, within });
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) continue;
    const el = node as DomElement;
    if (exit) {
      const chars = counts.pop()!;
      counts[counts.length - 1]! += chars;
      if (furniture[furniture.length - 1] === el) {
        furniture.pop();
        lengths.set(el, chars);
      }
      continue;
    }
    elements++;
    if (counts.length > depth) depth = counts.length;
    counts.push(0);
    const within = furniture[furniture.length - 1];
    if (isFurnitureElement(el)) furniture.push(el);
    else if (within) inside.push({ node: el, within });
    stack.push({ node: el, exit: true });
    // Sibling order does not matter here, and walking the links is cheaper than childNodes.
    for (let kid = el.firstChild; kid; kid = kid.nextSibling) stack.push({ node: kid, exit: false });
  }
  const nodes = new Map<DomNode, number>();
  for (const [el, chars] of lengths) {
    el.setAttribute(MARK_ATTR, String(chars));
    nodes.set(el, chars);
  }
  for (const { node, within } of inside) {
    const chars = lengths.get(within) ?? 0;
    nodes.set(node, chars);
    if (node.nodeType !== TEXT_NODE) continue;
    const parent = node.parentNode as DomElement | null;
    if (parent?.tagName !== 'DIV' || !/\S/.test(node.textContent ?? '')) continue;
    const span = parent.ownerDocument.createElement('span');
    span.setAttribute(MARK_ATTR, String(chars));
    parent.replaceChild(span, node);
    span.appendChild(node);
  }
  return { nodes, depth, elements };
}

/**
 * Keeps embedded posts (a tweet is a <blockquote> in a wrapper named "social-media-embed",
 * "twitter-widget" …) from being thrown away by Readability, which drops elements whose class
 * says "social" or "widget", or that are link-heavy. Wrappers that hold little besides the quote
 * are renamed.
 * Runs after {@link markFurniture}, so furniture marks are already taken from the real names.
 */
export function protectEmbeds(scope: DomElement): void {
  for (const quote of Array.from(scope.getElementsByTagName('blockquote'))) {
    const own = textLength(quote);
    let el = quote.parentElement;
    for (let up = 0; el && up < 3 && el !== scope; up++, el = el.parentElement) {
      if (el.hasAttribute(MARK_ATTR) || textLength(el) > own + 200) break;
      // "content" is a word Readability weighs as positive, so its link-density cut spares the post.
      el.setAttribute('class', 'embedded-content');
      el.setAttribute('id', '');
    }
  }
}

/**
 * Story teasers: when the container holds several <article> elements, the small ones are cards
 * linking to other stories.
 */
function teaserArticles(root: DomElement, total: number): Set<DomElement> {
  const articles = Array.from(root.querySelectorAll('article'));
  const out = new Set<DomElement>();
  if (articles.length < 3) return out;
  for (const a of articles) {
    const chars = textLength(a);
    if (chars >= total * 0.1) continue;
    // A card links out, its headline first; a live-blog entry is mostly its own text.
    const linked = Array.from(a.querySelectorAll('a')).reduce((n, link) => n + textLength(link), 0);
    if (linked >= chars * 0.2 || a.querySelector('h1 a, h2 a, h3 a, h4 a') !== null) out.add(a);
  }
  return out;
}

/** Builds the element filter for one article root. */
function furnitureFilter(root: DomElement, total: number, marks: FurnitureMarks | undefined): (el: DomElement) => boolean {
  const teasers = teaserArticles(root, total);
  const limit = total * MAX_FURNITURE_SHARE;
  return (el: DomElement): boolean => {
    if (teasers.has(el)) return true;
    // A container named like furniture that holds much of the text is the article itself.
    const known = marks?.nodes.get(el);
    if (known !== undefined) return known <= limit;
    const marked = el.getAttribute(MARK_ATTR);
    if (marked !== null) return Number(marked) <= limit;
    return isFurnitureElement(el) && textLength(el) <= limit;
  };
}

/** Drops lists (and short lead-ins) made of links: related stories, tag clouds, menus. */
function dropLinkLists(blocks: Block[]): Block[] {
  const drop = new Set<number>();
  let i = 0;
  while (i < blocks.length) {
    const first = blocks[i]!;
    if (first.kind !== 'list-item') {
      i++;
      continue;
    }
    const list = first.el.parentElement;
    let j = i;
    let chars = 0;
    let links = 0;
    while (j < blocks.length && blocks[j]!.kind === 'list-item' && blocks[j]!.el.parentElement === list) {
      chars += blocks[j]!.text.length;
      links += blocks[j]!.linkChars;
      j++;
    }
    if (chars > 0 && links / chars >= 0.5) {
      for (let k = i; k < j; k++) drop.add(k);
      const before = blocks[i - 1];
      if (before && !isProse(before) && wordCount(before.text) <= 8) drop.add(i - 1);
    }
    i = j;
  }
  return blocks.filter((_, k) => !drop.has(k));
}

/**
 * Drops a "Related"/"More stories"/"Comments" heading and the non-prose blocks after it, up to
 * the next prose paragraph.
 */
function dropRelatedSections(blocks: Block[]): Block[] {
  const out: Block[] = [];
  let skipping = false;
  for (const b of blocks) {
    const short = wordCount(b.text) <= 8;
    if (short && RELATED_HEADING.test(b.text.trim()) && !/[.!?]$/.test(b.text.trim())) {
      skipping = true;
      continue;
    }
    if (skipping) {
      // Teasers under such a heading are links, list items or short lines; anything else ends it.
      const teaser = linkDensity(b) >= 0.5 || b.kind === 'list-item' || (b.kind !== 'heading' && !isProse(b) && short);
      if (teaser) continue;
      skipping = false;
    }
    out.push(b);
  }
  return out;
}

/** Normalises a line for comparing headlines. */
function comparable(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Header material before the first prose paragraph: bylines, date stamps, breadcrumbs, and a
 * repeated headline (also caught among the first few blocks). Date stamps are kept aside so the
 * page can still be dated from them.
 */
function dropHeader(blocks: Block[], headlines: readonly string[], datelines: string[], bylines: string[]): Block[] {
  const firstProse = blocks.findIndex(isProse);
  const end = firstProse < 0 ? 0 : firstProse;
  const heads = new Set(headlines.map(comparable).filter((h) => h.length > 0));
  return blocks.filter((b, k) => {
    const t = b.text.trim();
    if (k < Math.max(end, 3) && b.kind !== 'list-item' && heads.has(comparable(t))) return false;
    if (k >= end) return true;
    if (isBylineOrDate(t)) {
      if (isByline(t)) bylines.push(t);
      if (/\d/.test(t)) datelines.push(t);
      return false;
    }
    if (b.kind === 'list-item' && linkDensity(b) > 0.5) return false;
    return true;
  });
}

/** Trailer material after the last prose paragraph: bylines and date stamps. */
function dropTrailer(blocks: Block[]): Block[] {
  let lastProse = -1;
  for (let k = blocks.length - 1; k >= 0; k--) {
    if (isProse(blocks[k]!)) {
      lastProse = k;
      break;
    }
  }
  return blocks.filter((b, k) => k <= lastProse || !isBylineOrDate(b.text));
}

/** Options for {@link pruneArticle}. */
export interface PruneOptions {
  /** The page's headline in its variants (meta, h1, title), so a copy atop the body can be dropped. */
  headlines?: readonly string[];
  /** In-memory furniture marks taken before the container was chosen. */
  marks?: FurnitureMarks;
}

/** What pruning kept, and the credit lines it took out. */
export interface PrunedArticle {
  blocks: Block[];
  /** "Source: …" lines, verbatim, in order. */
  sourceLines: string[];
  /** Publication stamps cut from the top ("Published 10:02 AM EST Nov 19, 2019"), in order. */
  datelines: string[];
  /** Bylines cut from the top ("By Jana Vok | 11 Feb 2024"), in order. */
  bylines: string[];
}

/** The article's text blocks with furniture skipped and dropped. */
export function pruneArticle(root: DomElement, opts: PruneOptions = {}): PrunedArticle {
  const total = Math.max(1, textLength(root));
  const marks = opts.marks;
  const limit = total * MAX_FURNITURE_SHARE;
  const skipText = marks
    ? (node: DomNode): boolean => {
        const known = marks.nodes.get(node);
        return known !== undefined && known <= limit;
      }
    : undefined;
  let blocks = collectBlocks(root, furnitureFilter(root, total, marks), skipText);
  const credits: string[] = [];
  const datelines: string[] = [];
  const bylines: string[] = [];
  blocks = blocks.filter((b) => {
    if (b.kind === 'caption') return false;
    if (isFurnitureLine(b.text)) {
      if (PUBLICATION_STAMP.test(b.text)) datelines.push(b.text.trim());
      return false;
    }
    if (sourceLineName(b.text) !== undefined) {
      credits.push(b.text.trim());
      return false;
    }
    // A short paragraph or heading that is all link points at another page.
    if (b.kind === 'paragraph' || b.kind === 'heading') {
      const density = linkDensity(b);
      const words = wordCount(b.text);
      if ((density >= 0.8 && words <= 30) || (density >= 0.9 && words <= 60)) return false;
    }
    return true;
  });
  blocks = dropLinkLists(blocks);
  blocks = dropRelatedSections(blocks);
  blocks = dropHeader(blocks, opts.headlines ?? [], datelines, bylines);
  blocks = dropTrailer(blocks);
  return { blocks, sourceLines: credits, datelines, bylines };
}
