/**
 * Stories for a terminal: the listing (title, span, places, reports and independent origins, the
 * worst conflicts) and one story whole — the facet table with statuses, each value with the
 * reports and quoted words behind it side by side, the timeline of updates, the reports in the
 * order of what they add, and the cross-report findings.
 */
import type { FacetVerdict, ValueGroup } from '../corpus/corroborate/verdict-types.js';
import type { StoryRecord, StorySummary } from '../corpus/stories/story-types.js';

export interface StoryTextOptions {
  color?: boolean;
  /** Quotes per value group (default 3). */
  quotes?: number;
}

const paint = (on: boolean, code: string) => (s: string) => (on ? `\x1b[${code}m${s}\x1b[0m` : s);

function clip(s: string, n: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  return flat.length <= n ? flat : `${flat.slice(0, n - 1)}…`;
}

function span(t: { start: string; end: string } | undefined): string {
  if (!t) return 'undated';
  return t.start === t.end ? t.start : `${t.start} – ${t.end}`;
}

/** One line per story, then its worst conflicts indented under it. */
export function storiesText(stories: readonly StorySummary[], opts: StoryTextOptions = {}): string {
  const dim = paint(!!opts.color, '2');
  const bold = paint(!!opts.color, '1');
  const red = paint(!!opts.color, '31');
  const out: string[] = [];
  for (const s of stories) {
    const places = s.places.map((p) => (p.geo ? `${p.name} (${p.geo.lat.toFixed(2)}, ${p.geo.lon.toFixed(2)})` : p.name)).join(', ') || '—';
    out.push(`${bold(s.id)}  ${clip(s.title, 90)}`);
    out.push(
      `  ${dim('when')} ${span(s.timeSpan)}  ${dim('where')} ${places}  ${dim('reports')} ${s.counts.reports} (${s.counts.members} about it, ${s.counts.linked} linked)  ${dim('independent origins')} ${s.counts.independentOrigins}`,
    );
    out.push(`  ${dim('facets')} ${s.counts.corroborated} corroborated · ${s.counts.singleSource} single-source · ${s.counts.contradicted} contradicted · ${s.counts.denied} denied`);
    for (const w of s.worst) out.push(`  ${red(w.status)} ${w.label}: ${w.values.join(' vs ')}`);
    out.push('');
  }
  if (stories.length === 0) out.push('no stories yet (corroborate analyze <inputs> builds them)');
  return out.join('\n');
}

const STATUS_WIDTH = 13;

function statusPaint(status: FacetVerdict['status'], color: boolean): string {
  const code = status === 'corroborated' ? '32' : status === 'contradicted' ? '31' : status === 'denied' ? '35' : '33';
  return paint(color, code)(status.padEnd(STATUS_WIDTH));
}

function groupLines(g: ValueGroup, names: ReadonlyMap<string, string>, quotes: number, dim: (s: string) => string): string[] {
  const role = g.role === 'current' ? '' : ` ${dim(`[${g.role}]`)}`;
  const lines = [`      ${g.display}${role}  ${dim(`${g.origins} ${g.origins === 1 ? 'origin' : 'origins'}, ${g.reports.length} ${g.reports.length === 1 ? 'report' : 'reports'}; first: ${names.get(g.firstCarrier) ?? g.firstCarrier}${g.firstPublished ? ` ${g.firstPublished}` : ''}`)}`];
  const shown = new Set<string>();
  for (const r of g.reports) {
    if (shown.size >= quotes) break;
    if (shown.has(r.origin)) continue;
    shown.add(r.origin);
    const q = r.evidence[0]?.quote;
    lines.push(`        ${dim(`${names.get(r.docId) ?? r.docId}:`)} ${q ? `“${clip(q, 150)}”` : r.display}${r.source ? dim(` — ${r.source}`) : ''}`);
  }
  return lines;
}

/** How the story's reports are named in lines: the outlet, with the date when an outlet has several. */
function reportNames(r: StoryRecord): Map<string, string> {
  const base = (e: StoryRecord['reports'][number]) => e.outlet ?? clip(e.headline ?? e.docId.slice(0, 8), 28);
  const count = new Map<string, number>();
  for (const e of r.reports) count.set(base(e), (count.get(base(e)) ?? 0) + 1);
  return new Map(r.reports.map((e) => [e.docId, count.get(base(e))! > 1 ? `${base(e)} ${e.published ?? e.docId.slice(0, 8)}` : base(e)]));
}

/** One story whole (see the file comment). */
export function storyText(r: StoryRecord, opts: StoryTextOptions = {}): string {
  const color = !!opts.color;
  const dim = paint(color, '2');
  const bold = paint(color, '1');
  const quotes = opts.quotes ?? 3;
  const names = reportNames(r);
  const out: string[] = [];
  out.push(bold(r.title));
  out.push(`${dim('id'.padEnd(10))} ${r.id}`);
  out.push(`${dim('incident'.padEnd(10))} ${r.label}`);
  out.push(`${dim('when'.padEnd(10))} ${span(r.timeSpan)}${r.published ? dim(`  (reports from ${r.published.first} to ${r.published.last})`) : ''}`);
  for (const p of r.places) {
    out.push(`${dim('where'.padEnd(10))} ${p.name}${p.geo ? ` (${p.geo.lat.toFixed(3)}, ${p.geo.lon.toFixed(3)}, ${p.geo.country})` : ''}${p.sites.length ? ` — ${p.sites.join(', ')}` : ''}`);
  }
  if (r.keyActors.length) out.push(`${dim('actors'.padEnd(10))} ${r.keyActors.map((a) => `${a.name} (${a.origins})`).join(', ')}`);
  out.push(`${dim('reports'.padEnd(10))} ${r.counts.reports} (${r.counts.members} about it, ${r.counts.linked} linked), ${r.counts.independentOrigins} independent origins`);
  out.push('');

  out.push(bold('Facets'));
  for (const v of r.facets) {
    out.push(`  ${statusPaint(v.status, color)} ${v.label}: ${bold(v.value ?? '—')}${v.updated ? dim(' (updated over time)') : ''}  ${dim(`${v.origins} ${v.origins === 1 ? 'origin' : 'origins'}`)}`);
    // Values side by side only where there is something to compare or a history to tell.
    if (v.status === 'contradicted' || v.status === 'denied' || v.updated || v.groups.length > 1) {
      for (const g of v.groups) out.push(...groupLines(g, names, quotes, dim));
    }
  }
  out.push('');

  const updates = r.facets.filter((v) => v.updated);
  if (updates.length) {
    out.push(bold('Timeline of updates'));
    for (const v of updates) {
      out.push(`  ${v.label}`);
      for (const t of v.timeline) {
        if (t.change === 'repeat') continue;
        out.push(`    ${(t.published ?? 'undated').padEnd(26)} ${t.display.padEnd(12)} ${dim(t.change)}  ${names.get(t.docId) ?? t.docId}`);
      }
    }
    out.push('');
  }

  out.push(bold('Reports, by what they add'));
  for (const e of r.reports) {
    const how = e.independent ? '' : e.derivedFrom ? ` ${dim(`[${e.derivedFrom.relation} of ${names.get(e.derivedFrom.docId) ?? e.derivedFrom.docId}]`)}` : ` ${dim('[same origin]')}`;
    const adds = e.firstCarried.length ? `first with ${e.firstCarried.length} value${e.firstCarried.length === 1 ? '' : 's'}` : `${e.claims} claims`;
    out.push(`  ${e.docId}  ${(e.published ?? 'undated').padEnd(26)} ${(e.outlet ?? '').slice(0, 24).padEnd(24)} ${dim(e.role.padEnd(6))} ${dim(adds)}${how}`);
    out.push(`      ${clip(e.headline ?? '', 100)}`);
  }
  if (r.findings.length) {
    out.push('');
    out.push(bold('Cross-report findings'));
    for (const f of r.findings) out.push(`  ${f.severity.padEnd(7)} ${f.ruleId.padEnd(19)} ${names.get(f.docId) ?? f.docId}: ${f.message}`);
  }
  return out.join('\n');
}
