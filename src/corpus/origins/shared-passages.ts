/**
 * Where two texts share wording: maximal runs of identical shingles, aligned between the two
 * texts and joined across small edits (a changed word, a spelling variant), so that a copied
 * paragraph with one word changed comes out as one passage.
 */
import type { Range } from '../../model/span.js';
import type { ShingledText } from './text-shingles.js';

/** One shared passage: where it is in each text and how many shingles back it. */
export interface SharedPassage {
  /** Span in the first (derived) text. */
  here: Range;
  /** Span in the second (origin) text. */
  there: Range;
  /** Shingles of the first text in the passage that the second text also has. */
  shingles: number;
  /** Of those, the ones that count as evidence (not quoted, not common). */
  distinctive: number;
}

/** How passages are joined and which are kept. */
export interface PassageOptions {
  /** Largest edit, in shingle positions on either side, that two runs are joined across. */
  maxGap: number;
  /** Passages with fewer distinctive shingles are left out. */
  minDistinctive: number;
}

/**
 * Shared passages of `a` (derived, text `aText`) and `b` (origin, text `bText`), in the order of
 * `a`. `counts[i]` is 1 when shingle `i` of `a` counts as evidence.
 */
export function sharedPassages(
  a: ShingledText,
  aText: string,
  b: ShingledText,
  bText: string,
  counts: Uint8Array,
  opts: PassageOptions,
): SharedPassage[] {
  const firstInB = new Map<number, number>();
  for (let j = 0; j < b.hashes.length; j++) if (!firstInB.has(b.hashes[j]!)) firstInB.set(b.hashes[j]!, j);

  // Greedy maximal runs: from each unmatched shingle of `a`, follow `b` as long as they agree.
  const runs: { i: number; j: number; len: number; jEnd: number; hits: number }[] = [];
  for (let i = 0; i < a.hashes.length; ) {
    const j = firstInB.get(a.hashes[i]!);
    if (j === undefined) {
      i++;
      continue;
    }
    let len = 1;
    while (i + len < a.hashes.length && j + len < b.hashes.length && a.hashes[i + len] === b.hashes[j + len]) len++;
    runs.push({ i, j, len, jEnd: j + len, hits: len });
    i += len;
  }

  const merged: typeof runs = [];
  for (const r of runs) {
    const prev = merged[merged.length - 1];
    const gapA = prev ? r.i - (prev.i + prev.len) : -1;
    const gapB = prev ? r.j - prev.jEnd : -1;
    if (prev && gapA <= opts.maxGap && gapB >= 0 && gapB <= opts.maxGap) {
      prev.len = r.i + r.len - prev.i;
      prev.jEnd = r.jEnd;
      prev.hits += r.hits;
    } else merged.push({ ...r });
  }

  const out: SharedPassage[] = [];
  for (const r of merged) {
    let distinctive = 0;
    for (let p = r.i; p < r.i + r.len; p++) if (counts[p] && firstInB.has(a.hashes[p]!)) distinctive++;
    if (distinctive < opts.minDistinctive) continue;
    const words = trimToSentences(aText, a, r.i, r.i + r.len - 1 + a.size - 1, r.j, r.jEnd - 1 + b.size - 1);
    out.push({
      here: [a.starts[words.a0]!, punctuationEnd(aText, a.ends[words.a1]!)],
      there: [b.starts[words.b0]!, punctuationEnd(bText, b.ends[words.b1]!)],
      shingles: r.hits,
      distinctive,
    });
  }
  return out;
}

const MAX_TRIM = 3;
const CLOSING_PUNCTUATION = '.!?"”’»)';

/** True when a sentence or paragraph ends between two words. */
function breakBetween(text: string, from: number, to: number): boolean {
  return /[.!?]["”’»)]?\s|\n/.test(text.slice(from, to));
}

/**
 * Drops a stray word or two that a run carries across a sentence end ("said. Two of the …"
 * → "Two of the …"), the same number of words on both sides: the run's ends are word-identical.
 */
function trimToSentences(text: string, t: ShingledText, a0: number, a1: number, b0: number, b1: number) {
  for (let k = 0; k < MAX_TRIM && a0 + k + 1 <= a1 - t.size; k++) {
    if (breakBetween(text, t.ends[a0 + k]!, t.starts[a0 + k + 1]!)) {
      a0 += k + 1;
      b0 += k + 1;
      break;
    }
  }
  for (let k = 0; k < MAX_TRIM && a1 - k - 1 >= a0 + t.size; k++) {
    if (breakBetween(text, t.ends[a1 - k - 1]!, t.starts[a1 - k]!)) {
      a1 -= k + 1;
      b1 -= k + 1;
      break;
    }
  }
  return { a0, a1, b0, b1 };
}

/** Extends a passage over the punctuation that closes its last word (". ", ".\"", "?)"). */
function punctuationEnd(text: string, end: number): number {
  while (end < text.length && CLOSING_PUNCTUATION.includes(text[end]!)) end++;
  return end;
}
