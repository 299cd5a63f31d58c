/**
 * One report in the HTML report: where it came from (its URL as text, never a link), the stories
 * it is in, its findings and the cross-report findings on it, and its cleaned text with every
 * evidence span the page links to highlighted.
 */
import type { CleanDocument } from '../model/document.js';
import type { Finding } from '../model/finding.js';
import { findingItem } from './html-story-section.js';
import { reportAnchor, storyLink, when, type HtmlContext } from './html-report-context.js';
import { markedTextHtml, type MarkedSpan } from './html-text-marks.js';
import { escapeMarkup as h } from './markup-escape.js';
import { reportUrl } from './report-ref.js';

/** The section of one report. `spans` are the evidence spans to mark in its text. */
export function reportSectionHtml(doc: CleanDocument, ctx: HtmlContext, opts: { crossFindings: readonly Finding[]; storyIds: readonly string[]; spans: readonly MarkedSpan[] }): string {
  const m = doc.meta;
  const url = reportUrl(doc);
  const rows: Array<[string, string]> = [];
  if (m.outlet) rows.push(['outlet', h(m.outlet.value)]);
  if (m.published) rows.push(['published', `${when(m.published.value)} <span class="muted">(${h(m.published.precision)}, from ${h(m.published.from)})</span>`]);
  if (m.author) rows.push(['author', h(m.author.value)]);
  if (m.creditedOrigin) rows.push(['credits', h(m.creditedOrigin.name)]);
  if (m.language) rows.push(['language', h(m.language)]);
  // Addresses are shown as text to copy, never as links: the page opens offline and fetches nothing.
  if (url) rows.push(['URL', `<span class="url">${h(url)}</span>`]);
  rows.push(['read from', `<span class="url">${h(doc.source.location)}${doc.source.line ? `:${doc.source.line}` : ''}</span>`]);
  rows.push(['id', `<code>${h(doc.id)}</code>`]);
  if (opts.storyIds.length) rows.push(['stories', opts.storyIds.map((s) => storyLink(ctx, s)).join(', ')]);
  const findings = [...doc.findings.map((f) => findingItem(ctx, f, false)), ...opts.crossFindings.map((f) => findingItem(ctx, f, false))];
  const lang = m.language && /^[a-z]{2,3}$/.test(m.language) ? ` lang="${h(m.language)}"` : '';
  return (
    `<section class="report" id="${h(reportAnchor(doc.id))}">` +
    `<h3>${h(m.headline?.value ?? doc.id)}</h3>` +
    `<dl class="facts">${rows.map(([k, v]) => `<dt>${h(k)}</dt><dd>${v}</dd>`).join('')}</dl>` +
    (findings.length ? `<h4>Findings (${findings.length})</h4><ul class="findings">${findings.join('')}</ul>` : '<p class="muted">No findings.</p>') +
    `<h4>Cleaned text</h4><div class="text"${lang}>${markedTextHtml(doc.text, opts.spans)}</div>` +
    '</section>'
  );
}
