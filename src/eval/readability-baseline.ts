/**
 * The reference extractor the benchmark compares us with: plain Readability.js on a linkedom
 * document, its `textContent` taken as the body.
 */
import { Readability } from '@mozilla/readability';
import { parseHtml } from '../analyze/extract/parse-html.js';

/** Plain Readability's body text for a page; empty when it finds no article or fails. */
export function readabilityText(html: string, url?: string): string {
  try {
    const doc = parseHtml(html, url === undefined ? {} : { url });
    return new Readability(doc as never).parse()?.textContent ?? '';
  } catch {
    return '';
  }
}
