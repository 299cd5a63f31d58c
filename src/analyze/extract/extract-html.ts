/**
 * HTML page → article body text and the metadata the page declares. The body is Readability's
 * article container cleaned of page furniture (see prune-article.ts); metadata comes from meta
 * tags, JSON-LD and visible cues, read before anything mutates the page.
 */
import type { MetaCandidates } from '../meta-candidates.js';
import { bylineNames, sourceLineName } from './boilerplate-cues.js';
import { readDate } from './date-value.js';
import { blocksToText } from './html-blocks.js';
import { readHtmlMeta, stripSiteName } from './html-meta.js';
import { MAX_DEPTH, MAX_ELEMENTS, proseContainer, readabilityContent } from './main-content.js';
import { parseHtml, type DomDocument } from './parse-html.js';
import { markFurniture, protectEmbeds, pruneArticle, type FurnitureMarks, type PrunedArticle } from './prune-article.js';

/** What extraction found on a page. */
export interface ExtractedHtml {
  /** The article body: paragraphs separated by a blank line; empty when none was found. */
  text: string;
  meta: MetaCandidates;
}

/** Options for {@link extractHtml}. */
export interface ExtractHtmlOptions {
  /** The page's address, for relative links and the outlet fallback. */
  url?: string;
}

/** Headline variants a body might repeat at its top. */
function headlineVariants(doc: DomDocument, meta: MetaCandidates): string[] {
  const out: string[] = [];
  if (meta.headline) out.push(meta.headline.value);
  const h1 = doc.querySelector('h1')?.textContent;
  if (h1) out.push(h1);
  const title = doc.title;
  if (title) out.push(title, stripSiteName(title, meta.outlet ? [meta.outlet.value] : []));
  return out;
}

function safely<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch {
    return fallback;
  }
}

/** Fills the date and credit candidates that only pruning could see. */
function addPrunedMeta(meta: MetaCandidates, pruned: PrunedArticle): void {
  if (!meta.published || meta.published.from === 'url') {
    // A "Published …" stamp beats an "Updated …" one.
    const lines = [...pruned.datelines].sort((a, b) => Number(/^(last )?(updated|modified)/i.test(a)) - Number(/^(last )?(updated|modified)/i.test(b)));
    for (const line of lines) {
      const reading = readDate(line.replace(/^(first |last )?(published|posted|updated|modified)( on| at)?\s*:?\s*/i, ''));
      if (reading) {
        meta.published = { value: reading.value, precision: reading.precision, from: 'dateline', quote: line };
        break;
      }
    }
  }
  const byline = pruned.bylines.map(bylineNames).find((n) => n !== undefined);
  if (!meta.author && byline) meta.author = { value: byline, from: 'byline' };
  const source = pruned.sourceLines[0];
  const name = source === undefined ? undefined : sourceLineName(source);
  if (source !== undefined && name !== undefined && !meta.creditedOrigin) {
    meta.creditedOrigin = { name, cue: 'source-line', quote: source };
  }
}

/** The element holding most prose, pruned: for pages Readability cannot or should not read. */
function wholeBody(doc: DomDocument, marks: FurnitureMarks, headlines: readonly string[]): PrunedArticle | undefined {
  return doc.body ? pruneArticle(proseContainer(doc.body), { headlines, marks }) : undefined;
}

/** Extracts the main text and metadata candidates of an HTML page. Never throws on bad HTML. */
export function extractHtml(html: string, opts: ExtractHtmlOptions = {}): ExtractedHtml {
  const doc = safely(() => parseHtml(html, opts), undefined);
  if (!doc || !doc.body) return { text: '', meta: {} };
  const meta = safely(() => readHtmlMeta(doc, opts.url === undefined ? {} : { url: opts.url }), {} as MetaCandidates);
  const headlines = safely(() => headlineVariants(doc, meta), []);
  const marks = markFurniture(doc.body);
  protectEmbeds(doc.body);
  let pruned: PrunedArticle | undefined;
  if (marks.depth <= MAX_DEPTH && marks.elements <= MAX_ELEMENTS) {
    const root = safely(() => readabilityContent(doc), null);
    if (root) pruned = pruneArticle(root, { headlines, marks });
    if (!pruned || pruned.blocks.length === 0) {
      // Readability has rewritten the page by now: start again from the source.
      const fresh = safely(() => parseHtml(html, opts), undefined);
      if (fresh?.body) {
        const freshMarks = markFurniture(fresh.body);
        pruned = safely(() => wholeBody(fresh, freshMarks, headlines), undefined) ?? pruned;
      }
    }
  } else {
    pruned = safely(() => wholeBody(doc, marks, headlines), undefined);
  }
  if (!pruned) return { text: '', meta };
  addPrunedMeta(meta, pruned);
  return { text: blocksToText(pruned.blocks), meta };
}
