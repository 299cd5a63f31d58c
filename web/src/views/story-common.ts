/** Pieces the stories board, the story view and the report view share: status chips, conflicts, spans of time. */
import { cls, h, type Child } from '../dom.js';
import { count, shortDate } from '../format.js';
import { STATUS_TEXT, STATUSES, statusCount } from '../stories/status.js';
import type { FacetStatus, StoryConflict, StoryCounts, StorySummary } from '../types.js';

/** A status as a coloured chip, with what it means on hover. */
export function statusChip(status: FacetStatus, n?: number): HTMLElement {
  return h(
    'span',
    { class: cls('status', `status-${status}`, n === 0 && 'zero'), title: `${status}: ${STATUS_TEXT[status]}`, 'data-status': status },
    n === undefined ? status : [h('span', { class: 'status-n' }, count(n)), ` ${status}`],
  );
}

/** A story's facets counted by status, one chip each (zero ones faded). */
export function statusChips(counts: StoryCounts): HTMLElement {
  return h('span', { class: 'status-chips', title: `${count(counts.facets)} facets` }, STATUSES.map((s) => statusChip(s, statusCount(counts, s))));
}

/** `2026-03-13 21:00 – 2026-03-14 06:00`, shortened when both ends fall on one day. */
export function spanText(span: { start: string; end: string } | undefined): string {
  if (!span) return '';
  const a = shortDate(span.start);
  const b = shortDate(span.end);
  if (a === b) return a;
  const dayA = a.slice(0, 10);
  return b.startsWith(dayA) && b.length > 11 ? `${a} – ${b.slice(11)}` : `${a} – ${b}`;
}

/** A story's worst conflicts, each with its values side by side (the agreed or latest one first). */
export function worstConflicts(worst: readonly StoryConflict[], storyId?: string): HTMLElement | null {
  if (worst.length === 0) return null;
  return h(
    'ul',
    { class: 'conflicts' },
    worst.map((w) =>
      h(
        'li',
        { class: 'conflict', 'data-facet': w.facet },
        statusChip(w.status),
        ' ',
        storyId ? h('a', { href: `#facet-${facetAnchor(w.facet)}`, class: 'conflict-label', 'data-facet-link': w.facet }, w.label) : h('span', { class: 'conflict-label' }, w.label),
        h(
          'span',
          { class: 'values' },
          w.values.map((v, i) => h('span', { class: cls('value', i === 0 && 'lead') }, v)),
        ),
      ),
    ),
  );
}

/** A facet key as an element id part: letters, digits and dashes. */
export function facetAnchor(key: string): string {
  return key.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

/** The facts line of a story: incident label, when, where, when reported. */
export function storyFacts(s: StorySummary): Child[] {
  const facts: Child[] = [h('span', { class: 'story-label' }, s.label)];
  if (s.timeSpan) facts.push(h('span', { class: 'when', title: 'when it happened, as the reports agree' }, spanText(s.timeSpan)));
  if (s.places.length) facts.push(h('span', { class: 'where' }, s.places.map((p) => p.name).join(', ')));
  if (s.published) facts.push(h('span', { class: 'reported muted', title: 'first and last publication of its dated reports' }, 'reported ', spanText({ start: s.published.first, end: s.published.last })));
  return facts;
}

/** Report and independent-origin counts, side by side. */
export function storyCounts(c: StoryCounts): HTMLElement {
  return h(
    'span',
    { class: 'story-counts' },
    h('span', { class: 'n-reports', title: `${c.members} about it, ${c.linked} linked (they also tell of its incident)` }, h('strong', null, count(c.reports)), c.reports === 1 ? ' report' : ' reports'),
    h('span', { class: 'n-origins', title: 'independent origins: copies, translations and relays count once' }, h('strong', null, count(c.independentOrigins)), c.independentOrigins === 1 ? ' independent origin' : ' independent origins'),
  );
}
