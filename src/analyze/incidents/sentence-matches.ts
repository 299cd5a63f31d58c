/**
 * One scan of a whole report with a global pattern, handed out to its sentences: the matches a
 * sentence holds are what the same pattern would find in the sentence's slice, without running
 * the pattern once per sentence.
 *
 * That holds for patterns without lookaround or `^`/`$` whose only assertion is `\b`, as long as
 * no match of the whole-text scan crosses either edge of the sentence and neither edge cuts a
 * word (where `\b` reads differently in the slice). A sentence where either fails is scanned on
 * its own, so the result is always exactly the per-sentence scan's.
 */

/** One match of a scan: where it starts and ends in the text, and its capture groups. */
export interface ScanMatch {
  index: number;
  end: number;
  groups: Array<string | undefined>;
}

/** `\b`'s word characters, with the two non-ASCII letters case-insensitive Unicode mode adds (ſ, K): a superset is always safe. */
export function isWordCode(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 0x17f || c === 0x212a;
}

function record(m: RegExpExecArray, offset: number): ScanMatch {
  const groups: Array<string | undefined> = [];
  for (let g = 1; g < m.length; g++) groups.push(m[g]);
  return { index: offset + m.index, end: offset + m.index + m[0].length, groups };
}

/** Every match of a global pattern in a text, in order (the pattern must not match empty strings). */
export function scanAll(re: RegExp, text: string, offset = 0): ScanMatch[] {
  const out: ScanMatch[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    // An empty match would stall the scan; none of the patterns used here can make one.
    if (m[0].length === 0) {
      re.lastIndex++;
      continue;
    }
    out.push(record(m, offset));
  }
  return out;
}

const NONE: readonly ScanMatch[] = Object.freeze([]);

/** The whole-text matches of one pattern, read sentence by sentence. */
export class SentenceMatches {
  private readonly all: readonly ScanMatch[];

  /** `re` must be global; `all`, when given, is its scan of `text` (from {@link scanAll}). */
  constructor(
    private readonly re: RegExp,
    private readonly text: string,
    all?: readonly ScanMatch[],
  ) {
    this.all = all ?? scanAll(re, text);
  }

  /** First match index whose start is at or after `at`. */
  private firstFrom(at: number): number {
    const all = this.all;
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (all[mid]!.index < at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Whether the whole-text scan reads `[from, to)` exactly as a scan of its slice would. */
  private clean(from: number, to: number, first: number, last: number): boolean {
    const text = this.text;
    if (from > 0 && isWordCode(text.charCodeAt(from - 1))) return false;
    if (to < text.length && isWordCode(text.charCodeAt(to))) return false;
    // Matches do not overlap: only the one before `first` can cross `from`, only the one at `last` can cross `to`.
    if (first > 0 && this.all[first - 1]!.end > from) return false;
    if (last < this.all.length && this.all[last]!.index < to && this.all[last]!.end > to) return false;
    return true;
  }

  /** The matches in `text[from, to)`, with offsets in the text; the same as scanning the slice. */
  in(from: number, to: number): readonly ScanMatch[] {
    const first = this.firstFrom(from);
    let last = first;
    while (last < this.all.length && this.all[last]!.end <= to) last++;
    if (!this.clean(from, to, first, last)) return scanAll(this.re, this.text.slice(from, to), from);
    return first === last ? NONE : this.all.slice(first, last);
  }

  /** Whether `text[from, to)` holds a match: the same as testing the slice. */
  test(from: number, to: number): boolean {
    const first = this.firstFrom(from);
    let last = first;
    while (last < this.all.length && this.all[last]!.end <= to) last++;
    if (!this.clean(from, to, first, last)) {
      this.re.lastIndex = 0;
      const hit = this.re.test(this.text.slice(from, to));
      this.re.lastIndex = 0;
      return hit;
    }
    return last > first;
  }
}

/** Matches of a pattern (sorted, not overlapping), for asking whether a stretch holds one whole. */
export class Starts {
  constructor(private readonly all: readonly ScanMatch[]) {}

  /** Whether a match lies whole in [from, to). */
  any(from: number, to: number): boolean {
    const all = this.all;
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (all[mid]!.index < from) lo = mid + 1;
      else hi = mid;
    }
    for (let k = lo; k < all.length && all[k]!.index < to; k++) if (all[k]!.end <= to) return true;
    return false;
  }
}

/** Where a literal string occurs in a text (overlaps included), for asking whether a stretch holds it. */
export class Literal {
  private readonly starts: number[] = [];

  constructor(
    private readonly word: string,
    text: string,
  ) {
    for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) this.starts.push(i);
  }

  /** Whether the word lies whole in [from, to): `text.slice(from, to).includes(word)` without the slice. */
  in(from: number, to: number): boolean {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < starts.length && starts[lo]! + this.word.length <= to;
  }
}
