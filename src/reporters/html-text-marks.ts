/**
 * A report's cleaned text as HTML with its evidence spans highlighted: spans may nest or overlap,
 * so the text is cut at every span boundary and each piece covered by a span becomes a `<mark>`
 * (darker where spans overlap). An empty anchor at each span's start gives links a place to land.
 * The words themselves are only escaped, never changed: the page's text is the cleaned text.
 */
import type { Range } from '../model/span.js';
import { escapeKeepingLength, escapeMarkup } from './markup-escape.js';

/** A span to highlight, with what it is evidence of (shown as the mark's tooltip). */
export interface MarkedSpan {
  range: Range;
  /** The anchor id for links to this span. */
  id: string;
  /** Why it is marked: "anonymous-sourcing", "drones intercepted over Velmorsk". */
  notes: string[];
}

/** The anchor id of a span of a report. */
export function spanAnchor(docId: string, range: Range): string {
  return `r-${docId}-${range[0]}-${range[1]}`;
}

/**
 * `text` as HTML with `spans` marked. Spans outside the text or empty are ignored. Linear in the
 * text plus the spans (after sorting the boundaries).
 */
export function markedTextHtml(text: string, spans: readonly MarkedSpan[]): string {
  const valid = spans.filter((s) => 0 <= s.range[0] && s.range[0] < s.range[1] && s.range[1] <= text.length);
  type Edge = { at: number; delta: 1 | -1; span: MarkedSpan };
  const edges: Edge[] = [];
  for (const s of valid) edges.push({ at: s.range[0], delta: 1, span: s }, { at: s.range[1], delta: -1, span: s });
  // Ends before starts at one offset, so touching spans do not count as overlapping.
  edges.sort((a, b) => a.at - b.at || a.delta - b.delta);
  const active = new Set<MarkedSpan>();
  let out = '';
  let pos = 0;
  const piece = (to: number) => {
    if (to <= pos) return;
    const words = escapeKeepingLength(text.slice(pos, to));
    if (active.size === 0) out += words;
    else {
      const notes = [...new Set([...active].flatMap((s) => s.notes))];
      const depth = Math.min(active.size, 3);
      out += `<mark class="ev d${depth}"${notes.length ? ` title="${escapeMarkup(notes.join(' · '))}"` : ''}>${words}</mark>`;
    }
    pos = to;
  };
  for (let i = 0; i < edges.length; ) {
    const at = edges[i]!.at;
    piece(at);
    for (; i < edges.length && edges[i]!.at === at; i++) {
      const e = edges[i]!;
      if (e.delta === 1) {
        active.add(e.span);
        out += `<span class="anchor" id="${escapeMarkup(e.span.id)}"></span>`;
      } else active.delete(e.span);
    }
  }
  piece(text.length);
  return out;
}
