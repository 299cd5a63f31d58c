import { defineStage } from '../../core/stage.js';
import type { MetaOrigin, Paragraph, ReportDocument, ReportMeta } from '../../model/document.js';
import type { MetaCandidates } from '../meta-candidates.js';

/**
 * Which origin wins when two stages found the same field. What the user handed us (JSONL/feed
 * fields) beats what the page says about itself, which beats what we infer from the text.
 */
const RANK: Record<MetaOrigin, number> = {
  given: 0,
  'json-ld': 1,
  'meta-tag': 2,
  'time-element': 3,
  byline: 4,
  'title-tag': 5,
  heading: 5,
  dateline: 6,
  'site-chrome': 7,
  'first-line': 8,
  url: 9,
  domain: 10,
};

function pick<T extends { from: MetaOrigin }>(...values: Array<T | undefined>): T | undefined {
  let best: T | undefined;
  for (const v of values) if (v && (!best || RANK[v.from] < RANK[best.from])) best = v;
  return best;
}

function sameWords(a: string, b: string): boolean {
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return norm(a) === norm(b);
}

/** Main language: the one covering most characters of the text, ignoring undetermined paragraphs. */
export function mainLanguage(paragraphs: readonly Paragraph[]): string | undefined {
  const weight = new Map<string, number>();
  for (const p of paragraphs) {
    if (p.lang === 'und') continue;
    weight.set(p.lang, (weight.get(p.lang) ?? 0) + (p.range[1] - p.range[0]));
  }
  let best: string | undefined;
  let max = 0;
  for (const [lang, w] of weight) if (w > max) [best, max] = [lang, w];
  return best;
}

/** Decides each metadata field from the candidates the extract and clean stages recorded. */
export function decideMeta(html: MetaCandidates, fromText: MetaCandidates, paragraphs: readonly Paragraph[], text = ''): ReportMeta {
  const meta: ReportMeta = {};
  const headline = pick(html.headline, fromText.headline);
  if (headline) {
    meta.headline = { ...headline };
    // The page's own title often also opens the text: point at it there.
    const line = fromText.headline;
    if (!headline.range && line?.range && sameWords(line.value, headline.value)) meta.headline.range = line.range;
    if (!meta.headline.range) {
      const first = paragraphs[0];
      if (first && sameWords(text.slice(first.range[0], first.range[1]), headline.value)) meta.headline.range = first.range;
    }
  }
  const outlet = pick(html.outlet, fromText.outlet);
  if (outlet) meta.outlet = outlet;
  const author = pick(html.author, fromText.author);
  if (author) meta.author = author;
  const published = pick(html.published, fromText.published);
  if (published) meta.published = published;
  // A credit found in the text carries a span; prefer it over one only named in metadata.
  const credit = fromText.creditedOrigin ?? html.creditedOrigin;
  if (credit) meta.creditedOrigin = credit;
  const url = html.canonicalUrl ?? fromText.canonicalUrl;
  if (url) meta.canonicalUrl = url;
  const lang = mainLanguage(paragraphs);
  if (lang) meta.language = lang;
  return meta;
}

export const metadataStage = defineStage({
  id: 'metadata',
  requires: ['html-meta', 'text-meta', 'text', 'paragraphs'],
  provides: ['meta'],
  run(doc: ReportDocument) {
    const html = (doc.data.htmlMeta ?? {}) as MetaCandidates;
    const fromText = (doc.data.textMeta ?? {}) as MetaCandidates;
    doc.meta = decideMeta(html, fromText, doc.paragraphs ?? [], doc.text ?? '');
    // The candidates are folded into `meta`; keeping both would store the same facts twice.
    delete doc.data.htmlMeta;
    delete doc.data.textMeta;
  },
});
