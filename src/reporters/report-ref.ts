/**
 * How exports name a stored report: its address on the web when it has one, else a URN built from
 * its id, with the headline, outlet and date that let a reader recognise it.
 */
import type { CleanDocument } from '../model/document.js';

/** What an export says about a report it points at. */
export interface ReportRef {
  id: string;
  /** The report's own web address (canonical URL, record URL or fetched URL), when known. */
  url?: string;
  headline?: string;
  outlet?: string;
  /** Publication date as read (ISO date or instant). */
  published?: string;
  language?: string;
}

/** The URN exports use for a report without a web address. */
export function reportUrn(id: string): string {
  return `urn:corroborate:report:${id}`;
}

/** Only http(s) addresses count as a report's URL: a file path is where we read it, not where it lives. */
function webAddress(s: string | undefined): string | undefined {
  return s !== undefined && /^https?:\/\//i.test(s) ? s : undefined;
}

/** The report's web address: the canonical URL it declares, its record's URL, or the URL it was fetched from. */
export function reportUrl(doc: CleanDocument): string | undefined {
  return webAddress(doc.meta.canonicalUrl) ?? webAddress(doc.source.url) ?? webAddress(doc.given.url) ?? (doc.source.kind === 'url' ? webAddress(doc.source.location) : undefined);
}

/** The reference to a document. */
export function reportRef(doc: CleanDocument): ReportRef {
  const url = reportUrl(doc);
  return {
    id: doc.id,
    ...(url ? { url } : {}),
    ...(doc.meta.headline ? { headline: doc.meta.headline.value } : {}),
    ...(doc.meta.outlet ? { outlet: doc.meta.outlet.value } : {}),
    ...(doc.meta.published ? { published: doc.meta.published.value } : {}),
    ...(doc.meta.language ? { language: doc.meta.language } : {}),
  };
}

/** The identifier to point at: the URL, or the URN. */
export function reportSource(ref: Pick<ReportRef, 'id' | 'url'>): string {
  return ref.url ?? reportUrn(ref.id);
}
