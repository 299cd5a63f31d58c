/**
 * Metadata the cleaned text itself shows: a headline on the first line, a byline, a credit to
 * another outlet or agency, and a date from a dateline or from the chrome that was cut.
 */
import type { CreditedOrigin, PublishedDate } from '../../model/document.js';
import type { MetaCandidates } from '../meta-candidates.js';
import type { ChromeDate } from './find-removals.js';
import { isAllCaps, looksLikeTitle } from './line-rules.js';
import { isoDay, type LineDate } from './parse-date-line.js';
import { readAccordingTo, readDateline, readSourceLine, readTranslatedFrom } from './read-credits.js';
import { readByline } from './read-byline.js';
import { textLines, wordCount } from './text-lines.js';

/** Options for reading metadata from cleaned text. */
export interface TextMetaOptions {
  /**
   * The caller already has the headline (from HTML). Extractors then usually drop the `<h1>`
   * from the body, so the first line is a standfirst or subheading and is not taken as headline.
   */
  headlineKnown?: boolean;
}

/** Reads metadata candidates from the cleaned `text`; ranges point into it. */
export function readTextMeta(text: string, chromeDates: readonly ChromeDate[], opts: TextMetaOptions = {}): MetaCandidates {
  const lines = textLines(text);
  const meta: MetaCandidates = {};
  const firstLines = lines.filter((l) => !l.blank).slice(0, 5);

  const head = firstLines[0];
  if (head && !opts.headlineKnown && isHeadline(head.text) && !readByline(head.text)) {
    meta.headline = { value: head.text, from: 'first-line', range: [head.textStart, head.textEnd] };
  }

  for (const ln of firstLines) {
    const by = readByline(ln.text);
    if (!by) continue;
    const start = ln.textStart + by.offset;
    meta.author = { value: by.names, from: 'byline', range: [start, start + by.names.length] };
    break;
  }

  const dateline = readDateline(lines);
  const credit: CreditedOrigin | undefined =
    readSourceLine(lines) ?? dateline?.credit ?? readTranslatedFrom(text) ?? readAccordingTo(text);
  if (credit) meta.creditedOrigin = credit;

  const published = pickPublished(dateline?.date, dateline?.quote, chromeDates);
  if (published) meta.published = published;
  return meta;
}

/** A first line that reads as a headline: short, several words, no final period unless all capitals. */
function isHeadline(line: string): boolean {
  const words = wordCount(line);
  return words >= 3 && line.length <= 250 && looksLikeTitle(line, 35) && (!/[.]$/u.test(line) || isAllCaps(line));
}

/**
 * A dated dateline is the report's own statement of its date; a date line cut from the top of the
 * page comes next; the page's "Today:" date only bounds publication from above, so it is last.
 * A dateline without a year borrows one from the chrome date, never from the clock.
 */
function pickPublished(date: LineDate | undefined, quote: string | undefined, chrome: readonly ChromeDate[]): PublishedDate | undefined {
  const ranked = [...chrome].sort((a, b) => rank(a.kind) - rank(b.kind));
  const best = ranked[0];
  if (date && quote) {
    let year = date.year;
    if (year === undefined && best) {
      const [y, m, d] = best.iso.split('-').map(Number) as [number, number, number];
      year = date.month > m || (date.month === m && date.day > d) ? y - 1 : y;
    }
    if (year !== undefined) return { value: isoDay({ year, month: date.month, day: date.day }), precision: 'day', from: 'dateline', quote };
  }
  if (best) return { value: best.iso, precision: 'day', from: 'site-chrome', quote: best.quote };
  return undefined;
}

function rank(kind: ChromeDate['kind']): number {
  return kind === 'labelled' ? 0 : kind === 'bare' ? 1 : 2;
}
