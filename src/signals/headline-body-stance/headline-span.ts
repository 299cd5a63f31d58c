import type { CleanDocument } from '../../model/document.js';
import type { Range } from '../../model/span.js';

/** A report's headline, with its span in the cleaned text when the text holds it. */
export interface HeadlineSpan {
  value: string;
  range?: Range;
}

/** How far into the text a headline given only as a value is looked for. */
const SEARCH_WINDOW = 2000;

/**
 * The headline of a document: `meta.headline`, located in `doc.text` by its range when that
 * range quotes it, else by searching the opening of the text. Undefined when there is none.
 */
export function headlineSpan(doc: CleanDocument): HeadlineSpan | undefined {
  const h = doc.meta.headline;
  const value = h?.value.trim();
  if (!h || !value) return undefined;
  const text = doc.text;
  if (h.range) {
    const [s, e] = h.range;
    if (0 <= s && s <= e && e <= text.length && text.slice(s, e).trim() === value) {
      // Trim the span to the words, so evidence quotes the headline and not its spaces.
      const lead = text.slice(s, e).length - text.slice(s, e).trimStart().length;
      return { value, range: [s + lead, s + lead + value.length] };
    }
  }
  const at = text.slice(0, SEARCH_WINDOW + value.length).indexOf(value);
  return at === -1 ? { value } : { value, range: [at, at + value.length] };
}
