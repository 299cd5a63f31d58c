/**
 * The offline HTML report: one self-contained file that opens from disk. Stories first (facts,
 * map, facet table with every value's reports and words, timeline, reports, cross-report
 * findings), then every report they point at with its cleaned text and the evidence highlighted;
 * links are #anchors inside the page. CSS is inline; there is no script and no external URL (a
 * Content-Security-Policy forbids both, in case anything slipped through), and every piece of
 * report text is escaped.
 */
import type { StoryRecord } from '../corpus/stories/story-types.js';
import type { CleanDocument } from '../model/document.js';
import type { Finding } from '../model/finding.js';
import { evidenceHolds, type Evidence } from '../model/span.js';
import type { Store } from '../store/store.js';
import { writeChunk, type ExportSink } from './export-sink.js';
import { ExportLookup, selectedReports, selectedStoryIds, type ExportSelection } from './export-selection.js';
import { reportSectionHtml } from './html-report-section.js';
import { reportLink, storyAnchor, type HtmlContext } from './html-report-context.js';
import { HTML_REPORT_CSS } from './html-report-styles.js';
import { storySectionHtml } from './html-story-section.js';
import { spanAnchor, type MarkedSpan } from './html-text-marks.js';
import { escapeMarkup as h } from './markup-escape.js';

/** What the page is made of. */
export interface HtmlReportInput {
  /** The page title (default "corroborate report"). */
  title?: string;
  /** ISO instant shown as the time of the export. */
  generatedAt: string;
  stories: readonly StoryRecord[];
  /** Every report the page shows: the selected ones and those the stories point at. */
  reports: readonly CleanDocument[];
  /** Cross-report findings by report id. */
  crossFindings: ReadonlyMap<string, readonly Finding[]>;
  /** Stories each report is in, by report id (for the links in its section). */
  storiesOfReport?: ReadonlyMap<string, readonly string[]>;
}

/** The policy the page declares: nothing may load or run; inline styles and the inline SVG are all it has. */
const CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'";

/** Every evidence span the page links to, by report, with what it is evidence of. */
function collectSpans(input: HtmlReportInput): Map<string, Map<string, MarkedSpan>> {
  const docs = new Map(input.reports.map((d) => [d.id, d] as const));
  const out = new Map<string, Map<string, MarkedSpan>>();
  const add = (ev: Evidence, note: string) => {
    const doc = docs.get(ev.docId);
    if (!doc || !evidenceHolds(ev, doc.text) || ev.range[0] === ev.range[1]) return;
    const id = spanAnchor(ev.docId, ev.range);
    let spans = out.get(ev.docId);
    if (!spans) out.set(ev.docId, (spans = new Map()));
    const s = spans.get(id);
    if (s) {
      if (!s.notes.includes(note)) s.notes.push(note);
    } else spans.set(id, { range: ev.range, id, notes: [note] });
  };
  for (const story of input.stories) {
    for (const v of story.facets) for (const g of v.groups) for (const r of g.reports) for (const ev of r.evidence) add(ev, v.label);
    for (const f of story.findings) for (const ev of [...f.evidence, ...(f.related ?? [])]) add(ev, f.ruleId);
  }
  for (const doc of input.reports) {
    for (const f of doc.findings) for (const ev of f.evidence) add(ev, f.ruleId);
    for (const f of input.crossFindings.get(doc.id) ?? []) for (const ev of [...f.evidence, ...(f.related ?? [])]) add(ev, f.ruleId);
  }
  return out;
}

function contents(ctx: HtmlContext, input: HtmlReportInput): string {
  const stories = input.stories.map((s) => {
    const c = s.counts;
    const flags = [c.contradicted ? `${c.contradicted} contradicted` : '', c.denied ? `${c.denied} denied` : '', c.singleSource ? `${c.singleSource} single-source` : ''].filter(Boolean).join(', ');
    return `<li><a href="#${h(storyAnchor(s.id))}">${h(s.title)}</a> <span class="muted">— ${h(s.label)} · ${c.reports} reports, ${c.independentOrigins} independent origins${flags ? ` · ${h(flags)}` : ''}</span></li>`;
  });
  const reports = input.reports.map((d) => `<li>${reportLink(ctx, d.id)}${d.meta.published ? ` <span class="muted">${h(d.meta.published.value.replace('T', ' '))}</span>` : ''}</li>`);
  return (
    '<nav class="toc">' +
    (stories.length ? `<h3>Stories (${stories.length})</h3><ol>${stories.join('')}</ol>` : '<p class="muted">No stories in this export.</p>') +
    (reports.length ? `<h3>Reports (${reports.length})</h3><ol>${reports.join('')}</ol>` : '') +
    '</nav>'
  );
}

/** The whole page as one string. */
export function renderHtmlReport(input: HtmlReportInput): string {
  const spans = collectSpans(input);
  const anchors = new Set<string>();
  for (const m of spans.values()) for (const id of m.keys()) anchors.add(id);
  const ctx: HtmlContext = {
    reports: new Map(input.reports.map((d) => [d.id, d] as const)),
    anchors,
    stories: new Set(input.stories.map((s) => s.id)),
  };
  const title = input.title ?? 'corroborate report';
  const reportSections = input.reports.map((d) =>
    reportSectionHtml(d, ctx, {
      crossFindings: input.crossFindings.get(d.id) ?? [],
      storyIds: input.storiesOfReport?.get(d.id) ?? [],
      spans: [...(spans.get(d.id)?.values() ?? [])],
    }),
  );
  return (
    '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">' +
    `<meta http-equiv="Content-Security-Policy" content="${h(CSP)}">` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    '<meta name="referrer" content="no-referrer">' +
    `<meta name="generator" content="corroborate">` +
    `<title>${h(title)}</title><style>${HTML_REPORT_CSS}</style></head><body><main>` +
    `<header class="page"><h1>${h(title)}</h1><p class="meta">Exported ${h(input.generatedAt)} · ${input.stories.length} ${input.stories.length === 1 ? 'story' : 'stories'} · ${input.reports.length} ${input.reports.length === 1 ? 'report' : 'reports'}. Statuses say what independent reports say side by side — corroborated, single-source, contradicted, denied — not which report is right.</p></header>` +
    contents(ctx, input) +
    input.stories.map((s) => storySectionHtml(s, ctx)).join('\n') +
    (reportSections.length ? `<h2>Reports</h2>${reportSections.join('\n')}` : '') +
    `<footer>Made by corroborate from ${input.reports.length} stored ${input.reports.length === 1 ? 'report' : 'reports'}. Evidence offsets count UTF-16 code units of each report's cleaned text, half-open. Map land: Natural Earth.</footer>` +
    '</main></body></html>\n'
  );
}

/** A report's publication instant for ordering (a date alone counts from its start); undated last. */
function publishedKey(d: CleanDocument): number {
  const t = d.meta.published ? Date.parse(d.meta.published.value) : Number.NaN;
  return Number.isNaN(t) ? Number.POSITIVE_INFINITY : t;
}

/**
 * Reads the selection from the store and writes the page. The page is built in memory (it is one
 * document); for very large stores prefer csv or json. Returns the number of stories.
 */
export async function writeHtmlReport(store: Store, sel: ExportSelection, out: ExportSink, opts: { generatedAt?: string; title?: string } = {}): Promise<number> {
  const lookup = new ExportLookup(store);
  const stories: StoryRecord[] = [];
  for (const id of await selectedStoryIds(store, sel)) {
    const s = await lookup.story(id);
    if (s) stories.push(s);
  }
  const reports = new Map<string, CleanDocument>();
  for await (const d of selectedReports(store, sel)) reports.set(d.id, d);
  for (const s of stories) {
    for (const r of s.reports) {
      if (reports.has(r.docId)) continue;
      const d = await store.getReport(r.docId);
      if (d) reports.set(d.id, d);
    }
  }
  // Stable sort: reports with the same key (the undated ones) keep the store's order.
  const ordered = [...reports.values()].sort((a, b) => publishedKey(a) - publishedKey(b) || 0);
  const crossFindings = new Map<string, Finding[]>();
  const storiesOfReport = new Map<string, string[]>();
  for (const d of ordered) {
    crossFindings.set(d.id, await lookup.crossFindings(d.id));
    storiesOfReport.set(
      d.id,
      (await store.storiesOfReport(d.id)).map((m) => m.storyId),
    );
  }
  const html = renderHtmlReport({
    generatedAt: opts.generatedAt ?? new Date().toISOString(),
    ...(opts.title ? { title: opts.title } : {}),
    stories,
    reports: ordered,
    crossFindings,
    storiesOfReport,
  });
  await writeChunk(out, html);
  return stories.length;
}
