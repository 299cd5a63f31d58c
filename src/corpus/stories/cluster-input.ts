/**
 * A report as the story clusterer sees it: its text and headline, its publication date, and what
 * the reading layer resolved — event days, the place and kind of its main incident, named entities.
 *
 * Event days far before publication are left out: a report dated 15 March 2026 that puts "the
 * attack" on 14 March 2025 is far more often background (an anniversary, an earlier strike) or a
 * slip than a year-old event, and a resolved day is strong evidence to the clusterer. The text then
 * decides, and the story's date facet shows the odd date.
 */
import type { Entity } from '../../analyze/entities/entity-types.js';
import type { TimeExpression } from '../../analyze/time/time-types.js';
import type { CleanDocument } from '../../model/document.js';
import type { ClusterDocument } from '../cluster/story-profile.js';
import type { ReportFacts } from '../align/facet-types.js';

/** Days before publication an event day may lie and still be fed to the clusterer. */
export const EVENT_DAYS_BEFORE = 30;
/** Days after publication (a report dated the evening before in another zone). */
export const EVENT_DAYS_AFTER = 2;

const DAY = 86_400_000;

function dayMs(iso: string): number {
  return Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
}

/** Whether an event day is close enough to the publication day to be the report's own event. */
export function nearPublication(day: string, published: string | undefined): boolean {
  if (!published || !/^\d{4}-\d{2}-\d{2}/.test(published)) return true;
  const d = dayMs(day);
  const p = dayMs(published);
  return d >= p - EVENT_DAYS_BEFORE * DAY && d <= p + EVENT_DAYS_AFTER * DAY;
}

/** The clusterer's view of an analysed report and its facts. */
export function clusterDocumentOf(doc: CleanDocument, facts: ReportFacts): ClusterDocument {
  const published = doc.meta.published?.value;
  const days = new Set<string>();
  for (const t of (doc.data.times as TimeExpression[] | undefined) ?? []) {
    if (t.role === 'event' && t.interval && /^\d{4}-\d{2}-\d{2}/.test(t.interval.start)) {
      const d = t.interval.start.slice(0, 10);
      if (nearPublication(d, published)) days.add(d);
    }
  }
  for (const inc of facts.incidents) {
    if (inc.days && nearPublication(inc.days.first, published)) days.add(inc.days.first);
  }
  const main = facts.primary === undefined ? undefined : facts.incidents[facts.primary];
  const entities = ((doc.data.entities as Entity[] | undefined) ?? []).filter((e) => e.type !== 'weapon').map((e) => e.canonical);
  return {
    id: doc.id,
    title: doc.meta.headline?.value ?? null,
    text: doc.text,
    published: published ?? null,
    features: {
      eventDates: [...days].sort(),
      entities,
      ...(main ? { places: [main.place], eventTypes: [main.eventType] } : {}),
    },
  };
}
