import type { Range } from '../../model/span.js';

/** Words after which a period does not end a sentence. */
const ABBREVIATIONS = new Set(
  [
    'mr', 'mrs', 'ms', 'dr', 'prof', 'gen', 'lt', 'col', 'maj', 'capt', 'sgt', 'rep', 'sen', 'gov', 'pres',
    'st', 'jr', 'sr', 'no', 'vs', 'etc', 'approx', 'inc', 'ltd', 'co', 'corp', 'dept', 'est', 'fig', 'jan',
    'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'wed', 'thu',
    'fri', 'sat', 'sun', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'a.m', 'p.m', 'hr', 'hrs', 'min', 'km', 'mt',
  ],
);

const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']']);

/**
 * Splits a text into sentence spans (UTF-16 offsets into `text`), never across a line break.
 * Rule-based on purpose: it keeps exact offsets, costs microseconds, and handles what news
 * copy needs (abbreviations, initials, decimals, closing quotes after the stop).
 */
export function splitSentences(text: string, from = 0, to = text.length): Range[] {
  const out: Range[] = [];
  let start = skipSpace(text, from, to);
  let i = start;
  while (i < to) {
    const ch = text[i]!;
    if (ch === '\n') {
      pushTrimmed(text, start, i, out);
      start = skipSpace(text, i + 1, to);
      i = start;
      continue;
    }
    if (ch === '.' || ch === '!' || ch === '?' || ch === '…') {
      let end = i + 1;
      while (end < to && (text[end] === '.' || text[end] === '!' || text[end] === '?')) end++;
      while (end < to && CLOSERS.has(text[end]!)) end++;
      if (end >= to || isBoundary(text, i, end, to)) {
        pushTrimmed(text, start, end, out);
        start = skipSpace(text, end, to);
        i = start;
        continue;
      }
      i = end;
      continue;
    }
    i++;
  }
  pushTrimmed(text, start, to, out);
  return out;
}

let last: { text: string; sentences: readonly Range[] } | undefined;

/**
 * The sentences of a whole text (`splitSentences(text)`), kept for the last text asked about:
 * the reading stages (entities, times, quotes, claims, the stance signal) ask about the same
 * text one after another, so it is split once per report. Callers must not modify the result.
 */
export function textSentences(text: string): readonly Range[] {
  if (last?.text !== text) last = { text, sentences: splitSentences(text) };
  return last.sentences;
}

/**
 * `splitSentences(text, from, to)`, taken from {@link textSentences} when the stretch starts and
 * ends where the whole text's sentences do (a paragraph, the body after a headline line), else
 * split on its own. Callers must not modify the result's ranges.
 */
export function sentencesIn(text: string, from: number, to: number): Range[] {
  const all = textSentences(text);
  // First sentence ending after `from`.
  let lo = 0;
  let hi = all.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (all[mid]![1] <= from) lo = mid + 1;
    else hi = mid;
  }
  const out: Range[] = [];
  for (let i = lo; i < all.length && all[i]![0] < to; i++) {
    const r = all[i]!;
    // A sentence crossing either end is cut differently by a split of the stretch alone.
    if (r[0] < from || r[1] > to) return splitSentences(text, from, to);
    out.push(r);
  }
  if (out.length === 0 ? hasText(text, from, to) : hasText(text, from, out[0]![0]) || hasText(text, out[out.length - 1]![1], to)) {
    return splitSentences(text, from, to);
  }
  return out;
}

/** Whether `text[from, to)` holds anything but white space. */
function hasText(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!/\s/.test(text[i]!)) return true;
  return false;
}

function isBoundary(text: string, stop: number, end: number, to: number): boolean {
  const next = text[end];
  if (next !== ' ' && next !== '\t' && next !== '\u00a0') return false;
  const after = skipSpace(text, end, to);
  if (after >= to) return true;
  const c = text[after]!;
  // A sentence starts with an upper-case letter, a digit, a quote or a dash; lower case means we are mid-sentence.
  if (/\p{Ll}/u.test(c)) return false;
  if (text[stop] !== '.') return true;
  const word = wordBefore(text, stop);
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "John F. Kennedy"
  return true;
}

function wordBefore(text: string, stop: number): string {
  let s = stop;
  while (s > 0 && /[\p{L}.]/u.test(text[s - 1]!)) s--;
  return text.slice(s, stop).replace(/^\.+/, '');
}

function skipSpace(text: string, i: number, to: number): number {
  while (i < to && /\s/.test(text[i]!)) i++;
  return i;
}

function pushTrimmed(text: string, s: number, e: number, out: Range[]): void {
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  if (e > s) out.push([s, e]);
}
