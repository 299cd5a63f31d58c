/**
 * A story's timeline: an axis from the first to the last report with a dot per report (filled
 * for independent reports, hollow for copies, ringed when the report brought something first),
 * and below it the reports in publication order with the gap since the one before and what first
 * appeared in each: the first value of a facet, other values, rising tolls (updates) and values
 * that conflict.
 */
import { cls, h, setCssNumber, type Child } from '../dom.js';
import { clip, shortDate } from '../format.js';
import { routePath } from '../router.js';
import { RELATION_TEXT } from '../stories/status.js';
import { gapText, storyTimeline, type TimelineMark, type TimelineRow } from '../stories/timeline.js';
import type { Story } from '../types.js';
import { facetAnchor } from './story-common.js';

const CHANGE_TEXT: Readonly<Record<TimelineMark['change'], string>> = {
  first: 'first',
  rise: 'update',
  conflict: 'conflict',
  value: 'new value',
};

function mark(m: TimelineMark): HTMLElement {
  const value: Child = m.change === 'rise' && m.from !== undefined ? [h('span', { class: 'from' }, m.from), ' → ', h('strong', null, m.display)] : h('strong', null, m.display);
  return h(
    'li',
    { class: cls('tl-mark', `change-${m.change}`), 'data-change': m.change, 'data-facet': m.facet },
    h('span', { class: 'tl-change' }, CHANGE_TEXT[m.change]),
    ' ',
    h('a', { href: `#facet-${facetAnchor(m.facet)}`, class: 'tl-facet' }, m.label),
    ': ',
    value,
  );
}

function rowId(docId: string): string {
  return `tl-${docId}`;
}

function row(r: TimelineRow, prev: TimelineRow | undefined, byId: Map<string, Story['reports'][number]>): HTMLElement {
  const rep = r.report;
  const origin = rep.derivedFrom ? byId.get(rep.derivedFrom.docId) : undefined;
  // Gaps only between moments: a bare date says nothing about the hour.
  const gap = r.precision === 'time' && prev?.precision === 'time' && r.at !== undefined && prev.at !== undefined ? gapText(r.at - prev.at) : '';
  const ups = r.marks.filter((m) => m.change === 'rise').length;
  return h(
    'li',
    { class: cls('tl-row', rep.independent ? 'independent' : 'copy', r.marks.length > 0 && 'brings', ups > 0 && 'rises'), id: rowId(rep.docId), 'data-doc': rep.docId },
    h(
      'div',
      { class: 'tl-time', title: rep.published ? `published ${rep.published}` : 'no publication date' },
      // Moments in UTC, so the order down the list reads at a glance whatever zone each outlet gave.
      r.at === undefined ? h('span', { class: 'muted' }, 'no date') : r.precision === 'time' ? shortDate(new Date(r.at).toISOString()) : shortDate(rep.published),
      r.precision === 'date' ? h('div', { class: 'muted small' }, 'day only') : null,
      gap ? h('div', { class: 'tl-gap muted small' }, gap) : null,
    ),
    h('span', { class: 'tl-node', 'aria-hidden': 'true' }),
    h(
      'div',
      { class: 'tl-body' },
      h(
        'div',
        { class: 'tl-head' },
        rep.outlet ? h('span', { class: 'tl-outlet' }, rep.outlet, ' · ') : null,
        h('a', { href: routePath({ name: 'report', id: rep.docId }) }, rep.headline ?? rep.docId),
      ),
      rep.derivedFrom
        ? h(
            'div',
            { class: 'tl-copy small' },
            RELATION_TEXT[rep.derivedFrom.relation] ?? rep.derivedFrom.relation,
            ' ',
            h('a', { href: routePath({ name: 'report', id: rep.derivedFrom.docId }) }, origin?.outlet ?? origin?.headline ?? rep.derivedFrom.docId.slice(0, 8)),
            r.marks.length === 0 ? h('span', { class: 'muted' }, ': repeats it, adds nothing new') : null,
          )
        : null,
      r.marks.length ? h('ul', { class: 'tl-marks' }, r.marks.map(mark)) : rep.derivedFrom ? null : h('div', { class: 'muted small' }, 'nothing first: its values were out already'),
    ),
  );
}

function axis(rows: readonly TimelineRow[], start: number, end: number): HTMLElement {
  const dots = rows
    .filter((r) => r.pos !== undefined)
    .map((r) => {
      const rep = r.report;
      const dot = h('a', {
        href: `#${rowId(rep.docId)}`,
        class: cls('tl-dot', rep.independent ? 'independent' : 'copy', r.marks.length > 0 && 'brings', r.marks.some((m) => m.change === 'rise') && 'rises'),
        title: `${shortDate(rep.published)} · ${rep.outlet ?? ''} ${clip(rep.headline ?? '', 80)}${r.marks.length ? ` · ${r.marks.length} first` : ''}`,
        'aria-label': `${shortDate(rep.published)} ${rep.outlet ?? rep.docId}`,
        onclick: (ev: Event) => {
          ev.preventDefault();
          const el = document.getElementById(rowId(rep.docId));
          el?.scrollIntoView({ block: 'center', behavior: 'smooth' });
          el?.classList.add('flash-box');
          setTimeout(() => el?.classList.remove('flash-box'), 1600);
        },
      });
      setCssNumber(dot, '--pos', r.pos as number);
      return dot;
    });
  return h(
    'div',
    { class: 'tl-axis', role: 'group', 'aria-label': `reports from ${shortDate(new Date(start).toISOString())} to ${shortDate(new Date(end).toISOString())}` },
    h('div', { class: 'tl-line' }, dots),
    h('div', { class: 'tl-ends small muted' }, h('span', null, shortDate(new Date(start).toISOString())), h('span', null, shortDate(new Date(end).toISOString()))),
    h(
      'div',
      { class: 'tl-legend small muted' },
      h('span', null, h('span', { class: 'tl-key independent' }), 'independent'),
      h('span', null, h('span', { class: 'tl-key copy' }), 'copy, translation or relay'),
      h('span', null, h('span', { class: 'tl-key brings' }), 'brought something first'),
      h('span', null, h('span', { class: 'tl-key rises' }), 'raised a figure (update)'),
    ),
  );
}

/** The timeline section of a story. */
export function storyTimelineView(story: Story): HTMLElement {
  const tl = storyTimeline(story);
  const byId = new Map(story.reports.map((r) => [r.docId, r]));
  return h(
    'div',
    { class: 'timeline' },
    tl.start !== undefined && tl.end !== undefined ? axis(tl.rows, tl.start, tl.end) : h('p', { class: 'muted' }, 'None of its reports is dated.'),
    h(
      'ol',
      { class: 'tl-rows' },
      tl.rows.map((r, i) => row(r, i > 0 ? tl.rows[i - 1] : undefined, byId)),
    ),
  );
}
