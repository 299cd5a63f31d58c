/**
 * What the sections of the HTML report share: the reports in the page, the evidence anchors that
 * exist, and small helpers that write links only to places inside the page (never a URL).
 */
import type { FacetStatus } from '../corpus/corroborate/verdict-types.js';
import type { CleanDocument } from '../model/document.js';
import type { Evidence } from '../model/span.js';
import { spanAnchor } from './html-text-marks.js';
import { escapeMarkup as h } from './markup-escape.js';

/** The page's reports and anchors. */
export interface HtmlContext {
  reports: ReadonlyMap<string, CleanDocument>;
  /** Ids of the evidence anchors the page has. */
  anchors: ReadonlySet<string>;
  /** Ids of the stories the page has. */
  stories: ReadonlySet<string>;
}

/** The anchor id of a report section. */
export function reportAnchor(docId: string): string {
  return `r-${docId}`;
}

/** The anchor id of a story section: ids may hold any character, anchors keep to a safe few. */
export function storyAnchor(storyId: string): string {
  return `s-${storyId.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.codePointAt(0)!.toString(16)}_`)}`;
}

/** Shortens text for a label, on a whole character. */
export function clip(s: string, n: number): string {
  const flat = s.replace(/\s+/g, ' ').trim();
  if (flat.length <= n) return flat;
  const cut = /[\uD800-\uDBFF]/.test(flat.charAt(n - 2)) ? n - 2 : n - 1;
  return `${flat.slice(0, cut)}…`;
}

/** How a report is named in lists: "Outlet — headline" (or its id when it has neither). */
export function reportName(doc: CleanDocument | undefined, docId: string, n = 70): string {
  if (!doc) return docId;
  const outlet = doc.meta.outlet?.value;
  const headline = doc.meta.headline?.value;
  if (outlet && headline) return `${outlet} — ${clip(headline, n)}`;
  return clip(headline ?? outlet ?? docId, n);
}

/** A link to a report's section (plain text when the page does not have it). `label` is text, escaped here. */
export function reportLink(ctx: HtmlContext, docId: string, label?: string): string {
  const text = h(label ?? reportName(ctx.reports.get(docId), docId));
  return ctx.reports.has(docId) ? `<a href="#${h(reportAnchor(docId))}">${text}</a>` : text;
}

/** A link to a story's section (plain text when the page does not have it). */
export function storyLink(ctx: HtmlContext, storyId: string, label?: string): string {
  const text = h(label ?? storyId);
  return ctx.stories.has(storyId) ? `<a href="#${h(storyAnchor(storyId))}">${text}</a>` : text;
}

/** `inner` (already HTML) linked to the evidence span, or to its report, or left as it is. */
export function evidenceLink(ctx: HtmlContext, ev: Evidence, inner: string): string {
  const id = spanAnchor(ev.docId, ev.range);
  if (ctx.anchors.has(id)) return `<a href="#${h(id)}">${inner}</a>`;
  return ctx.reports.has(ev.docId) ? `<a href="#${h(reportAnchor(ev.docId))}">${inner}</a>` : inner;
}

/** The coloured status badge. */
export function statusBadge(status: FacetStatus): string {
  return `<span class="status ${h(status)}">${h(status)}</span>`;
}

/** A date or instant as the reports give it, or a dash. */
export function when(iso: string | undefined): string {
  return iso ? h(iso.replace('T', ' ')) : '—';
}
