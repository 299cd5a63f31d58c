/**
 * One story in the HTML report: what, where and when; the map of its places; the facet table with
 * statuses and, under each facet, its values with the reports and quoted words behind each; the
 * timeline of first appearances, updates and conflicts; the reports by what they add; and the
 * cross-report findings.
 */
import type { FacetVerdict, GroupReport, TimelineEntry, ValueGroup } from '../corpus/corroborate/verdict-types.js';
import type { StoryRecord } from '../corpus/stories/story-types.js';
import type { Finding } from '../model/finding.js';
import {
  clip,
  evidenceLink,
  reportLink,
  statusBadge,
  storyAnchor,
  when,
  type HtmlContext,
} from './html-report-context.js';
import { escapeMarkup as h } from './markup-escape.js';
import { renderPlacesMap, type MapPlace } from './places-map-svg.js';

/** Quotes shown per value before the rest are listed by name only. */
const QUOTES_PER_VALUE = 8;

const ROLE_TEXT: Record<ValueGroup['role'], string> = {
  current: 'current value',
  earlier: 'earlier value (updated later)',
  conflicting: 'conflicting value',
  compatible: 'compatible (fits the current value)',
  weak: 'weak reading',
  denial: 'denial',
  reference: 'compared with (another facet)',
};

const CHANGE_TEXT: Record<TimelineEntry['change'], string> = {
  first: 'first appearance',
  rise: 'rose — read as an update',
  repeat: 'repeated',
  conflict: 'conflicting value',
};

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

function quoteItem(ctx: HtmlContext, r: GroupReport): string {
  const ev = r.evidence[0];
  const words = ev ? `<q>${evidenceLink(ctx, ev, h(clip(ev.quote, 320)))}</q>` : `<span class="muted">(no words kept)</span>`;
  const by = r.source ? ` <span class="muted">— ${h(r.source)}</span>` : '';
  const shown = r.display !== '' ? ` <span class="muted">[${h(r.display)}]</span>` : '';
  const weak = r.weak ? ' <span class="muted">(weak reading)</span>' : '';
  return `<li>${reportLink(ctx, r.docId)}${r.published ? ` <span class="muted">${when(r.published)}</span>` : ''}${shown}${weak}: ${words}${by}</li>`;
}

function groupItem(ctx: HtmlContext, g: ValueGroup): string {
  const seen = new Set<string>();
  const reports = g.reports.filter((r) => !seen.has(r.docId) && !!seen.add(r.docId));
  const quoted = reports.slice(0, QUOTES_PER_VALUE).map((r) => quoteItem(ctx, r)).join('');
  const rest = reports.slice(QUOTES_PER_VALUE);
  const more = rest.length ? `<li class="muted">and ${plural(rest.length, 'more report')}: ${rest.map((r) => reportLink(ctx, r.docId)).join(', ')}</li>` : '';
  const from = g.fromFacet ? ` · from ${h(g.fromFacet)}` : '';
  return (
    `<li class="${h(g.role)}"><span class="value">${h(g.display)}</span>` +
    `<span class="role">${h(ROLE_TEXT[g.role])} · ${plural(g.origins, 'independent origin')} · ${plural(reports.length, 'report')} · first: ${reportLink(ctx, g.firstCarrier)}${g.firstPublished ? ` ${when(g.firstPublished)}` : ''}${from}</span>` +
    `<ul class="quotes">${quoted}${more}</ul></li>`
  );
}

function facetRows(ctx: HtmlContext, v: FacetVerdict): string {
  const open = v.status === 'corroborated' ? '' : ' open';
  return (
    `<tr class="facet ${h(v.status)}"><td>${h(v.label)}${v.updated ? ' <span class="muted">(updated)</span>' : ''}</td><td>${statusBadge(v.status)}</td>` +
    `<td>${h(v.value ?? '—')}</td><td class="num">${v.origins}</td><td class="num">${v.reports}</td></tr>` +
    `<tr class="values"><td colspan="5"><details${open}><summary>${plural(v.groups.length, 'value')}, with the reports and their words${v.note ? ` — ${h(v.note)}` : ''}</summary>` +
    `<ul class="values">${v.groups.map((g) => groupItem(ctx, g)).join('')}</ul></details></td></tr>`
  );
}

function facetTable(ctx: HtmlContext, story: StoryRecord): string {
  if (story.facets.length === 0) return '<p class="muted">No facet to compare: its reports give no checkable facts the reading layer could read.</p>';
  return (
    '<table class="facets"><thead><tr><th>facet</th><th>status</th><th>value</th><th>origins</th><th>reports</th></tr></thead><tbody>' +
    story.facets.map((v) => facetRows(ctx, v)).join('') +
    '</tbody></table>'
  );
}

function mapFigure(story: StoryRecord): string {
  const status = (key: string) => story.facets.find((f) => f.key === `place@${key}`)?.status;
  const placed: MapPlace[] = [];
  const unplaced: string[] = [];
  for (const p of story.places) {
    if (!p.geo) {
      unplaced.push(p.name);
      continue;
    }
    const s = status(p.key);
    placed.push({ name: p.name, lat: p.geo.lat, lon: p.geo.lon, label: p.sites.length ? `${p.name} (${p.sites.slice(0, 3).join(', ')})` : p.name, ...(s ? { status: s } : {}) });
  }
  const note = unplaced.length ? `<p class="muted">Not on the map (the gazetteer has no coordinates for them): ${h(unplaced.join(', '))}.</p>` : '';
  if (placed.length === 0) return story.places.length ? note : '<p class="muted">The story names no place.</p>';
  return `<figure class="map">${renderPlacesMap(placed, { width: 720, height: 380, title: `Places of the story: ${placed.map((p) => p.name).join(', ')}` })}</figure>${note}`;
}

function timeline(ctx: HtmlContext, story: StoryRecord): string {
  const entries = story.facets.flatMap((v) => v.timeline.filter((t) => t.change !== 'repeat').map((t) => ({ t, v })));
  if (entries.length === 0) return '<p class="muted">No dated claims.</p>';
  // In order of publication, undated last; within one moment, by facet as the table lists them.
  const order = new Map(story.facets.map((v, i) => [v.key, i] as const));
  entries.sort((a, b) => (a.t.published ?? '\uffff').localeCompare(b.t.published ?? '\uffff') || order.get(a.v.key)! - order.get(b.v.key)!);
  return (
    '<ol class="timeline">' +
    entries
      .map(
        ({ t, v }) =>
          `<li class="${h(t.change)}"><time>${when(t.published)}</time><b>${h(v.label)}</b>: ${h(t.display)} <span class="muted">— ${h(CHANGE_TEXT[t.change])}</span> · ${reportLink(ctx, t.docId)}</li>`,
      )
      .join('') +
    '</ol>'
  );
}

function reportsTable(ctx: HtmlContext, story: StoryRecord): string {
  const rows = story.reports.map((r) => {
    const origin = r.derivedFrom ? `${h(r.derivedFrom.relation)} of ${reportLink(ctx, r.derivedFrom.docId)}` : r.independent ? 'independent' : `same origin as ${reportLink(ctx, r.origin)}`;
    return (
      `<tr><td>${h(r.role)}</td><td>${reportLink(ctx, r.docId, clip(r.headline ?? r.docId, 90))}</td><td>${h(r.outlet ?? '—')}</td><td>${when(r.published)}</td>` +
      `<td>${origin}</td><td class="num">${r.firstCarried.length}</td><td class="num">${r.claims}</td></tr>`
    );
  });
  return (
    '<table class="reports"><thead><tr><th>role</th><th>report</th><th>outlet</th><th>published</th><th>origin</th><th>first with</th><th>claims</th></tr></thead><tbody>' +
    rows.join('') +
    '</tbody></table>'
  );
}

/** One finding with links to its words and to the other reports' words. */
export function findingItem(ctx: HtmlContext, f: Finding, withReport: boolean): string {
  const words = f.evidence.map((ev) => evidenceLink(ctx, ev, `<q>${h(clip(ev.quote, 140))}</q>`)).join(' ');
  const related = (f.related ?? []).map((ev) => `${reportLink(ctx, ev.docId)}: ${evidenceLink(ctx, ev, `<q>${h(clip(ev.quote, 100))}</q>`)}`);
  const rel = related.length ? `<br><span class="muted">there:</span> ${related.join('; ')}` : '';
  return `<li><span class="sev ${h(f.severity)}">${h(f.severity)}</span><code>${h(f.ruleId)}</code> ${withReport ? `${reportLink(ctx, f.docId)}: ` : ''}${h(f.message)}${words ? `<br>${words}` : ''}${rel}</li>`;
}

function countsLine(story: StoryRecord): string {
  const c = story.counts;
  const badges = (
    [
      ['corroborated', c.corroborated],
      ['single-source', c.singleSource],
      ['contradicted', c.contradicted],
      ['denied', c.denied],
    ] as const
  )
    .map(([s, n]) => `<span class="status ${s}">${n} ${s}</span>`)
    .join('');
  return `<span class="counts">${badges}</span>`;
}

/** The whole section of one story. */
export function storySectionHtml(story: StoryRecord, ctx: HtmlContext): string {
  const places = story.places.length
    ? story.places
        .map((p) => `${h(p.name)}${p.geo ? ` <span class="muted">(${p.geo.lat.toFixed(3)}, ${p.geo.lon.toFixed(3)}${p.geo.country ? `, ${h(p.geo.country)}` : ''})</span>` : ''}${p.sites.length ? ` — ${h(p.sites.join(', '))}` : ''}`)
        .join('; ')
    : '—';
  const incidents = story.incidents.map((i) => `${h(i.eventType)}${i.subEventType ? ` (${h(i.subEventType)})` : ''} at ${h(i.place)}${i.date ? ` on ${h(i.date)}` : ''} <span class="muted">(${plural(i.reports, 'report')})</span>`).join('; ');
  const actors = story.keyActors.map((a) => `${h(a.name)} <span class="muted">(${h(a.kind)}, ${plural(a.origins, 'origin')})</span>`).join(', ');
  const c = story.counts;
  const span = story.timeSpan ? (story.timeSpan.start === story.timeSpan.end ? when(story.timeSpan.start) : `${when(story.timeSpan.start)} – ${when(story.timeSpan.end)}`) : 'undated';
  const published = story.published ? `${when(story.published.first)} – ${when(story.published.last)}` : '—';
  return (
    `<section class="story" id="${h(storyAnchor(story.id))}">` +
    `<h2>${h(story.title)}</h2><p class="meta">${h(story.label)} · <code>${h(story.id)}</code></p>` +
    '<dl class="facts">' +
    `<dt>when</dt><dd>${span}</dd>` +
    `<dt>reported</dt><dd>${published}</dd>` +
    `<dt>where</dt><dd>${places}</dd>` +
    (incidents ? `<dt>incident</dt><dd>${incidents}</dd>` : '') +
    (actors ? `<dt>key actors</dt><dd>${actors}</dd>` : '') +
    `<dt>reports</dt><dd>${c.reports} (${c.members} about it, ${c.linked} linked) · ${plural(c.independentOrigins, 'independent origin')}</dd>` +
    `<dt>facets</dt><dd>${c.facets} ${countsLine(story)}</dd>` +
    '</dl>' +
    mapFigure(story) +
    `<h3>Facets</h3>${facetTable(ctx, story)}` +
    `<h3>Timeline: first appearances, updates and conflicts</h3>${timeline(ctx, story)}` +
    `<h3>Reports, by what they add</h3>${reportsTable(ctx, story)}` +
    (story.findings.length ? `<h3>Cross-report findings</h3><ul class="findings">${story.findings.map((f) => findingItem(ctx, f, true)).join('')}</ul>` : '') +
    '</section>'
  );
}
