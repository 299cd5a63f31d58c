/**
 * Inline highlighting for a terminal: entity, quote, number and hedge spans painted in the text,
 * overlapping freely (a number inside a quote is both). Only ANSI codes are added; the words
 * are never changed, so the offsets printed in the summary still count the same characters.
 */
import type { Claim } from '../analyze/claims/claim-types.js';
import type { Entity } from '../analyze/entities/entity-types.js';
import type { NumericFact } from '../analyze/numbers/numeric-types.js';
import type { Quote } from '../analyze/quotes/quote-types.js';
import type { CleanDocument } from '../model/document.js';
import type { Range } from '../model/span.js';

export type SpanLayer = 'quote' | 'number' | 'hedge' | 'person' | 'place' | 'organisation' | 'weapon';

export interface StyledSpan {
  range: Range;
  layer: SpanLayer;
}

/** A string put into the text at an offset (a cut marker, a foreign-span bracket); `order` sorts those at one offset. */
export interface Mark {
  at: number;
  order: number;
  s: string;
}

function list<T>(v: unknown): T[] {
  return Array.isArray(v) ? (v as T[]) : [];
}

const ENTITY_LAYER: Record<Entity['type'], SpanLayer> = {
  person: 'person',
  organisation: 'organisation',
  group: 'organisation',
  place: 'place',
  facility: 'place',
  weapon: 'weapon',
};

/** The spans to paint for a document, from whatever reading stages ran. */
export function highlightSpans(doc: CleanDocument): StyledSpan[] {
  const out: StyledSpan[] = [];
  for (const e of list<Entity>(doc.data.entities)) for (const m of e.mentions) out.push({ range: m.range, layer: ENTITY_LAYER[e.type] });
  for (const q of list<Quote>(doc.data.quotes)) out.push({ range: q.range, layer: 'quote' });
  for (const n of list<NumericFact>(doc.data.numbers)) out.push({ range: n.range, layer: 'number' });
  for (const c of list<Claim>(doc.data.claims)) for (const h of c.hedges) out.push({ range: h.range, layer: 'hedge' });
  return out.filter((s) => s.range[0] < s.range[1] && s.range[1] <= doc.text.length);
}

const ENTITY_FG: Partial<Record<SpanLayer, string>> = { person: '34', place: '32', organisation: '35', weapon: '31' };

/** The ANSI code for a set of active layers, or '' for plain text. */
function styleOf(active: ReadonlyMap<SpanLayer, number>): string {
  const on = (l: SpanLayer) => (active.get(l) ?? 0) > 0;
  const codes: string[] = [];
  if (on('quote')) codes.push('3');
  if (on('number')) codes.push('1');
  if (on('hedge')) codes.push('4');
  // One foreground: the narrowest kind of span wins (a hedge inside a quote shows as a hedge).
  const entity = (['person', 'place', 'organisation', 'weapon'] as const).find(on);
  const fg = on('hedge') ? '31' : on('number') ? '36' : entity ? ENTITY_FG[entity] : on('quote') ? '33' : undefined;
  if (fg) codes.push(fg);
  return codes.length ? `\x1b[${codes.join(';')}m` : '';
}

/**
 * Renders `text` with `marks` inserted and, when `spans` is not empty, the spans painted. A cut
 * that stood between paragraphs gets a line of its own. Cost is linear in text plus spans.
 */
export function renderText(text: string, marks: readonly Mark[], spans: readonly StyledSpan[]): string {
  type Event = { at: number; layer: SpanLayer; delta: 1 | -1 };
  const events: Event[] = [];
  for (const s of spans) events.push({ at: s.range[0], layer: s.layer, delta: 1 }, { at: s.range[1], layer: s.layer, delta: -1 });
  events.sort((a, b) => a.at - b.at || a.delta - b.delta);
  const sortedMarks = [...marks].sort((a, b) => a.at - b.at || a.order - b.order);
  const active = new Map<SpanLayer, number>();
  let style = '';
  let out = '';
  let pos = 0;
  let ei = 0;
  let mi = 0;
  const emit = (to: number) => {
    if (to > pos) out += text.slice(pos, to);
    pos = Math.max(pos, to);
  };
  while (ei < events.length || mi < sortedMarks.length) {
    const nextEvent = events[ei]?.at ?? Infinity;
    const nextMark = sortedMarks[mi]?.at ?? Infinity;
    const at = Math.min(nextEvent, nextMark);
    emit(at);
    if (nextMark <= nextEvent) {
      const mk = sortedMarks[mi++]!;
      const ownLine = mk.order === 1 && (mk.at === 0 || text[mk.at - 1] === '\n' || mk.at === text.length);
      if (style) out += '\x1b[0m';
      out += ownLine ? `${mk.at === text.length && !out.endsWith('\n') ? '\n' : ''}${mk.s}\n` : mk.s;
      if (style) out += style;
      continue;
    }
    while (ei < events.length && events[ei]!.at === at) {
      const ev = events[ei++]!;
      active.set(ev.layer, (active.get(ev.layer) ?? 0) + ev.delta);
    }
    const next = styleOf(active);
    if (next !== style) {
      out += style ? `\x1b[0m${next}` : next;
      style = next;
    }
  }
  emit(text.length);
  if (style) out += '\x1b[0m';
  return out;
}
