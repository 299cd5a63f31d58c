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

/** Number of words (runs of letters or digits) in a string. */
export function wordCount(s: string): number {
  return s.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)?.length ?? 0;
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
