/**
 * W3C Web Annotations (JSON-LD, http://www.w3.org/ns/anno.jsonld): one annotation per evidence
 * span of every finding — the report's own signals and the cross-report findings on it. Written as
 * one AnnotationCollection whose single AnnotationPage embeds every annotation, so the file is one
 * JSON document a client can read without dereferencing anything.
 *
 * Targets name the report by its URL when it has one, else `urn:corroborate:report:<id>`, with a
 * TextQuoteSelector (exact words, up to 32 characters either side) and a TextPositionSelector.
 * Positions count UTF-16 code units of the report's cleaned text (the `text` of the JSON export),
 * not of the page at the URL: the quote selector is what finds the words in the page.
 */
import type { CleanDocument } from '../model/document.js';
import type { Finding } from '../model/finding.js';
import type { Evidence } from '../model/span.js';
import { writeChunk, type ExportSink } from './export-sink.js';
import type { ExportLookup } from './export-selection.js';
import { reportRef, reportSource, type ReportRef } from './report-ref.js';

/** Characters of context either side of the quote. */
export const QUOTE_CONTEXT = 32;

/** The words themselves with some context either side (W3C Web Annotation §4.2.4). */
export interface TextQuoteSelector {
  type: 'TextQuoteSelector';
  exact: string;
  prefix: string;
  suffix: string;
}

/** Start and end of the words in the cleaned text, in UTF-16 code units (W3C Web Annotation §4.2.5). */
export interface TextPositionSelector {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** A span of a report as a target or a linked body. */
export interface SpecificResource {
  type: 'SpecificResource';
  source: string;
  selector: [TextQuoteSelector, TextPositionSelector];
  purpose?: 'linking';
}

/** A body given as text, with what it is for. */
export interface TextualBody {
  type: 'TextualBody';
  value: string;
  format: 'text/plain';
  purpose: 'assessing' | 'classifying' | 'tagging';
}

/** One annotation. */
export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: 'assessing';
  /** The message (`assessing`), the rule id (`classifying`), the severity (`tagging`), then the other reports' words a cross-report finding points at (`linking`). */
  body: Array<TextualBody | SpecificResource>;
  target: SpecificResource;
  generator: { id: 'urn:corroborate'; type: 'Software'; name: 'corroborate' };
  generated: string;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** The quote and position selectors of a span of `text`. */
export function selectorsOf(text: string, start: number, end: number, context = QUOTE_CONTEXT): [TextQuoteSelector, TextPositionSelector] {
  // The context is rounded outwards to whole characters: half a surrogate pair is not text.
  let from = Math.max(0, start - context);
  if (from > 0 && from < start && isLow(text.charCodeAt(from))) from--;
  let to = Math.min(text.length, end + context);
  if (to < text.length && to > end && isHigh(text.charCodeAt(to - 1))) to++;
  return [
    { type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: text.slice(from, start), suffix: text.slice(end, to) },
    { type: 'TextPositionSelector', start, end },
  ];
}

function resource(ref: Pick<ReportRef, 'id' | 'url'>, text: string, ev: Evidence): SpecificResource {
  return { type: 'SpecificResource', source: reportSource(ref), selector: selectorsOf(text, ev.range[0], ev.range[1]) };
}

/** What an annotation needs of another report a finding points at. */
export interface RelatedReport {
  ref: Pick<ReportRef, 'id' | 'url'>;
  text: string;
}

/**
 * The annotations of one report: for each finding (signals first, then cross-report findings), one
 * per evidence span that holds in the text. `related` gives the text of the other reports a
 * cross-report finding quotes, so their spans become linked bodies.
 */
export function annotationsOfReport(
  doc: CleanDocument,
  crossFindings: readonly Finding[],
  related: ReadonlyMap<string, RelatedReport>,
  generated: string,
): WebAnnotation[] {
  const self = reportRef(doc);
  const out: WebAnnotation[] = [];
  const groups: Array<[string, readonly Finding[]]> = [
    ['s', doc.findings],
    ['x', crossFindings],
  ];
  for (const [kind, findings] of groups) {
    findings.forEach((f, fi) => {
      const links: SpecificResource[] = [];
      for (const r of f.related ?? []) {
        const other = r.docId === doc.id ? { ref: self, text: doc.text } : related.get(r.docId);
        if (!other || other.text.slice(r.range[0], r.range[1]) !== r.quote) continue;
        links.push({ ...resource(other.ref, other.text, r), purpose: 'linking' });
      }
      f.evidence.forEach((ev, ei) => {
        // Evidence that no longer quotes the text (never expected) is left out rather than pointing at other words.
        if (ev.docId !== doc.id || doc.text.slice(ev.range[0], ev.range[1]) !== ev.quote) return;
        out.push({
          id: `urn:corroborate:annotation:${doc.id}:${kind}${fi}:${ei}`,
          type: 'Annotation',
          motivation: 'assessing',
          body: [
            { type: 'TextualBody', value: f.message, format: 'text/plain', purpose: 'assessing' },
            { type: 'TextualBody', value: f.ruleId, format: 'text/plain', purpose: 'classifying' },
            { type: 'TextualBody', value: f.severity, format: 'text/plain', purpose: 'tagging' },
            ...links,
          ],
          target: resource(self, doc.text, ev),
          generator: { id: 'urn:corroborate', type: 'Software', name: 'corroborate' },
          generated,
        });
      });
    });
  }
  return out;
}

/**
 * Writes the collection, one annotation per line, report by report; `total` comes last because
 * it is only known at the end (JSON-LD does not mind the order). Returns the number written.
 */
export async function writeAnnotations(
  docs: AsyncIterable<CleanDocument> | Iterable<CleanDocument>,
  lookup: ExportLookup,
  store: { getReport(id: string): Promise<CleanDocument | undefined> },
  out: ExportSink,
  opts: { generatedAt?: string } = {},
): Promise<number> {
  const generated = opts.generatedAt ?? new Date().toISOString();
  await writeChunk(
    out,
    `{"@context":"http://www.w3.org/ns/anno.jsonld","id":"urn:corroborate:annotations:${generated}","type":"AnnotationCollection","label":"corroborate findings with their evidence","first":{"id":"urn:corroborate:annotations:${generated}:page-1","type":"AnnotationPage","startIndex":0,"items":[`,
  );
  const texts = new Map<string, RelatedReport | undefined>();
  let n = 0;
  for await (const doc of docs) {
    const cross = await lookup.crossFindings(doc.id);
    const related = new Map<string, RelatedReport>();
    for (const f of cross) {
      for (const r of f.related ?? []) {
        if (r.docId === doc.id || related.has(r.docId)) continue;
        if (!texts.has(r.docId)) {
          // A bounded cache: stories are read report by report, so their reports recur close together.
          if (texts.size >= 256) texts.clear();
          const other = await store.getReport(r.docId);
          texts.set(r.docId, other ? { ref: reportRef(other), text: other.text } : undefined);
        }
        const t = texts.get(r.docId);
        if (t) related.set(r.docId, t);
      }
    }
    for (const a of annotationsOfReport(doc, cross, related, generated)) {
      await writeChunk(out, `${n === 0 ? '\n' : ',\n'}${JSON.stringify(a)}`);
      n++;
    }
  }
  await writeChunk(out, `${n === 0 ? '' : '\n'}]},"total":${n}}\n`);
  return n;
}
