import type { Removal } from '../../model/document.js';
import type { LineCut } from './find-removals.js';
import type { TextLine } from './text-lines.js';

/** The cleaned text and the record of every cut. */
export interface AppliedRemovals {
  text: string;
  removed: Removal[];
}

/**
 * Cuts whole-line runs out of `extracted`. Between the kept line before a run of cuts and the
 * kept line after it, one separator survives — the one with more line breaks, so a paragraph
 * break is never weakened to a line break. Cuts at the very end take the trailing whitespace.
 */
export function applyRemovals(extracted: string, lines: readonly TextLine[], cuts: readonly LineCut[]): AppliedRemovals {
  const cutLine = new Array<boolean>(lines.length).fill(false);
  for (const c of cuts) for (let i = c.first; i <= c.last; i++) cutLine[i] = true;
  const kept = (i: number): boolean => !cutLine[i] && !lines[i]!.blank;

  const sorted = [...cuts].sort((a, b) => a.first - b.first);
  const deletions: Array<[number, number]> = [];
  const chainOf: Array<{ cuts: LineCut[]; del: [number, number] }> = [];

  for (let k = 0; k < sorted.length; ) {
    const chain: LineCut[] = [sorted[k]!];
    k++;
    // cuts belong to one chain when no kept line lies between them
    while (k < sorted.length && !anyKept(kept, chain[chain.length - 1]!.last + 1, sorted[k]!.first)) chain.push(sorted[k++]!);
    const first = chain[0]!;
    const last = chain[chain.length - 1]!;
    const s = lines[first.first]!.start;
    const e = lines[last.last]!.end;
    const p = findKept(kept, first.first - 1, -1);
    const n = findKept(kept, last.last + 1, lines.length);
    let del: [number, number];
    if (p === undefined && n === undefined) del = [0, extracted.length];
    else if (p === undefined) del = [s, lines[n!]!.start];
    else if (n === undefined) del = [lines[p]!.end, extracted.length];
    else {
      const before = newlines(extracted.slice(lines[p]!.end, s));
      const after = newlines(extracted.slice(e, lines[n]!.start));
      del = before >= after ? [s, lines[n]!.start] : [lines[p]!.end, e];
    }
    deletions.push(del);
    chainOf.push({ cuts: chain, del });
  }

  let text = '';
  let from = 0;
  for (const [a, b] of deletions) {
    text += extracted.slice(from, a);
    from = b;
  }
  text += extracted.slice(from);

  const cleanedOffset = (x: number): number => {
    let shift = 0;
    for (const [a, b] of deletions) if (b <= x) shift += b - a;
    return x - shift;
  };

  const removed: Removal[] = [];
  for (const { cuts: chain, del } of chainOf) {
    const at = cleanedOffset(del[0]);
    for (const c of chain) {
      // the record quotes the words, without the indentation around them
      const start = lines[c.first]!.textStart;
      const end = lines[c.last]!.textEnd;
      removed.push({ range: [start, end], at, reason: c.reason, detail: c.detail, text: extracted.slice(start, end) });
    }
  }
  return { text, removed };
}

function anyKept(kept: (i: number) => boolean, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (kept(i)) return true;
  return false;
}

function findKept(kept: (i: number) => boolean, from: number, stop: number): number | undefined {
  const step = stop > from ? 1 : -1;
  for (let i = from; i !== stop; i += step) if (kept(i)) return i;
  return undefined;
}

function newlines(s: string): number {
  return s.split('\n').length - 1;
}
