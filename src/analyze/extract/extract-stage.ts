import { CorroborateError } from '../../core/errors.js';
import { defineStage } from '../../core/stage.js';
import type { GivenMeta, ReportDocument } from '../../model/document.js';
import type { MetaCandidates } from '../meta-candidates.js';
import { readDate } from './date-value.js';
import { extractHtml } from './extract-html.js';

/**
 * Fields the user handed over with the report (JSONL, feed items) become candidates with
 * `from: 'given'`; they outrank what a page says about itself because someone chose them.
 */
function givenCandidates(given: GivenMeta, into: MetaCandidates): MetaCandidates {
  const out: MetaCandidates = { ...into };
  if (given.title?.trim()) out.headline = { value: given.title.trim(), from: 'given' };
  if (given.outlet?.trim()) out.outlet = { value: given.outlet.trim(), from: 'given' };
  if (given.author?.trim()) out.author = { value: given.author.trim(), from: 'given' };
  if (given.url?.trim() && !out.canonicalUrl) out.canonicalUrl = given.url.trim();
  if (given.published?.trim()) {
    // Feeds write RFC 822 ("Sat, 14 Mar 2026 11:05:00 +0200"), JSONL usually ISO 8601.
    const raw = given.published.trim();
    const reading = readDate(raw);
    const parsed = reading ? undefined : Date.parse(raw);
    if (reading) out.published = { value: reading.value, precision: reading.precision, from: 'given', quote: raw };
    else if (parsed !== undefined && !Number.isNaN(parsed)) out.published = { value: new Date(parsed).toISOString(), precision: 'second', from: 'given', quote: raw };
  }
  return out;
}

/** Plain text as scraped: one newline convention, no BOM, no trailing blanks on lines. */
function normaliseText(raw: string): string {
  return raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/[ \t]+$/gm, '');
}

const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * The headline belongs to the report's words (signals quote it as evidence), so when the body
 * does not already open with it, it becomes the first paragraph of the text.
 */
function withHeadline(body: string, headline: string | undefined): string {
  if (!headline) return body;
  const head = squash(headline);
  if (!head || squash(body.slice(0, headline.length + 200)).startsWith(head)) return body;
  return body ? `${headline}\n\n${body}` : headline;
}

export const extractStage = defineStage({
  id: 'extract',
  requires: ['raw'],
  provides: ['extracted', 'html-meta'],
  run(doc: ReportDocument) {
    const url = doc.given.url ?? doc.source.url ?? (doc.source.kind === 'url' ? doc.source.location : undefined);
    let body: string;
    let meta: MetaCandidates;
    if (doc.format === 'html') {
      const page = extractHtml(doc.raw, url === undefined ? {} : { url });
      body = page.text;
      meta = givenCandidates(doc.given, page.meta);
    } else {
      body = normaliseText(doc.raw).trim();
      meta = givenCandidates(doc.given, {});
    }
    if (!/[\p{L}\p{N}]/u.test(body)) {
      throw new CorroborateError('CRB_ERR_INGEST_NO_TEXT', 'no article text could be found', {
        input: doc.source.location,
        ...(doc.source.line !== undefined ? { line: doc.source.line } : {}),
      });
    }
    doc.extracted = withHeadline(body, meta.headline?.value);
    doc.data.htmlMeta = meta;
  },
});
