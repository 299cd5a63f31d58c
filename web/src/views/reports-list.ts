/**
 * The reports list: every stored report a page at a time, by publication date, with what
 * cleaning cut, how many findings each has and how many cross-report findings are on it.
 */
import { getReport, listReports } from '../api.js';
import { h } from '../dom.js';
import { count, plural, shortDate } from '../format.js';
import { routePath } from '../router.js';
import type { ReportSummary } from '../types.js';
import { errorBox, langBadge, loading, pageHead, pager } from './common.js';

/** Fills finding counts the summaries lack (a server before `findingCount`) by reading each report, a few at a time. */
function fillFindingCounts(items: readonly ReportSummary[], cells: Map<string, HTMLElement>): void {
  const todo = items.filter((r) => r.findingCount === undefined);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < todo.length) {
      const r = todo[next++] as ReportSummary;
      const cell = cells.get(r.id);
      try {
        const doc = await getReport(r.id);
        const withSpans = doc.findings.filter((f) => f.evidence.length > 0).length;
        if (cell) {
          cell.replaceChildren(String(doc.findings.length));
          cell.title = `${plural(doc.findings.length, 'finding')}, ${withSpans} with evidence in the text`;
          cell.classList.toggle('zero', doc.findings.length === 0);
        }
      } catch {
        if (cell) cell.replaceChildren('?');
      }
    }
  };
  void Promise.all([worker(), worker(), worker(), worker()]);
}

/** The reports list view. */
export async function reportsListView(limit: number, offset: number, signal: { stale(): boolean }): Promise<HTMLElement> {
  const root = h(
    'section',
    { class: 'view reports-list' },
    pageHead('Reports', 'Every stored report, by publication date; reports without a date come last. New reports appear as they are stored.'),
    loading('reports'),
  );
  let page;
  try {
    page = await listReports(limit, offset);
  } catch (e) {
    root.lastChild?.replaceWith(errorBox(e, 'Could not list the reports'));
    return root;
  }
  if (signal.stale()) return root;
  const findingCells = new Map<string, HTMLElement>();
  const rows = page.items.map((r) => {
    const cell = h('td', { class: `num findings-count${r.findingCount === 0 ? ' zero' : ''}` }, r.findingCount === undefined ? '…' : String(r.findingCount));
    findingCells.set(r.id, cell);
    const cross = r.crossFindingCount ?? 0;
    return h(
      'tr',
      { 'data-id': r.id, 'data-version': String(cross) },
      h('td', { class: 'date' }, shortDate(r.published) || h('span', { class: 'muted' }, 'no date')),
      h('td', { class: 'headline' }, h('a', { href: routePath({ name: 'report', id: r.id }) }, r.headline ?? h('span', { class: 'muted' }, `(no headline) ${r.location}`))),
      h('td', { class: 'outlet' }, r.outlet ?? h('span', { class: 'muted' }, '—')),
      h('td', { class: 'lang-cell' }, langBadge(r.language)),
      h('td', { class: `num${r.removedCount === 0 ? ' zero' : ''}`, title: plural(r.removedCount, 'cut') }, String(r.removedCount)),
      cell,
      h('td', { class: `num cross-count${cross === 0 ? ' zero' : ''}`, title: plural(cross, 'cross-report finding') }, String(cross)),
      h('td', { class: 'num muted' }, count(r.chars)),
    );
  });
  const table = h(
    'table',
    { class: 'grid' },
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        h('th', { class: 'date' }, 'Published'),
        h('th', null, 'Headline'),
        h('th', null, 'Outlet'),
        h('th', { class: 'lang-cell' }, 'Lang'),
        h('th', { class: 'num', title: 'what cleaning cut (comment forms, bios, related links, page furniture)' }, 'Cuts'),
        h('th', { class: 'num', title: 'findings of the reading stages and signals' }, 'Findings'),
        h('th', { class: 'num', title: 'cross-report findings on it: contradicted or single-source claims, copies, date conflicts' }, 'Across'),
        h('th', { class: 'num', title: 'length of the cleaned text' }, 'Chars'),
      ),
    ),
    h('tbody', null, rows),
  );
  root.lastChild?.replaceWith(
    page.total === 0
      ? h('div', { class: 'empty' }, h('p', null, 'No reports are stored yet.'), h('p', null, 'Add some on the ', h('a', { href: '/ingest' }, 'Ingest'), ' page, or run ', h('code', null, 'corroborate analyze <folder> --db <file>'), '.'))
      : h('div', null, table, pager(page.total, page.limit, page.offset, page.items.length, (l, o) => routePath({ name: 'reports', limit: l, offset: o }), 'reports')),
  );
  fillFindingCounts(page.items, findingCells);
  return root;
}
