/**
 * Offsets everywhere in corroborate are JavaScript string indices: UTF-16 code units,
 * half-open `[start, end)`. A character outside the BMP (most emoji) counts as two.
 * Exports for other tools also carry text-quote selectors, which do not depend on the unit.
 */
export type Range = readonly [start: number, end: number];

/** A span of some document's cleaned text, with the words it covers. */
export interface Evidence {
  docId: string;
  range: Range;
  /** Always `text.slice(range[0], range[1])` of the document named by `docId`. */
  quote: string;
}

/** Builds evidence from a document's text, so `quote` can never drift from `range`. */
export function evidenceOf(docId: string, text: string, start: number, end: number): Evidence {
  if (!(0 <= start && start <= end && end <= text.length)) {
    throw new RangeError(`span [${start}, ${end}) is outside a text of length ${text.length}`);
  }
  return { docId, range: [start, end], quote: text.slice(start, end) };
}

/** True when the evidence really quotes `text` at its range. */
export function evidenceHolds(ev: Evidence, text: string): boolean {
  const [s, e] = ev.range;
  return 0 <= s && s <= e && e <= text.length && text.slice(s, e) === ev.quote;
}

/** 1-based line and column of an offset, for people reading a terminal. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    last = i;
  }
  return { line, column: offset - last };
}
