/**
 * The incidents CSV: one row per incident of each report, in ACLED's column order (event_date …
 * fatalities), then corroborate's own columns: the report, its story, the corroboration status of
 * the story facet behind the row, the independent origins that give the report's value, and the
 * evidence spans. RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a comma,
 * quote or line break, quotes doubled. See docs/exports.md for every mapping decision.
 */
import type { Incident, IncidentAttacker } from '../analyze/incidents/incident-types.js';
import type { FacetVerdict } from '../corpus/corroborate/verdict-types.js';
import type { StoryRecord } from '../corpus/stories/story-types.js';
import type { CleanDocument } from '../model/document.js';
import { writeChunk, type ExportSink } from './export-sink.js';
import type { ExportLookup } from './export-selection.js';

/** The columns, in order. */
export const INCIDENT_CSV_COLUMNS = [
  'event_date',
  'time_precision',
  'event_type',
  'sub_event_type',
  'actor1',
  'actor2',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'report_id',
  'story_id',
  'corroboration_status',
  'independent_origins',
  'evidence',
] as const;

/** One row, by column name. */
export type IncidentCsvRow = Record<(typeof INCIDENT_CSV_COLUMNS)[number], string>;

/** Columns carrying words from reports, which a spreadsheet could take for a formula. */
const TEXT_COLUMNS: ReadonlySet<string> = new Set(['actor1', 'actor2', 'location', 'source', 'notes', 'sub_event_type']);

/** One field, quoted when RFC 4180 needs it. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** One record with its CRLF line end. */
export function csvRecord(fields: readonly string[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

/**
 * A text cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) gets a
 * leading apostrophe, as OWASP advises for CSV meant to be opened in one.
 */
function defuse(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** ACLED's event and sub-event types for ours; see docs/exports.md. */
export function acledEventType(inc: Pick<Incident, 'eventType' | 'subEventType'>): { eventType: string; subEventType: string } {
  const interceptedOnly = inc.subEventType === 'intercepted';
  switch (inc.eventType) {
    case 'drone-strike':
      return interceptedOnly ? { eventType: 'Strategic developments', subEventType: 'Disrupted weapons use' } : { eventType: 'Explosions/Remote violence', subEventType: 'Air/drone strike' };
    case 'missile-strike':
    case 'shelling':
      return interceptedOnly ? { eventType: 'Strategic developments', subEventType: 'Disrupted weapons use' } : { eventType: 'Explosions/Remote violence', subEventType: 'Shelling/artillery/missile attack' };
    case 'interception':
      return { eventType: 'Strategic developments', subEventType: 'Disrupted weapons use' };
    case 'explosion':
      return { eventType: 'Explosions/Remote violence', subEventType: '' };
    case 'air-alert':
      return { eventType: 'Strategic developments', subEventType: 'Other' };
    case 'other':
      return inc.subEventType === 'air strike' ? { eventType: 'Explosions/Remote violence', subEventType: 'Air/drone strike' } : { eventType: '', subEventType: '' };
  }
}

/** Wall-clock time of an ISO date or local date-time, as epoch ms read in UTC (its offset, if any, ignored: the day is the local one). */
function wallClock(iso: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?)?/.exec(iso);
  if (!m) return undefined;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4] ?? 0), Number(m[5] ?? 0), Number(m[6] ?? 0));
}

/**
 * The event day: the local day holding the middle of the half-open interval the report's words
 * give, so "overnight" (21:00–06:00) is the second day and "Friday evening" is Friday.
 */
export function eventDay(interval: { start: string; end: string } | undefined): string {
  if (!interval) return '';
  const a = wallClock(interval.start);
  const b = wallClock(interval.end);
  if (a === undefined) return '';
  const mid = b === undefined || b <= a ? a : a + (b - a) / 2;
  return new Date(mid).toISOString().slice(0, 10);
}

function unique(names: readonly string[]): string[] {
  return [...new Set(names.map((n) => n.trim()).filter(Boolean))];
}

function attackers(list: readonly IncidentAttacker[] | undefined, stance: IncidentAttacker['stance'][]): IncidentAttacker[] {
  return (list ?? []).filter((a) => stance.includes(a.stance));
}

/** A short account of the incident from its fields, in the manner of ACLED's notes. */
export function incidentNotes(inc: Incident): string {
  const parts: string[] = [];
  const where = inc.location.sites?.length ? `${inc.location.name} (${inc.location.sites.map((s) => s.name).join(', ')})` : inc.location.name;
  parts.push(`${inc.eventType}${inc.subEventType ? ` (${inc.subEventType})` : ''} at ${where}`);
  if (inc.date.text) parts.push(`when: "${inc.date.text}"${inc.date.resolution === 'inferred' && inc.date.note ? ` (${inc.date.note})` : ''}`);
  if (inc.target) parts.push(`target: ${inc.target.text}`);
  const counts: string[] = [];
  for (const [category, list] of Object.entries(inc.counts)) {
    for (const c of list ?? []) counts.push(`${c.approx === 'exact' ? '' : `${c.approx} `}${c.value} ${c.counted} ${category}${c.means ? ` by ${c.means}` : ''}${c.source ? ` (${c.source})` : ''}`);
  }
  if (counts.length) parts.push(`counts: ${counts.join(', ')}`);
  const k = inc.casualties;
  if (k && (k.killed || k.injured)) {
    const range = (r: { low: number; high: number }) => (r.low === r.high ? String(r.low) : `${r.low}–${r.high}`);
    const toll = [k.killed ? `${range(k.killed)} killed` : '', k.injured ? `${range(k.injured)} injured` : ''].filter(Boolean).join(', ');
    parts.push(`casualties: ${toll}${k.sources?.length ? ` (${k.sources.join('; ')})` : ''}`);
  }
  for (const a of attackers(inc.attacker, ['claimed', 'blamed', 'denied'])) {
    const verb = a.stance === 'claimed' ? 'claimed by' : a.stance === 'blamed' ? 'blamed on' : 'involvement denied by';
    const who = a.stance === 'denied' ? `${a.by ?? a.name}${a.by && a.by !== a.name ? ` for ${a.name}` : ''}` : `${a.name}${a.by ? ` by ${a.by}` : ''}`;
    parts.push(`${verb} ${who}${a.hedged ? ' (hedged)' : ''}`);
  }
  const hedges = unique((inc.hedges ?? []).map((h) => h.text));
  if (hedges.length) parts.push(`hedges: ${hedges.join(', ')}`);
  return parts.join('; ');
}

/** The report's incident within a story: the story whose entry for the report lists the incident. */
function storyOfIncident(stories: readonly StoryRecord[], docId: string, incidentId: string): StoryRecord | undefined {
  return stories.find((s) => s.reports.some((r) => r.docId === docId && r.incidentIds.includes(incidentId)));
}

/**
 * The facet the row's status is read from: the first of killed toll (behind `fatalities`),
 * attribution (behind `actor1`), date (behind `event_date`) and place (behind `location`) on which
 * the report itself has a claim in the story.
 */
export function rowFacet(story: StoryRecord, docId: string): { facet: FacetVerdict; origins: number } | undefined {
  const carries = (f: FacetVerdict) => f.groups.find((g) => g.role !== 'reference' && g.reports.some((r) => r.docId === docId));
  const order: Array<(f: FacetVerdict) => boolean> = [
    (f) => f.key.startsWith('casualties:killed@'),
    (f) => f.kind === 'attribution',
    (f) => f.kind === 'date',
    (f) => f.key.startsWith('place@'),
  ];
  for (const wanted of order) {
    for (const f of story.facets) {
      if (!wanted(f)) continue;
      const g = carries(f);
      if (g) return { facet: f, origins: g.origins };
    }
  }
  return undefined;
}

/** The rows of one report, one per incident, in the report's incident order. */
export function incidentRows(doc: CleanDocument, stories: readonly StoryRecord[]): IncidentCsvRow[] {
  const incidents = Array.isArray(doc.data.incidents) ? (doc.data.incidents as Incident[]) : [];
  const outlet = doc.meta.outlet?.value;
  const credited = doc.meta.creditedOrigin?.name;
  const source = unique([outlet ?? '', credited && credited !== outlet ? credited : '']).join('; ');
  return incidents.map((inc) => {
    const type = acledEventType(inc);
    const story = storyOfIncident(stories, doc.id, inc.id);
    const facet = story ? rowFacet(story, doc.id) : undefined;
    const geo = inc.location.geo;
    const row: IncidentCsvRow = {
      event_date: eventDay(inc.date.interval),
      time_precision: String(inc.date.timePrecision),
      event_type: type.eventType,
      sub_event_type: type.subEventType,
      actor1: unique(attackers(inc.attacker, ['claimed', 'blamed']).map((a) => a.name)).join('; '),
      actor2: '',
      location: inc.location.name,
      latitude: geo ? geo.lat.toFixed(4) : '',
      longitude: geo ? geo.lon.toFixed(4) : '',
      geo_precision: String(inc.location.geoPrecision),
      source,
      source_scale: '',
      notes: incidentNotes(inc),
      fatalities: inc.casualties?.killed ? String(inc.casualties.killed.conservative) : '',
      report_id: doc.id,
      story_id: story?.id ?? '',
      corroboration_status: facet?.facet.status ?? '',
      independent_origins: facet ? String(facet.origins) : '',
      evidence: inc.evidence.map(([s, e]) => `${s}-${e}`).join(';'),
    };
    for (const c of TEXT_COLUMNS) row[c as keyof IncidentCsvRow] = defuse(row[c as keyof IncidentCsvRow]);
    return row;
  });
}

/** Writes the header and every selected report's rows; returns the number of rows. */
export async function writeIncidentsCsv(docs: AsyncIterable<CleanDocument> | Iterable<CleanDocument>, lookup: ExportLookup, out: ExportSink): Promise<number> {
  await writeChunk(out, csvRecord(INCIDENT_CSV_COLUMNS));
  let n = 0;
  for await (const doc of docs) {
    const rows = incidentRows(doc, await lookup.storiesOf(doc.id));
    if (rows.length === 0) continue;
    await writeChunk(out, rows.map((r) => csvRecord(INCIDENT_CSV_COLUMNS.map((c) => r[c]))).join(''));
    n += rows.length;
  }
  return n;
}
