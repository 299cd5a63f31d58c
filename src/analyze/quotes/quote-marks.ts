/** A pair of quotation marks found in a paragraph. */
export interface MarkedSpan {
  /** Offset of the opening mark. */
  open: number;
  /** First and one-past-last offset of the words inside the marks. */
  innerStart: number;
  innerEnd: number;
  /** Offset just after the closing mark (equal to `innerEnd` when the quote never closed). */
  close: number;
  closed: boolean;
  /** Double marks (“ ” " « » „) rather than single ones (‘ ’ ').  */
  double: boolean;
}

/** Longest stretch an unclosed quote may claim before it is cut at a sentence stop. */
export const MAX_UNCLOSED = 1500;

/** Single quotes that run longer than this are apostrophes that happened to pair up, not quotes. */
const MAX_SINGLE = 400;

interface OpenMark {
  at: number;
  /** Characters that close it. */
  closers: string;
}

const WORDY = /[\p{L}\p{N}]/u;

function isSpace(c: string | undefined): boolean {
  return c === undefined || c === ' ' || c === '\n' || c === '\t' || c === '\u00a0' || c === '\r';
}

/** A mark stands where an opening mark stands: after a space or opening punctuation, before a word. */
function opensHere(text: string, i: number, from: number): boolean {
  const prev = i > from ? text[i - 1] : undefined;
  const next = text[i + 1];
  const prevOk = prev === undefined || isSpace(prev) || '([{—–-/:;,“‘«„"\''.includes(prev);
  return prevOk && !isSpace(next);
}

/** A mark stands where a closing mark stands: after a non-space, before a space, punctuation or the end. */
function closesHere(text: string, i: number, to: number): boolean {
  const prev = text[i - 1];
  const next = i + 1 < to ? text[i + 1] : undefined;
  return !isSpace(prev) && (next === undefined || !WORDY.test(next));
}

/**
 * Pairs quotation marks in `text[from, to)` (one paragraph). Curly, straight, low-9 and guillemet
 * marks are read, each family at depth one, in a single left-to-right pass, so nested or never
 * closing marks cost linear time. A double quote left open is cut at the paragraph end (or at a
 * sentence stop within {@link MAX_UNCLOSED}); a single quote left open was an apostrophe and is dropped.
 */
export function findQuoteMarks(text: string, from: number, to: number): MarkedSpan[] {
  const doubles: MarkedSpan[] = [];
  const singles: MarkedSpan[] = [];
  let dbl: OpenMark | null = null;
  let sgl: OpenMark | null = null;

  const closeDouble = (at: number): void => {
    if (dbl) doubles.push(span(dbl.at, at, true, true));
    dbl = null;
  };
  const abandonDouble = (at: number): void => {
    if (dbl) {
      const end = cutUnclosed(text, dbl.at + 1, at);
      doubles.push({ open: dbl.at, innerStart: dbl.at + 1, innerEnd: end, close: end, closed: false, double: true });
    }
    dbl = null;
  };

  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    // Most characters are not quotation marks: test the code unit before making a string of it.
    if (!isMarkCode(code)) {
      if (sgl && i - sgl.at > MAX_SINGLE) sgl = null;
      continue;
    }
    const c = text[i]!;
    switch (c) {
      case '“':
        if (dbl && dbl.closers.includes('“')) closeDouble(i);
        else if (dbl && closesHere(text, i, to) && !opensHere(text, i, from)) closeDouble(i); // “…“ typed wrong
        else {
          abandonDouble(i);
          dbl = { at: i, closers: '”' };
        }
        break;
      case '”':
        if (dbl) closeDouble(i);
        else if (opensHere(text, i, from) && !closesHere(text, i, to)) dbl = { at: i, closers: '”' }; // ”…” style
        break;
      case '„':
        abandonDouble(i);
        dbl = { at: i, closers: '“”' };
        break;
      case '«':
        if (dbl && dbl.closers.includes('«')) closeDouble(i);
        else {
          abandonDouble(i);
          dbl = { at: i, closers: '»' };
        }
        break;
      case '»':
        if (dbl && dbl.closers.includes('»')) closeDouble(i);
        else if (!dbl && opensHere(text, i, from)) dbl = { at: i, closers: '«' }; // »…« as in German print
        break;
      case '"':
        if (dbl && dbl.closers === '"') closeDouble(i);
        else if (!dbl && !(closesHere(text, i, to) && !opensHere(text, i, from))) dbl = { at: i, closers: '"' };
        break;
      case '‘':
      case '‚':
        if (opensHere(text, i, from)) sgl = { at: i, closers: '’' };
        break;
      case '’':
        if (sgl && i - sgl.at <= MAX_SINGLE && closesHere(text, i, to)) {
          singles.push(span(sgl.at, i, true, false));
          sgl = null;
        }
        break;
      case "'":
        if (sgl && sgl.closers === "'" && closesHere(text, i, to)) {
          if (i - sgl.at <= MAX_SINGLE) singles.push(span(sgl.at, i, true, false));
          sgl = null;
        } else if (!sgl && opensHere(text, i, from) && WORDY.test(text[i + 1] ?? '')) {
          sgl = { at: i, closers: "'" };
        }
        break;
      default:
        break;
    }
    if (sgl && i - sgl.at > MAX_SINGLE) sgl = null;
  }
  abandonDouble(to);

  const out = doubles.filter(hasWords(text));
  // A single pair inside or across a double quote is an inner quote or two apostrophes: the double one speaks.
  let d = 0;
  for (const s of singles) {
    if (!hasWords(text)(s)) continue;
    while (d < doubles.length && doubles[d]!.close <= s.open) d++;
    const outer = doubles[d];
    if (outer && outer.open < s.close) continue;
    out.push(s);
  }
  return out.sort((a, b) => a.open - b.open);
}

/** " ' « » and the curly and low-9 marks (U+2018–U+201E). */
function isMarkCode(c: number): boolean {
  return c === 34 || c === 39 || c === 0xab || c === 0xbb || (c >= 0x2018 && c <= 0x201e);
}

function span(open: number, closeMark: number, closed: boolean, double: boolean): MarkedSpan {
  return { open, innerStart: open + 1, innerEnd: closeMark, close: closeMark + 1, closed, double };
}

function hasWords(text: string): (s: MarkedSpan) => boolean {
  return (s) => {
    for (let i = s.innerStart; i < s.innerEnd; i++) if (WORDY.test(text[i]!)) return true;
    return false;
  };
}

/** Where an unclosed quote ends: at `limit`, or at the last sentence stop before the length cap. */
function cutUnclosed(text: string, start: number, limit: number): number {
  let end = limit;
  if (end - start > MAX_UNCLOSED) {
    end = start + MAX_UNCLOSED;
    for (let i = end - 1; i > start + MAX_UNCLOSED / 2; i--) {
      const c = text[i]!;
      if (c === '.' || c === '!' || c === '?') {
        end = i + 1;
        break;
      }
    }
  }
  while (end > start && isSpace(text[end - 1])) end--;
  return end;
}
