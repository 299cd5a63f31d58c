import type { Range } from '../../model/span.js';

interface Line {
  start: number;
  end: number;
  /** Length of the trimmed line. */
  len: number;
  blank: boolean;
  text: string;
}

function lines(text: string): Line[] {
  const out: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl === -1 ? text.length : nl;
    const t = text.slice(start, end).trim();
    out.push({ start, end, len: t.length, blank: t.length === 0, text: t });
    if (nl === -1) break;
    start = nl + 1;
  }
  return out;
}

/** How a text separates its paragraphs. */
export type ParagraphMode = 'blank-line' | 'line' | 'wrapped';

/**
 * Decides, per text, what a paragraph break is. Texts that mostly use blank lines (or are hard-
 * wrapped and have any) break on blank lines; texts that put one paragraph per line break on
 * every line; hard-wrapped texts without blank lines break after a line clearly shorter than
 * the wrap width. Hard wrapping shows as lines of similar length or sentences running on.
 */
export function paragraphMode(text: string): { mode: ParagraphMode; width: number } {
  const ls = lines(text);
  let blankSeps = 0;
  let singleSeps = 0;
  let continued = 0;
  const followed: Line[] = []; // lines directly followed by another non-blank line
  let prev: Line | undefined;
  let sawBlank = false;
  for (const l of ls) {
    if (l.blank) {
      sawBlank = true;
      continue;
    }
    if (prev) {
      if (sawBlank) blankSeps++;
      else {
        singleSeps++;
        followed.push(prev);
        // a sentence running on into the next line: "…at the old\nstone arches…"
        if (!/[.!?:"”»)]$/u.test(prev.text) && /^[\p{Ll}\p{N}(]/u.test(l.text)) continued++;
      }
    }
    prev = l;
    sawBlank = false;
  }
  const width = percentile90(followed);
  const wrapped = wrapsAtWidth(followed, width) || (followed.length >= 2 && continued / followed.length >= 0.5);
  if (blankSeps > 0 && (blankSeps >= singleSeps || wrapped)) return { mode: 'blank-line', width };
  if (wrapped) return { mode: 'wrapped', width };
  return { mode: 'line', width: 0 };
}

function percentile90(ls: readonly Line[]): number {
  const lens = ls.map((l) => l.len).sort((a, b) => a - b);
  return lens[Math.floor(lens.length * 0.9)] ?? 0;
}

/**
 * Lines look hard-wrapped when most lines that continue on the next line sit in a narrow band
 * under a width of at most 100, and many of them do not end a sentence.
 */
function wrapsAtWidth(followed: readonly Line[], width: number): boolean {
  if (followed.length < 3 || width < 30 || width > 100) return false;
  const near = followed.filter((l) => l.len >= width - 25 && l.len <= width + 2).length;
  const open = followed.filter((l) => !/[.!?:"”»)]$/u.test(l.text)).length;
  return near / followed.length >= 0.6 && open / followed.length >= 0.4;
}

/** Paragraph ranges of `text`, trimmed of surrounding whitespace. */
export function splitParagraphs(text: string): Range[] {
  const { mode, width } = paragraphMode(text);
  const ls = lines(text);
  const out: Range[] = [];
  let open: { start: number; end: number } | undefined;
  const close = (): void => {
    if (open) out.push(trim(text, open.start, open.end));
    open = undefined;
  };
  for (const l of ls) {
    if (l.blank) {
      close();
      continue;
    }
    if (mode === 'line') {
      out.push(trim(text, l.start, l.end));
      continue;
    }
    if (open) open.end = l.end;
    else open = { start: l.start, end: l.end };
    // a line clearly shorter than the wrap width ends its paragraph
    if (mode === 'wrapped' && l.len < width * 0.75) close();
  }
  close();
  return out;
}

function trim(text: string, start: number, end: number): Range {
  let s = start;
  let e = end;
  while (s < e && /\s/u.test(text[s]!)) s++;
  while (e > s && /\s/u.test(text[e - 1]!)) e--;
  return [s, e];
}
