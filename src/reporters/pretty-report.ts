import type { CleanDocument, Removal } from '../model/document.js';
import { highlightSpans, renderText, type Mark } from './highlight-spans.js';
import { readingSummary } from './reading-summary.js';

export interface PrettyOptions {
  color?: boolean;
  /** Show the full text of each cut instead of its first words. */
  fullCuts?: boolean;
  /** With colour, paint entity, quote, number and hedge spans in the text (default true). */
  highlight?: boolean;
  /** Print the reading summary after the text: incidents, quotes, numbers, claims (default true). */
  summary?: boolean;
}

const paint = (on: boolean, code: string) => (s: string) => (on ? `\x1b[${code}m${s}\x1b[0m` : s);

function preview(r: Removal, full: boolean): string {
  const flat = r.text.replace(/\s+/g, ' ').trim();
  return full || flat.length <= 60 ? flat : `${flat.slice(0, 57)}…`;
}

/**
 * Renders a report for a terminal: metadata, then the cleaned text with each cut marked where it
 * was (`⟦cut: reason …⟧`) and foreign-language spans tagged, so a reader sees what was removed and
 * why; with colour, entity, quote, number and hedge spans painted in the text. Then the reading
 * summary: incidents, quotes, numbers and claims, each with its span offsets and words.
 */
export function prettyReport(doc: CleanDocument, opts: PrettyOptions = {}): string {
  const dim = paint(!!opts.color, '2');
  const bold = paint(!!opts.color, '1');
  const cut = paint(!!opts.color, '33');
  const foreign = paint(!!opts.color, '36');
  const m = doc.meta;
  const lines: string[] = [];
  lines.push(bold(m.headline?.value ?? '(no headline)'));
  const field = (k: string, v: string | undefined, from?: string) => {
    if (v) lines.push(`${dim(k.padEnd(10))} ${v}${from ? dim(` (${from})`) : ''}`);
  };
  field('id', doc.id);
  field('source', `${doc.source.location}${doc.source.line ? `:${doc.source.line}` : ''}${doc.source.url && doc.source.url !== doc.source.location ? ` ${doc.source.url}` : ''}`);
  field('outlet', m.outlet?.value, m.outlet?.from);
  field('author', m.author?.value, m.author?.from);
  field('published', m.published && `${m.published.value} [${m.published.precision}]`, m.published?.from);
  field('credited', m.creditedOrigin && `${m.creditedOrigin.name}`, m.creditedOrigin?.cue);
  field('url', m.canonicalUrl);
  field('language', m.language);
  field('encoding', doc.source.charset && `${doc.source.charset.name}`, doc.source.charset?.from);
  field('cuts', `${doc.removed.length}${doc.removed.length ? ` (${[...new Set(doc.removed.map((r) => r.reason))].join(', ')})` : ''}`);
  lines.push('');

  // Marks to insert into the text: cuts at their `at` offset, foreign spans around their range.
  const marks: Mark[] = [];
  for (const r of doc.removed) marks.push({ at: r.at, order: 1, s: cut(`⟦cut: ${r.reason} — ${preview(r, !!opts.fullCuts)}⟧`) });
  for (const p of doc.paragraphs) {
    for (const f of p.foreign) {
      marks.push({ at: f.range[0], order: 2, s: foreign(`⟦${f.lang}:`) });
      marks.push({ at: f.range[1], order: 0, s: foreign('⟧') });
    }
  }
  // Highlights need colour; without it the text stays exactly as stored.
  const spans = opts.color && opts.highlight !== false ? highlightSpans(doc) : [];
  lines.push(renderText(doc.text, marks, spans).replace(/\n+$/, ''));
  if (opts.summary !== false) lines.push(...readingSummary(doc, { bold, dim }));
  return lines.join('\n');
}
