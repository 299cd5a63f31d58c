/**
 * One story: what happened where and when, the worst contradictions, a map of the incident
 * places, the facet table (statuses in colour, values side by side with their reports' words),
 * the timeline of its reports, the reports ordered by what they add (copies last, with what they
 * copy), and the cross-report findings, each linking to the words in the reports.
 */
import { getStory, storyMapUrl } from '../api.js';
import { cls, h, type Child } from '../dom.js';
import { clip, count, plural, shortDate } from '../format.js';
import { routePath, spanPath } from '../router.js';
import { facetLabels, reportsById } from '../stories/facets.js';
import { RELATION_TEXT } from '../stories/status.js';
import type { Finding, Story, StoryReportEntry } from '../types.js';
import { defTable, errorBox, langBadge, loading, severityTag } from './common.js';
import { facetTable, reportName } from './story-facets.js';
import { statusChips, storyCounts, storyFacts, worstConflicts } from './story-common.js';
import { storyTimelineView } from './story-timeline.js';

const MAP_WIDTH = 640;
const MAP_HEIGHT = 400;

/** Cross-report findings by rule, the most serious kinds first. */
const RULE_ORDER = ['contradicted-claim', 'date-conflict', 'single-source-claim', 'copied-content'];

/** What identifies a version of a story, so a live update can tell whether it changed. */
export function storyVersion(s: Story): string {
  const c = s.counts;
  return [c.reports, c.independentOrigins, c.facets, c.corroborated, c.singleSource, c.contradicted, c.denied, s.findings.length, s.facets.map((f) => `${f.status}${f.groups.length}`).join('')].join('.');
}

function section(id: string, title: string, badge: Child, body: Child, sub?: Child): HTMLElement {
  return h(
    'section',
    { class: 'story-section', id: `story-${id}` },
    h('h2', null, title, badge === null ? null : h('span', { class: 'count' }, badge)),
    sub ? h('p', { class: 'sub muted' }, sub) : null,
    body,
  );
}

function head(story: Story): HTMLElement {
  return h(
    'header',
    { class: 'report-head story-head' },
    h('nav', { class: 'crumbs' }, h('a', { href: '/' }, 'Stories'), ' / ', h('span', { class: 'mono' }, story.id)),
    h('h1', { class: 'headline story-headline' }, story.title || story.id),
    h('div', { class: 'facts story-facts' }, storyFacts(story)),
    h('div', { class: 'story-head-counts' }, storyCounts(story.counts), story.counts.facets > 0 ? statusChips(story.counts) : null),
  );
}

function mapFigure(story: Story): HTMLElement {
  const located = story.places.filter((p) => p.geo).length;
  const places = story.places.map((p) =>
    h(
      'li',
      { 'data-place': p.key },
      h('strong', null, p.name),
      p.geo
        ? h('span', { class: 'muted small' }, ` ${p.geo.name !== p.name ? `${p.geo.name}, ` : ''}${p.geo.country} · ${p.geo.lat.toFixed(3)}, ${p.geo.lon.toFixed(3)}`)
        : h('span', { class: 'muted small', title: 'the offline gazetteer does not know this place' }, ' not located: no coordinates'),
      h('span', { class: 'muted small' }, ` · ${plural(p.reports, 'report')}`),
      p.sites.length ? h('div', { class: 'small' }, 'Sites: ', p.sites.join(', ')) : null,
    ),
  );
  return h(
    'figure',
    { class: 'story-map' },
    h('img', {
      src: storyMapUrl(story.id, MAP_WIDTH, MAP_HEIGHT),
      width: String(MAP_WIDTH),
      height: String(MAP_HEIGHT),
      alt: story.places.length ? `Map of the places of this story: ${story.places.map((p) => p.name).join(', ')}` : 'Map: this story has no located place',
      loading: 'lazy',
      class: 'map-img',
    }),
    h(
      'figcaption',
      null,
      story.places.length === 0
        ? h('p', { class: 'muted small' }, 'No incident place: the map shows the whole world.')
        : [
            h('p', { class: 'muted small' }, `${plural(story.places.length, 'place')}, ${count(located)} located on the map.`),
            h('ul', { class: 'plain places' }, places),
          ],
    ),
  );
}

function aboutTable(story: Story): HTMLElement | null {
  const rows: Array<[string, Child]> = [];
  for (const inc of story.incidents) {
    rows.push([
      'Incident',
      [h('strong', null, inc.eventType), inc.subEventType ? ` · ${inc.subEventType}` : '', ` at ${inc.place}`, inc.date ? ` on ${inc.date}` : '', h('span', { class: 'muted' }, ` (${plural(inc.reports, 'report')})`)],
    ]);
  }
  if (story.keyActors.length) {
    rows.push(['Who comes up', h('span', null, story.keyActors.map((a, i) => [i ? ', ' : '', h('span', { title: `${a.kind}, named by ${plural(a.origins, 'independent origin')}` }, a.name), h('span', { class: 'muted' }, ` ${a.origins}`)]))]);
  }
  return rows.length ? defTable(rows, 'kv about') : null;
}

function reportEntry(r: StoryReportEntry, byId: Map<string, StoryReportEntry>, labels: Map<string, string>): HTMLElement {
  const origin = r.derivedFrom ? byId.get(r.derivedFrom.docId) : undefined;
  const firsts = r.firstCarried.map((k) => labels.get(k) ?? k);
  const shown = firsts.slice(0, 4);
  return h(
    'li',
    { class: cls('story-report', r.independent ? 'independent' : 'copy', `role-${r.role}`), 'data-doc': r.docId },
    h('a', { href: routePath({ name: 'report', id: r.docId }), class: 'story-report-title' }, r.headline ?? r.docId),
    h(
      'div',
      { class: 'facts small' },
      r.derivedFrom ? h('span', null, h('span', { class: 'tag copy-tag' }, 'copy')) : h('span', null, h('span', { class: 'tag independent-tag', title: 'its own origin: not a copy, translation or relay of another report' }, 'independent')),
      r.outlet ? h('span', { class: 'outlet' }, r.outlet) : null,
      r.published ? h('span', null, shortDate(r.published)) : h('span', { class: 'muted' }, 'no date'),
      r.language ? h('span', null, langBadge(r.language)) : null,
      h('span', { title: r.role === 'member' ? 'the story is what the report is about' : 'the report is about another story but also tells of this incident' }, r.role === 'member' ? 'about it' : 'linked'),
      h('span', null, plural(r.claims, 'claim')),
    ),
    r.derivedFrom
      ? h(
          'div',
          { class: 'copies small' },
          RELATION_TEXT[r.derivedFrom.relation] ?? r.derivedFrom.relation,
          ' ',
          h('a', { href: routePath({ name: 'report', id: r.derivedFrom.docId }), class: 'copied' }, origin ? `${origin.outlet ? `${origin.outlet}: ` : ''}${clip(origin.headline ?? origin.docId, 90)}` : r.derivedFrom.docId),
          ' — counts once with it',
        )
      : null,
    h(
      'div',
      { class: 'firsts small', title: firsts.join('\n') },
      firsts.length
        ? ['carried first: ', shown.join(' · '), firsts.length > shown.length ? h('span', { class: 'muted' }, ` +${firsts.length - shown.length} more`) : null]
        : h('span', { class: 'muted' }, 'carried nothing first'),
    ),
  );
}

function findingCard(f: Finding, byId: Map<string, StoryReportEntry>): HTMLElement {
  const name = (docId: string): string => reportName(docId, byId.get(docId));
  return h(
    'div',
    { class: `finding sev-border-${f.severity}`, 'data-rule': f.ruleId },
    h('div', { class: 'finding-head' }, severityTag(f.severity), h('code', { class: 'rule' }, f.ruleId), h('span', { class: 'small' }, 'on ', h('a', { href: routePath({ name: 'report', id: f.docId }) }, name(f.docId)))),
    h('p', { class: 'finding-message' }, f.message),
    f.evidence.length
      ? h('ol', { class: 'evidence' }, f.evidence.map((e) => h('li', null, h('a', { href: spanPath(e.docId, e.range), class: 'evidence-quote' }, `“${clip(e.quote, 200)}”`))))
      : null,
    f.related?.length
      ? h(
          'div',
          { class: 'small' },
          'In other reports:',
          h('ul', { class: 'related-list' }, f.related.map((e) => h('li', null, h('a', { href: spanPath(e.docId, e.range), class: 'related' }, h('span', { class: 'related-name' }, name(e.docId)), ' ', `“${clip(e.quote, 140)}”`)))),
        )
      : null,
  );
}

function findingsList(story: Story, byId: Map<string, StoryReportEntry>): HTMLElement {
  if (story.findings.length === 0) return h('p', { class: 'muted' }, 'No cross-report findings.');
  const rank = (r: string): number => (RULE_ORDER.includes(r) ? RULE_ORDER.indexOf(r) : RULE_ORDER.length);
  const sorted = story.findings.map((f, i) => ({ f, i })).sort((a, b) => rank(a.f.ruleId) - rank(b.f.ruleId) || a.i - b.i);
  return h('div', { class: 'story-findings' }, sorted.map(({ f }) => findingCard(f, byId)));
}

/** The story view, built from a story record. */
export function storyPage(story: Story): HTMLElement {
  const byId = reportsById(story);
  const labels = facetLabels(story);
  const worst = worstConflicts(story.worst, story.id);
  const copies = story.reports.filter((r) => !r.independent).length;
  return h(
    'section',
    { class: 'view story', 'data-story': story.id, 'data-version': storyVersion(story) },
    head(story),
    h(
      'div',
      { class: 'story-top' },
      h(
        'div',
        { class: 'story-summary' },
        worst ? section('worst', 'Worst contradictions', String(story.worst.length), worst, 'Values side by side, the agreed or latest one first; the number of independent origins behind each.') : null,
        section('about', 'What happened', null, aboutTable(story) ?? h('p', { class: 'muted' }, 'No located incident.')),
      ),
      section('map', 'Where', null, mapFigure(story)),
    ),
    section('facets', 'Facets', String(story.facets.length), facetTable(story, byId), 'Each facet’s status, and every value with the reports that give it; a report links to its words.'),
    section('timeline', 'Timeline', String(story.reports.length), storyTimelineView(story), 'Reports by publication time, with what first appeared in each.'),
    section(
      'reports',
      'Reports by what they add',
      String(story.reports.length),
      h('ol', { class: 'story-reports' }, story.reports.map((r) => reportEntry(r, byId, labels))),
      `First carriers and independent reports first; ${plural(copies, 'copy', 'copies')} last, each with what it copies.`,
    ),
    section('findings', 'Cross-report findings', String(story.findings.length), findingsList(story, byId)),
  );
}

/** The story view for a story id. */
export async function storyView(id: string, signal: { stale(): boolean }): Promise<HTMLElement> {
  const wrap = h('section', { class: 'view' }, loading('the story'));
  let story: Story;
  try {
    story = await getStory(id);
  } catch (e) {
    wrap.replaceChildren(h('nav', { class: 'crumbs' }, h('a', { href: '/' }, 'Stories')), errorBox(e, `Could not open story ${id}`));
    return wrap;
  }
  if (signal.stale()) return wrap;
  document.title = `${clip(story.title || story.id, 80)} · corroborate`;
  return storyPage(story);
}
