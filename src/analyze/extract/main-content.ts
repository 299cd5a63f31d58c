/**
 * Finds the element holding the article: Readability's candidate scoring picks the container
 * (its choice is sound on most news layouts); our pruning then cleans inside it.
 */
import { Readability } from '@mozilla/readability';
import { collectBlocks } from './html-blocks.js';
import type { DomDocument, DomElement } from './parse-html.js';

/** Element count above which Readability is not tried (its passes grow too slow). */
export const MAX_ELEMENTS = 40_000;

/** Nesting depth above which Readability is not tried: its ancestor walks grow with depth and
 * linkedom's re-parse recurses, so absurdly deep pages take minutes or overflow the stack. */
export const MAX_DEPTH = 256;

/**
 * Runs Readability on `doc` (which it mutates) and returns the article element it built, with
 * class and id attributes kept for the pruning that follows; null when it finds nothing.
 */
export function readabilityContent(doc: DomDocument): DomElement | null {
  if (!doc.body || !doc.documentElement) return null;
  const reader = new Readability(doc as never, {
    keepClasses: true,
    // Readability throws above this many elements; the caller then reads the whole body.
    maxElemsToParse: MAX_ELEMENTS,
    serializer: (el: unknown) => el as DomElement,
  });
  const article = reader.parse();
  return article?.content ?? null;
}

/** Share of the page's prose a container must hold for the search to descend into it. */
const PROSE_SHARE = 0.8;

/**
 * The tightest element holding most of the page's prose (paragraphs of 80+ characters that are
 * not mostly links). A linear fallback for pages Readability cannot read.
 */
export function proseContainer(body: DomElement): DomElement {
  const prose = new Map<DomElement, number>();
  let total = 0;
  for (const b of collectBlocks(body)) {
    if (b.text.length < 80 || b.linkChars / b.text.length > 0.5) continue;
    total += b.text.length;
    for (let el: DomElement | null = b.el; el; el = el.parentElement) {
      prose.set(el, (prose.get(el) ?? 0) + b.text.length);
      if (el === body) break;
    }
  }
  if (total === 0) return body;
  let current = body;
  for (;;) {
    let next: DomElement | undefined;
    for (const child of Array.from(current.children)) {
      if ((prose.get(child) ?? 0) >= total * PROSE_SHARE) {
        next = child;
        break;
      }
    }
    if (!next) return current;
    current = next;
  }
}
