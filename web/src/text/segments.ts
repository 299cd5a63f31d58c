/**
 * Splits the cleaned text into runs that each carry the same set of marks, with cut markers
 * placed at their offsets. Overlapping and nested marks are fine: a run simply carries several.
 */
import type { Mark } from './marks.js';

/** A run of text and the marks over all of it, or the place where cleaning cut something. */
export type Piece =
  | { kind: 'text'; start: number; end: number; marks: Mark[] }
  | { kind: 'cut'; at: number; cuts: number[] };

/**
 * Pieces covering `[0, length)` in order. `cutsAt[i]` is the offset of cut `i`; cuts at the same
 * offset share one piece. Empty marks (zero length) carry nothing and are left out.
 */
export function segmentText(length: number, marks: readonly Mark[], cutsAt: readonly number[]): Piece[] {
  const bounds = new Set<number>([0, length]);
  const live = marks.filter((m) => m.range[1] > m.range[0]);
  for (const m of live) {
    bounds.add(m.range[0]);
    bounds.add(m.range[1]);
  }
  const cutGroups = new Map<number, number[]>();
  cutsAt.forEach((at, i) => {
    const clamped = Math.min(Math.max(0, Math.trunc(at)), length);
    bounds.add(clamped);
    const g = cutGroups.get(clamped);
    if (g) g.push(i);
    else cutGroups.set(clamped, [i]);
  });
  const points = [...bounds].sort((a, b) => a - b);

  // Sweep: marks sorted by start join the active set at their start and leave at their end.
  const byStart = [...live].sort((a, b) => a.range[0] - b.range[0]);
  let next = 0;
  let active: Mark[] = [];
  const pieces: Piece[] = [];
  for (let i = 0; i < points.length; i++) {
    const p = points[i] as number;
    const cuts = cutGroups.get(p);
    if (cuts) pieces.push({ kind: 'cut', at: p, cuts });
    const end = points[i + 1];
    if (end === undefined) break;
    active = active.filter((m) => m.range[1] > p);
    while (next < byStart.length && (byStart[next] as Mark).range[0] <= p) {
      const m = byStart[next++] as Mark;
      if (m.range[1] > p) active.push(m);
    }
    pieces.push({ kind: 'text', start: p, end, marks: [...active] });
  }
  return pieces;
}
