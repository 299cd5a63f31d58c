/**
 * The facet table of a story: for every facet (date, place, counts by scope, casualties, damage,
 * attribution, statements) its status in colour and its values side by side, each value with the
 * reports that give it, linked to the words in each report, and those words quoted.
 */
import { cls, h, type Child } from '../dom.js';
import { clip, plural, shortDate } from '../format.js';
import { spanPath } from '../router.js';
import { countKey, facetSections } from '../stories/facets.js';
import { ROLE_TEXT } from '../stories/status.js';
import type { FacetVerdict, GroupReport, Story, StoryReportEntry, ValueGroup } from '../types.js';
import { facetAnchor, statusChip } from './story-common.js';

/** Reports of a group shown before the rest fold away. */
const SHOWN = 3;

const SCOPE_TEXT = { place: 'town', region: 'region', country: 'country' } as const;

/** How a report is named in a list: its outlet, else its headline, else its id. */
export function reportName(docId: string, entry: StoryReportEntry | undefined, outlet?: string): string {
  return outlet ?? entry?.outlet ?? (entry?.headline ? clip(entry.headline, 48) : docId.slice(0, 8));
}

function groupReport(r: GroupReport, entry: StoryReportEntry | undefined, groupDisplay: string): HTMLElement {
  const ev = r.evidence[0];
  const name = reportName(r.docId, entry, r.outlet);
  const when = shortDate(r.published ?? entry?.published);
  return h(
    'li',
    { class: cls('group-report', r.weak && 'weak'), 'data-doc': r.docId },
    h(
      'div',
      { class: 'group-report-head' },
      ev
        ? h('a', { href: spanPath(r.docId, ev.range), class: 'report-link', title: entry?.headline ?? r.docId }, name)
        : h('a', { href: `/reports/${r.docId}`, class: 'report-link', title: entry?.headline ?? r.docId }, name),
      when ? h('span', { class: 'muted' }, ` ${when}`) : null,
      r.display && r.display !== groupDisplay ? h('span', { class: 'says', title: 'the value as this report states it' }, ` · ${r.display}`) : null,
      r.source ? h('span', { class: 'muted' }, ` · per ${r.source}`) : null,
      r.weak ? h('span', { class: 'tag weak-tag', title: 'a weak reading (an inferred date, one person described for a toll): shown, never the basis of a conflict' }, 'weak') : null,
      entry && !entry.independent ? h('span', { class: 'tag copy-tag', title: 'derives from another report: counts once with its origin' }, 'copy') : null,
    ),
    r.evidence.map((e) => h('a', { href: spanPath(r.docId, e.range), class: 'quote', title: e.quote }, `“${clip(e.quote, 220)}”`)),
  );
}

function group(g: ValueGroup, reports: Map<string, StoryReportEntry>): HTMLElement {
  const items = g.reports.map((r) => groupReport(r, reports.get(r.docId), g.display));
  const more = items.length > SHOWN ? items.splice(SHOWN) : [];
  return h(
    'div',
    { class: cls('value-group', `role-${g.role}`), 'data-role': g.role },
    h(
      'div',
      { class: 'value-head' },
      h('strong', { class: 'value-display' }, g.display),
      h('span', { class: cls('role', `role-tag-${g.role}`), title: ROLE_TEXT[g.role] }, g.role),
      h('span', { class: 'muted small' }, ` ${plural(g.origins, 'origin')} · ${plural(g.reports.length, 'report')}`),
      g.fromFacet ? h('span', { class: 'muted small' }, ` · from ${g.fromFacet}`) : null,
    ),
    h('ul', { class: 'group-reports' }, items),
    more.length ? h('details', { class: 'more-reports' }, h('summary', null, `${plural(more.length, 'more report')}`), h('ul', { class: 'group-reports' }, more)) : null,
  );
}

function facetRow(f: FacetVerdict, reports: Map<string, StoryReportEntry>): HTMLElement {
  const scope = f.kind === 'count' ? countKey(f.key)?.scope : undefined;
  const name: Child[] = [h('div', { class: 'facet-label' }, f.label)];
  const tags: Child[] = [];
  if (scope) tags.push(h('span', { class: 'tag scope', title: 'where the figure counts' }, SCOPE_TEXT[scope]));
  if (f.updated) tags.push(h('span', { class: 'tag updated', title: 'the value rose over time; later reports raising it are read as updates, not conflicts' }, 'updated'));
  tags.push(h('span', { class: 'muted small' }, `${plural(f.origins, 'origin')}, ${plural(f.reports, 'report')}`));
  name.push(h('div', { class: 'facet-tags' }, tags));
  if (f.note) name.push(h('div', { class: 'facet-note muted small' }, f.note));
  return h(
    'tr',
    { class: cls('facet', `facet-${f.status}`), id: `facet-${facetAnchor(f.key)}`, 'data-facet': f.key, 'data-status': f.status },
    h('th', { scope: 'row', class: 'facet-name' }, name),
    h('td', { class: 'facet-status' }, statusChip(f.status), f.value ? h('div', { class: 'facet-value', title: 'the agreed or latest value' }, f.value) : null),
    h('td', { class: 'facet-values' }, h('div', { class: 'value-groups' }, f.groups.map((g) => group(g, reports)))),
  );
}

/** The facet table, in sections by kind. */
export function facetTable(story: Story, reports: Map<string, StoryReportEntry>): HTMLElement {
  const sections = facetSections(story.facets);
  if (sections.length === 0) return h('p', { class: 'empty' }, 'No facets: the reports of this story tell of no incident the reading layer could read (commentary, or a language it does not read yet).');
  return h(
    'table',
    { class: 'grid facet-table' },
    h('thead', null, h('tr', null, h('th', null, 'Facet'), h('th', null, 'Status'), h('th', null, 'Values side by side, with the reports and words behind each'))),
    sections.map((s) =>
      h(
        'tbody',
        { class: `facet-section section-${s.kind}`, 'data-kind': s.kind },
        h('tr', { class: 'section-row' }, h('th', { colspan: '3', scope: 'rowgroup' }, s.label, h('span', { class: 'muted small' }, ` ${s.facets.length}`))),
        s.facets.map((f) => facetRow(f, reports)),
      ),
    ),
  );
}
