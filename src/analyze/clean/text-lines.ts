import { classAt, LETTER, NUMBER, widthAt } from '../text/char-class.js';

/** One line of a text: its offsets (without the line break and any trailing `\r`) and its content. */
export interface TextLine {
  index: number;
  start: number;
  end: number;
  /** The line's text, trimmed. */
  text: string;
  /** Offsets of the trimmed text (equal to `start` when the line is blank). */
  textStart: number;
  textEnd: number;
  blank: boolean;
}

/** Splits a text into lines, keeping the offsets of each into the text. */
export function textLines(text: string): TextLine[] {
  const lines: TextLine[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const stop = nl === -1 ? text.length : nl;
    let end = stop;
    if (end > start && text.charCodeAt(end - 1) === 13) end--;
    const raw = text.slice(start, end);
    const trimmed = raw.trim();
    const textStart = trimmed ? start + raw.length - raw.trimStart().length : start;
    lines.push({ index: lines.length, start, end, text: trimmed, textStart, textEnd: textStart + trimmed.length, blank: trimmed.length === 0 });
    if (nl === -1) break;
    start = nl + 1;
  }
  return lines;
}

/**
 * Number of words (runs of letters or digits) in a string: the matches of
 * /[\p{L}\p{N}][\p{L}\p{N}'’.-]*\/gu, counted by a scan over character classes.
 */
export function wordCount(s: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    let ln: boolean;
    let w = 1;
    if (c < 128) ln = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
    else {
      ln = (classAt(s, i) & (LETTER | NUMBER)) !== 0;
      w = widthAt(s, i);
    }
    if (ln) {
      if (!inWord) n++;
      inWord = true;
    } else if (!(c === 39 || c === 0x2019 || c === 46 || c === 45)) inWord = false;
    i += w;
  }
  return n;
}

/** Lower-cased, whitespace-collapsed form for comparing lines. */
export function normalizeLine(s: string): string {
  return s.toLowerCase().replace(/[\s\u00a0]+/gu, ' ').replace(/[“”„«»"]/gu, '"').replace(/[‘’ʼ]/gu, "'").trim();
}

/** Strips list bullets and the brackets link labels come in ("[ Read All Comments ]"). */
export function stripBullet(s: string): string {
  const t = s.replace(/^[•·▪►▶»›>*–—-]\s+/u, '').trim();
  const inner = /^\[\s*([^[\]]*?)\s*\]$/u.exec(t);
  return inner?.[1] ?? t;
}
