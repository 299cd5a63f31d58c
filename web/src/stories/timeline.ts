/**
 * A story's timeline: its reports by publication time, each with what first appeared in it — the
 * first value of a facet, another value, a rise read as an update (a toll going up), a value that
 * conflicts — so the view can show how the picture built up and where copies only repeat it.
 */
import type { FacetKind, FacetVerdict, GroupRole, Story, StoryReportEntry } from '../types.js';

/** What first appeared in a report, on one facet. */
export interface TimelineMark {
  facet: string;
  label: string;
  kind: FacetKind;
  /** The value as the report states it. */
  display: string;
  /**
   * `first`: the facet's first value; `rise`: a higher figure than before, read as an update;
   * `conflict`: a value that conflicts with the one that stands; `value`: another value (a bound,
   * a denial, a vague reading).
   */
  change: 'first' | 'rise' | 'conflict' | 'value';
  /** For a rise: the figure it rose from. */
  from?: string;
  role: GroupRole;
}

/** One report on the timeline. */
export interface TimelineRow {
  report: StoryReportEntry;
  /** Publication instant in ms, when dated. */
  at?: number;
  /** `time`: a moment is given; `date`: only a day (or month); `none`: undated. */
  precision: 'time' | 'date' | 'none';
  /** Place along the axis from the first to the last dated report, 0 to 1. */
  pos?: number;
  marks: TimelineMark[];
}

/** The timeline of a story. */
export interface StoryTimeline {
  rows: TimelineRow[];
  /** First and last publication instants (ms). */
  start?: number;
  end?: number;
}

/** An ISO date or instant as ms and how precise it is; offsets are honoured, a bare date is its UTC midnight. */
export function publishedInstant(iso: string | undefined): { at?: number; precision: TimelineRow['precision'] } {
  if (!iso) return { precision: 'none' };
  const dateOnly = /^\d{4}(-\d{2}(-\d{2})?)?$/.test(iso);
  const at = Date.parse(dateOnly ? iso : iso.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  if (!Number.isFinite(at)) return { precision: 'none' };
  return { at, precision: dateOnly ? 'date' : 'time' };
}

/** What first appeared in each report, by report id, in facet order. */
export function firstAppearances(facets: readonly FacetVerdict[]): Map<string, TimelineMark[]> {
  const out = new Map<string, TimelineMark[]>();
  const push = (docId: string, m: TimelineMark): void => {
    const list = out.get(docId);
    if (list) list.push(m);
    else out.set(docId, [m]);
  };
  for (const f of facets) {
    const firstDoc = f.timeline[0]?.docId;
    // A rise names the figure before it: the last first-or-rise value on the facet's timeline.
    const rises = new Map<string, { display: string; from?: string }>();
    let standing: string | undefined;
    for (const e of f.timeline) {
      if (e.change === 'rise' && !rises.has(e.docId)) rises.set(e.docId, { display: e.display, ...(standing !== undefined ? { from: standing } : {}) });
      if (e.change === 'first' || e.change === 'rise') standing = e.display;
    }
    for (const g of f.groups) {
      if (g.role === 'reference') continue;
      const doc = g.firstCarrier;
      const rise = rises.get(doc);
      const own = g.reports.find((r) => r.docId === doc)?.display ?? g.display;
      const base = { facet: f.key, label: f.label, kind: f.kind, role: g.role };
      if (rise) push(doc, { ...base, display: own, change: 'rise', ...(rise.from !== undefined ? { from: rise.from } : {}) });
      else if (g.role === 'conflicting') push(doc, { ...base, display: own, change: 'conflict' });
      else push(doc, { ...base, display: own, change: doc === firstDoc ? 'first' : 'value' });
    }
  }
  return out;
}

/** The reports of a story by publication time (undated last, in the story's order), with what each brought first. */
export function storyTimeline(story: Pick<Story, 'reports' | 'facets'>): StoryTimeline {
  const marks = firstAppearances(story.facets);
  const rows: TimelineRow[] = story.reports.map((report) => ({ report, ...publishedInstant(report.published), marks: marks.get(report.docId) ?? [] }));
  const order = new Map(story.reports.map((r, i) => [r.docId, i]));
  rows.sort((a, b) => {
    if (a.at !== undefined && b.at !== undefined && a.at !== b.at) return a.at - b.at;
    if ((a.at === undefined) !== (b.at === undefined)) return a.at === undefined ? 1 : -1;
    return (order.get(a.report.docId) ?? 0) - (order.get(b.report.docId) ?? 0);
  });
  const dated = rows.filter((r) => r.at !== undefined).map((r) => r.at as number);
  if (dated.length === 0) return { rows };
  const start = Math.min(...dated);
  const end = Math.max(...dated);
  for (const r of rows) if (r.at !== undefined) r.pos = end === start ? 0.5 : (r.at - start) / (end - start);
  return { rows, start, end };
}

/** A gap between two instants in words: `+45 min`, `+2 h 05 min`, `+1 d 3 h`. */
export function gapText(ms: number): string {
  const min = Math.round(Math.abs(ms) / 60_000);
  const sign = ms < 0 ? '−' : '+';
  if (min < 60) return `${sign}${min} min`;
  const h = Math.floor(min / 60);
  if (h < 24) return `${sign}${h} h ${String(min % 60).padStart(2, '0')} min`;
  return `${sign}${Math.floor(h / 24)} d ${h % 24} h`;
}
