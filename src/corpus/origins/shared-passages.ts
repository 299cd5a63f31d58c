/**
 * Where two texts share wording: maximal runs of identical shingles, aligned between the two
 * texts and joined across small edits (a changed word, a spelling variant), so that a copied
 * paragraph with one word changed comes out as one passage.
 */
import type { Range } from '../../model/span.js';
import { shingleRunRange, type ShingledText } from './text-shingles.js';

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

export interface PassageOptions {
  /** Largest edit, in shingle positions on either side, that two runs are joined across. */
  maxGap: number;
  /** Passages with fewer distinctive shingles are left out. */
  minDistinctive: number;
}

/**
 * Shared passages of `a` (derived) and `b` (origin), in the order of `a`. `counts[i]` is 1 when
 * shingle `i` of `a` counts as evidence.
 */
export function sharedPassages(a: ShingledText, b: ShingledText, counts: Uint8Array, opts: PassageOptions): SharedPassage[] {
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
    out.push({ here: shingleRunRange(a, r.i, r.i + r.len - 1), there: shingleRunRange(b, r.j, r.jEnd - 1), shingles: r.hits, distinctive });
  }
  return out;
}
